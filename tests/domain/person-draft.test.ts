import { describe, expect, it } from 'vitest';
import { newPerson, type Person, personSchema } from '../../src/domain/person';
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

  it('saves everything else when the name is missing, keeping the name stored before, and says so', () => {
    const draft = { ...personDraftOf(FULL), label: '   ', fullName: 'Ana María Ruiz' };
    const result = personFromDraft(FULL, draft, SAVED);
    expect(result.labelMissing).toBe(true);
    expect(result.person).toMatchObject({ label: 'Ana', fullName: 'Ana María Ruiz', updatedAt: SAVED });
    expect(personFromDraft(FULL, { ...draft, label: 'Ana' }, SAVED)).toMatchObject({ labelMissing: false });
  });

  it('keeps a number it cannot check as typed, with the rest, and names its row', () => {
    const unreadable = newPhoneDraft('work', 'ask at the shop');
    const draft = { ...personDraftOf(FULL), phones: [newPhoneDraft('mobile', '202 555 0143'), unreadable] };
    const result = personFromDraft(FULL, draft, SAVED);
    expect(result.person.phones).toEqual([
      { kind: 'mobile', number: '+12025550143' },
      { kind: 'work', number: 'ask at the shop' },
    ]);
    expect(result.unchecked).toEqual([unreadable.id]);
  });

  it('reads a number without + in the country chosen for the person', () => {
    const draft = {
      ...personDraftOf(FULL),
      phoneCountry: 'MX' as const,
      phones: [newPhoneDraft('mobile', '55 8765 4321')],
    };
    expect(personFromDraft(FULL, draft, SAVED).person).toMatchObject({
      phoneCountry: 'MX',
      phones: [{ kind: 'mobile', number: '+525587654321' }],
    });
  });

  it("reads a number without + in the survivor's country when none is chosen for the person, then in the US", () => {
    const draft = { ...personDraftOf(FULL), phones: [newPhoneDraft('mobile', '0917 123 4567')] };
    expect(personFromDraft(FULL, draft, SAVED, 'PH').person.phones).toEqual([
      { kind: 'mobile', number: '+639171234567' },
    ]);
    expect(personFromDraft(FULL, draft, SAVED, null).person.phones).toEqual([
      { kind: 'mobile', number: '0917 123 4567' },
    ]);
  });

  it('shows the numbers of a person in their own country in national form, and keeps them when untouched', () => {
    const mexican = person({ phoneCountry: 'MX', phones: [{ kind: 'mobile', number: '+525587654321' }] });
    const draft = personDraftOf(mexican);
    expect(draft.phones[0]?.number).toBe('55 8765 4321');
    // The country changed in the form, but the number was not touched: it stays the number it was.
    expect(personFromDraft(mexican, { ...draft, phoneCountry: null }, SAVED)).toMatchObject({
      unchecked: [],
      person: { phones: [{ kind: 'mobile', number: '+525587654321' }] },
    });
  });

  it('reads old records without a chosen country as having none', () => {
    const { phoneCountry: _left, ...old } = FULL;
    expect(personSchema.parse(old).phoneCountry).toBeNull();
  });

  it('a family group also sets where they live; another group leaves it as it was', () => {
    const draft = personDraftOf(person({ country: 'residence' }));
    expect(withCircle(draft, 'family-origin')).toEqual({ circle: 'family-origin', country: 'origin' });
    expect(withCircle(draft, 'friends-neighbours')).toEqual({ circle: 'friends-neighbours', country: 'residence' });
    expect(withCircle(draft, null)).toEqual({ circle: null, country: 'residence' });
  });
});
