import { describe, expect, it } from 'vitest';
import {
  currentSection,
  INITIAL_NAVIGATION,
  isReturning,
  type NavigationAction,
  type NavigationState,
  navigate,
  parentOf,
  SECTIONS,
  sectionStart,
  type View,
} from '../../src/app/navigation';
import { STEPS } from '../../src/features/guide/steps';
import { HELP_TOPICS } from '../../src/features/help/Help';

const home: View = { kind: 'home' };
const guide: View = { kind: 'guide' };
const review: View = { kind: 'keep', task: 'review' };
const topics: View = { kind: 'help', topic: null };
const organisationsStep: View = { kind: 'step', step: 'organisations' };
const centro: View = { kind: 'organisation', organisationId: 'org-centro', added: false };
const ana: View = { kind: 'details', personId: 'ana' };

/** The state after these actions, from the first screen. */
function stateAfter(...actions: NavigationAction[]): NavigationState {
  return actions.reduce(navigate, INITIAL_NAVIGATION);
}

const open = (view: View): NavigationAction => ({ type: 'open', view });
const back: NavigationAction = { type: 'back' };
const section = (to: (typeof SECTIONS)[number]): NavigationAction => ({ type: 'section', section: to });

/** Every view there is, for the checks that hold for all of them. */
const EVERY_VIEW: readonly View[] = [
  home,
  { kind: 'emergency' },
  guide,
  ...STEPS.map((step): View => ({ kind: 'step', step })),
  { kind: 'addOrganisation' },
  centro,
  { kind: 'organisation', organisationId: 'org-new', added: true },
  ana,
  { kind: 'screening', personId: 'ana' },
  review,
  { kind: 'keep', task: 'paper' },
  { kind: 'keep', task: 'backup' },
  { kind: 'keep', task: 'contacts' },
  topics,
  ...HELP_TOPICS.map((topic): View => ({ kind: 'help', topic })),
  { kind: 'settings' },
];

describe('the first screen and the sections', () => {
  it('opens on home, with nothing beneath it and Home current', () => {
    expect(INITIAL_NAVIGATION).toEqual({ view: home, trail: [] });
    expect(currentSection(INITIAL_NAVIGATION)).toBe('home');
  });

  it.each(SECTIONS)('the section %s opens on its first screen and is current', (to) => {
    const state = stateAfter(section(to));
    expect(state).toEqual({ view: sectionStart(to), trail: [] });
    expect(currentSection(state)).toBe(to);
  });

  it('a change of section empties the trail, so Back cannot lead into the section left', () => {
    const deep = stateAfter(section('steps'), open({ kind: 'step', step: 'current' }), open(review), open(ana));
    expect(deep.trail).toHaveLength(1);
    const state = navigate(deep, section('help'));
    expect(state).toEqual({ view: topics, trail: [] });
    expect(navigate(state, back)).toEqual(state);
  });

  it('choosing the current section again goes back to its first screen', () => {
    const state = stateAfter(section('help'), open({ kind: 'help', topic: 'rights' }), section('help'));
    expect(state).toEqual({ view: topics, trail: [] });
  });

  it('Back on a section’s first screen stays there', () => {
    for (const to of SECTIONS) {
      const state = stateAfter(section(to));
      expect(navigate(state, back)).toBe(state);
    }
  });
});

describe('a person opened from somewhere goes back there', () => {
  it('opening a person from the list, then Back, returns to the list', () => {
    const state = stateAfter(open(ana));
    expect(state).toEqual({ view: ana, trail: [home] });
    expect(currentSection(state)).toBe('home');
    expect(navigate(state, back)).toEqual({ view: home, trail: [] });
  });

  it('opening a person from the review, then Back, returns to the review, still in Steps', () => {
    const atReview = stateAfter(section('steps'), open({ kind: 'step', step: 'current' }), open(review));
    const state = navigate(atReview, open(ana));
    expect(currentSection(state)).toBe('steps');
    expect(navigate(state, back)).toEqual({ view: review, trail: [] });
  });

  it('the questions about a person go back to the step they were chosen in', () => {
    const chooser: View = { kind: 'step', step: 'screening' };
    const state = stateAfter(section('steps'), open(chooser), open({ kind: 'screening', personId: 'ana' }));
    expect(currentSection(state)).toBe('steps');
    expect(navigate(state, back)).toEqual({ view: chooser, trail: [] });
  });

  it('with nothing beneath (as after a reload of the state), a person goes back home', () => {
    expect(navigate({ view: ana, trail: [] }, back)).toEqual({ view: home, trail: [] });
  });
});

