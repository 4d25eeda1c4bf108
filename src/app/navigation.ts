/**
 * Which screen is showing, and where Back and the bar of sections go from it: one
 * pure reducer, so every move between screens can be tested without React.
 * Screens change by this state alone, never by the URL, and nothing is ever
 * added to the browser history: a quick exit with `location.replace` leaves
 * nothing to go back to.
 *
 * Why it lives in the app shell: the shell is the one place that knows every
 * screen. It takes the names it needs from the features (a step, a help
 * topic, a task of keeping the list current), as types only, while the
 * features never import the shell: each one receives the part of the view it
 * shows and plain callbacks (`onOpen(id)`, `onBack()`, `onTopic(topic)`), so
 * a feature can be rendered and tested on its own, and any screen can open
 * any person or organisation through the callbacks it is given.
 *
 * Back has two kinds of meaning:
 * - A screen opened to look at or change one thing (a person's details, the
 *   questions about a person, an organisation) goes back to the screen it was
 *   opened from, which waits on the trail: from the review, Back returns to
 *   the review with its answers.
 * - Every other screen has a fixed place above it (a help page: the list of
 *   topics; a step: the overview of the steps; the emergency numbers: home).
 *   Opening one of these leaves whatever was beneath, so the trail empties.
 * Choosing a section in the bar opens that section's first screen and
 * empties the trail too. The bar's highlight needs the whole state, not the
 * view alone: a returning view belongs to the section its trail began in.
 */
import type { Step } from '../features/guide/steps';
import type { HelpTopic } from '../features/help/Help';
import type { KeepTask } from '../features/review/KeepCurrent';

export type View =
  | { readonly kind: 'home' }
  | { readonly kind: 'emergency' }
  | { readonly kind: 'guide' }
  | { readonly kind: 'step'; readonly step: Step }
  /** The organisations step with its add form open. */
  | { readonly kind: 'addOrganisation' }
  /** One organisation; `added` when it was saved a moment ago from the add form. */
  | { readonly kind: 'organisation'; readonly organisationId: string; readonly added: boolean }
  | { readonly kind: 'details'; readonly personId: string }
  | { readonly kind: 'screening'; readonly personId: string }
  | { readonly kind: 'keep'; readonly task: KeepTask }
  /** A help page, or (null) the list of topics. */
  | { readonly kind: 'help'; readonly topic: HelpTopic | null }
  | { readonly kind: 'settings' };

/** The views that go back to the screen they were opened from. */
export type ReturningView = Extract<View, { kind: 'details' | 'screening' | 'organisation' }>;

export const SECTIONS = ['home', 'steps', 'help', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export interface NavigationState {
  readonly view: View;
  /**
   * The screens beneath the current one, the nearest last. Not empty only
   * while the current view is a returning one.
   */
  readonly trail: readonly View[];
}

export type NavigationAction =
  /** A section of the bar: its first screen, with nothing beneath. */
  | { readonly type: 'section'; readonly section: Section }
  /** A screen opened from the current one. */
  | { readonly type: 'open'; readonly view: View }
  /** A screen that takes the current one's place: Back from it goes where Back from the current one would. */
  | { readonly type: 'replace'; readonly view: View }
  | { readonly type: 'back' };

const SECTION_START: Readonly<Record<Section, View>> = {
  home: { kind: 'home' },
  steps: { kind: 'guide' },
  help: { kind: 'help', topic: null },
  settings: { kind: 'settings' },
};

export const INITIAL_NAVIGATION: NavigationState = { view: SECTION_START.home, trail: [] };

export function sectionStart(section: Section): View {
  return SECTION_START[section];
}

export function isReturning(view: View): view is ReturningView {
  return view.kind === 'details' || view.kind === 'screening' || view.kind === 'organisation';
}

/**
 * The fixed place above a view, or null for a section's first screen. For a
 * returning view, where Back goes if nothing lies beneath it.
 */
export function parentOf(view: View): View | null {
  switch (view.kind) {
    case 'home':
    case 'guide':
    case 'settings':
      return null;
    case 'help':
      return view.topic === null ? null : SECTION_START.help;
    case 'emergency':
    case 'details':
    case 'screening':
      return SECTION_START.home;
    case 'step':
      return SECTION_START.steps;
    case 'keep':
      return { kind: 'step', step: 'current' };
    case 'addOrganisation':
    case 'organisation':
      return { kind: 'step', step: 'organisations' };
  }
}

/** Where Back leads from this state; the same state on a section's first screen. */
function back(state: NavigationState): NavigationState {
  const below = state.trail.at(-1);
  if (below !== undefined && isReturning(state.view)) return { view: below, trail: state.trail.slice(0, -1) };
  const parent = parentOf(state.view);
  return parent === null ? state : { view: parent, trail: [] };
}

export function navigate(state: NavigationState, action: NavigationAction): NavigationState {
  switch (action.type) {
    case 'section':
      return { view: sectionStart(action.section), trail: [] };
    case 'open':
      return isReturning(action.view)
        ? { view: action.view, trail: [...state.trail, state.view] }
        : { view: action.view, trail: [] };
    case 'replace': {
      if (!isReturning(action.view)) return { view: action.view, trail: [] };
      const below = back(state);
      // On a section's first screen there is nothing to go back to: the new screen goes back to it.
      return {
        view: action.view,
        trail: below === state ? [...state.trail, state.view] : [...below.trail, below.view],
      };
    }
    case 'back':
      return back(state);
  }
}

/** The section of a view with a fixed place. */
function sectionOf(view: View): Section {
  switch (view.kind) {
    case 'home':
    case 'emergency':
    case 'details':
    case 'screening':
      return 'home';
    case 'guide':
    case 'step':
    case 'keep':
    case 'addOrganisation':
    case 'organisation':
      return 'steps';
    case 'help':
      return 'help';
    case 'settings':
      return 'settings';
  }
}

/** The section the bar shows as current: a returning view belongs where its trail began. */
export function currentSection(state: NavigationState): Section {
  return sectionOf(state.trail[0] ?? state.view);
}
