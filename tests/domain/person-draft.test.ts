import { describe, expect, it } from 'vitest';
import { newPerson, type Person } from '../../src/domain/person';
import { personDraftOf, personFromDraft, withCircle } from '../../src/domain/person-draft';
import { newPhoneDraft } from '../../src/domain/phone-draft';

const CREATED = '2025-03-01T10:00:00.000Z';
const SAVED = '2025-04-02T08:30:00.000Z';

function person(extra: Partial<Person> = {}): Person {
  return { ...newPerson({ id: 'p1', label: 'Ana', now: CREATED }), ...extra };
}

const FULL = person({
  fullName: 'Ana Ruiz',
  relationship: 'Coworker',
  phoneLabel: 'A. Work',
  circle: 'family-origin',
  country: 'origin',
  category: 'primary',
  level: 'partial',
  phones: [
    { kind: 'mobile', number: '+12025550143' },
    { kind: 'home', number: '+442079460958' },
  ],
  messaging: [
    { app: 'whatsapp', detail: 'Ana R' },
    { app: 'signal', detail: '' },
  ],
  languages: ['Spanish', 'Quechua'],
  bestTimes: 'Evenings',
  reachBy: ['text', 'in-person'],
  tasks: ['ride', 'keep-bag'],
  ownTasks: ['Call my sister', 'Pick up prescriptions'],
  notes: '  Kept as written\n',
});

function saved(from: Person, draft = personDraftOf(from)): Person {
  const result = personFromDraft(from, draft, SAVED);
  if (!result.ok) throw new Error('the draft was refused');
  return result.person;
}

describe('the person details draft', () => {
  it('gives back the same person when nothing was changed, but the time of the change', () => {
    expect(saved(FULL)).toEqual({ ...FULL, updatedAt: SAVED });
  });

  it('starts with one empty number row for a person without numbers, and stores no number from it', () => {
    const draft = personDraftOf(person());
    expect(draft.phones).toEqual([{ id: expect.any(String), kind: 'mobile', number: '' }]);
    expect(draft).toMatchObject({ fullName: '', messaging: {}, languages: '', ownTasks: '' });
    expect(saved(person(), draft)).toEqual({ ...person(), updatedAt: SAVED });
  });

  it('trims free text and splits languages and own tasks, leaving out empty ones', () => {
    const draft = {
      ...personDraftOf(person()),
      label: '  Ana  ',
      fullName: ' Ana Ruiz ',
      relationship: ' cousin ',
      phoneLabel: ' A ',
      bestTimes: ' mornings ',
      messaging: { telegram: '  @ana  ' },
      languages: ' Spanish ,، Arabic、中文，Tiếng Việt;  ; Tagalog\n',
      ownTasks: '\n  Call my sister  \n\n Keep a bag \n',
      notes: '  my own words  ',
    };
    expect(saved(person(), draft)).toMatchObject({
      label: 'Ana',
      fullName: 'Ana Ruiz',
      relationship: 'cousin',
      phoneLabel: 'A',
      bestTimes: 'mornings',
      messaging: [{ app: 'telegram', detail: '@ana' }],
      languages: ['Spanish', 'Arabic', '中文', 'Tiếng Việt', 'Tagalog'],
      ownTasks: ['Call my sister', 'Keep a bag'],
      notes: '  my own words  ',
    });
  });

  it('keeps messaging apps in the order of the list, whatever order they were ticked in', () => {
    const draft = { ...personDraftOf(person()), messaging: { other: 'Zalo', whatsapp: '' } };
    expect(saved(person(), draft).messaging).toEqual([
      { app: 'whatsapp', detail: '' },
      { app: 'other', detail: 'Zalo' },
    ]);
  });

  it('refuses a draft without a name to show, and says which numbers it cannot read', () => {
    const unreadable = newPhoneDraft('work', '12');
    const draft = {
      ...personDraftOf(FULL),
      label: '   ',
      phones: [newPhoneDraft('mobile', '202 555 0143'), unreadable],
    };
    expect(personFromDraft(FULL, draft, SAVED)).toEqual({
      ok: false,
      labelMissing: true,
      invalidPhones: [unreadable.id],
    });
    expect(personFromDraft(FULL, { ...draft, label: 'Ana' }, SAVED)).toMatchObject({ labelMissing: false });
  });

  it('a family group also sets where they live; another group leaves it as it was', () => {
    const draft = personDraftOf(person({ country: 'residence' }));
    expect(withCircle(draft, 'family-origin')).toEqual({ circle: 'family-origin', country: 'origin' });
    expect(withCircle(draft, 'friends-neighbours')).toEqual({ circle: 'friends-neighbours', country: 'residence' });
    expect(withCircle(draft, null)).toEqual({ circle: null, country: 'residence' });
  });
});