describe('an organisation opened from somewhere goes back there', () => {
  it('opening an organisation from the review, then Back, returns to the review', () => {
    const atReview = stateAfter(section('steps'), open({ kind: 'step', step: 'current' }), open(review));
    const state = navigate(atReview, open(centro));
    expect(state).toEqual({ view: centro, trail: [review] });
    expect(currentSection(state)).toBe('steps');
    expect(navigate(state, back)).toEqual({ view: review, trail: [] });
  });

  it('opening an organisation from the list on home, then Back, returns home', () => {
    const state = stateAfter(open(centro));
    expect(currentSection(state)).toBe('home');
    expect(navigate(state, back)).toEqual({ view: home, trail: [] });
  });

  it('opening one from the organisations step, then Back, returns to that step', () => {
    const state = stateAfter(section('steps'), open(organisationsStep), open(centro));
    expect(navigate(state, back)).toEqual({ view: organisationsStep, trail: [] });
  });

  it('the add form closes back to the organisations step', () => {
    const state = stateAfter(section('steps'), open(organisationsStep), open({ kind: 'addOrganisation' }));
    expect(state).toEqual({ view: { kind: 'addOrganisation' }, trail: [] });
    expect(currentSection(state)).toBe('steps');
    expect(navigate(state, back)).toEqual({ view: organisationsStep, trail: [] });
  });

  it('an organisation just added takes the form’s place: Back goes to the list, not to the form again', () => {
    const added: View = { kind: 'organisation', organisationId: 'org-new', added: true };
    const form = stateAfter(section('steps'), open(organisationsStep), open({ kind: 'addOrganisation' }));
    const state = navigate(form, { type: 'replace', view: added });
    expect(state).toEqual({ view: added, trail: [organisationsStep] });
    expect(navigate(state, back)).toEqual({ view: organisationsStep, trail: [] });
  });

  it('the add form opened from the review leaves the review for the organisations step', () => {
    const atReview = stateAfter(section('steps'), open(review));
    const state = navigate(atReview, open({ kind: 'addOrganisation' }));
    expect(state.trail).toEqual([]);
    expect(navigate(state, back)).toEqual({ view: organisationsStep, trail: [] });
  });
});

describe('replacing the current screen', () => {
  it('a person in place of another goes back where the first would have', () => {
    const state = navigate(stateAfter(open(ana)), { type: 'replace', view: { kind: 'details', personId: 'bo' } });
    expect(state).toEqual({ view: { kind: 'details', personId: 'bo' }, trail: [home] });
  });

  it('a person in place of a section’s first screen goes back to that screen', () => {
    expect(navigate(INITIAL_NAVIGATION, { type: 'replace', view: ana })).toEqual({ view: ana, trail: [home] });
  });

  it('a screen with a fixed place leaves the trail behind', () => {
    const state = navigate(stateAfter(open(ana)), { type: 'replace', view: guide });
    expect(state).toEqual({ view: guide, trail: [] });
  });
});

describe('the help pages', () => {
  it.each(HELP_TOPICS)('opening "%s" from the list of topics, then Back, returns to the list', (topic) => {
    const state = stateAfter(section('help'), open({ kind: 'help', topic }));
    expect(state).toEqual({ view: { kind: 'help', topic }, trail: [] });
    expect(currentSection(state)).toBe('help');
    expect(navigate(state, back)).toEqual({ view: topics, trail: [] });
  });

  it('rights opened from the review belong to Help, and Back goes to all topics as its button says', () => {
    const state = stateAfter(section('steps'), open(review), open({ kind: 'help', topic: 'rights' }));
    expect(state.trail).toEqual([]);
    expect(currentSection(state)).toBe('help');
    expect(navigate(state, back)).toEqual({ view: topics, trail: [] });
  });
});

describe('screens with a fixed place', () => {
  it('the emergency numbers go back home', () => {
    const state = stateAfter(open({ kind: 'emergency' }));
    expect(currentSection(state)).toBe('home');
    expect(navigate(state, back)).toEqual({ view: home, trail: [] });
  });

  it('a step goes back to the overview of the steps, and moving between steps leaves no trail', () => {
    const state = stateAfter(section('steps'), open({ kind: 'step', step: 'circles' }), open(organisationsStep));
    expect(state).toEqual({ view: organisationsStep, trail: [] });
    expect(navigate(state, back)).toEqual({ view: guide, trail: [] });
  });

  it('a way of keeping the list current goes back to its step', () => {
    const state = stateAfter(section('steps'), open({ kind: 'keep', task: 'paper' }));
    expect(currentSection(state)).toBe('steps');
    expect(navigate(state, back)).toEqual({ view: { kind: 'step', step: 'current' }, trail: [] });
  });

  it('the guide opened from an empty list on home belongs to Steps', () => {
    expect(currentSection(stateAfter(open(guide)))).toBe('steps');
  });
});

describe('for every view', () => {
  it.each(EVERY_VIEW)('Back from %o never leads to a screen that goes back to where it was opened', (view) => {
    const state = navigate({ view, trail: [] }, back);
    expect(state.trail).toEqual([]);
    expect(isReturning(state.view)).toBe(false);
  });

  it.each(EVERY_VIEW)('opening %o from home and going Back reaches a screen with a fixed place', (view) => {
    const opened = stateAfter(open(view));
    expect(opened.view).toEqual(view);
    expect(opened.trail).toEqual(isReturning(view) ? [home] : []);
    const returned = navigate(opened, back);
    expect(returned.view).toEqual(isReturning(view) ? home : (parentOf(view) ?? view));
  });

  it('only a section’s first screen has no place above it', () => {
    const starts = SECTIONS.map((to) => JSON.stringify(sectionStart(to)));
    for (const view of EVERY_VIEW) {
      const name = JSON.stringify(view);
      expect(parentOf(view) === null, name).toBe(starts.includes(name));
    }
  });
});
