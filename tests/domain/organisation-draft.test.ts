import { describe, expect, it } from 'vitest';
import { askedCount, newOrganisation, type Organisation } from '../../src/domain/organisation';
import {
  answerQuestion,
  organisationDraftOf,
  organisationFromDraft,
  type QuestionDraft,
  today,
} from '../../src/domain/organisation-draft';
import { newPhoneDraft } from '../../src/domain/phone-draft';

const CREATED = '2025-03-01T10:00:00.000Z';
const SAVED = '2025-04-02T08:30:00.000Z';

function organisation(extra: Partial<Organisation> = {}): Organisation {
  return { ...newOrganisation({ id: 'o1', name: 'Centro Latino', now: CREATED }), ...extra };
}

const FULL = organisation({
  type: 'legal-clinic',
  questions: {
    confidentiality: { answer: 'yes', note: 'Unless a child is in danger', askedOn: '2025-02-20' },
    anonymousFirst: { answer: 'not-asked', note: 'Ask next time', askedOn: null },
  },
  helps: ['interpreters', 'legal-referrals'],
  contactPerson: 'Marta',
  phones: [
    { kind: 'work', number: '+12025550143' },
    { kind: 'mobile', number: '+44 20 7946 0958 x12' },
  ],
  email: 'help@centro.example',
  address: '12 Main St',
  website: 'centro.example',
  hours: 'Mon–Fri 9–5',
  notes: '  Side door\n',
});

function saved(from: Organisation, draft = organisationDraftOf(from)): Organisation {
  const result = organisationFromDraft(from, draft, SAVED);
  return result.organisation;
}

describe('the organisation draft', () => {
  it('gives back the same organisation when nothing was changed, but the time of the change', () => {
    expect(saved(FULL)).toEqual({ ...FULL, updatedAt: SAVED });
  });

  it('keeps the emergency-use-only mark as the survivor sets it', () => {
    const draft = organisationDraftOf(organisation());
    expect(draft.emergencyOnly).toBe(false);
    expect(saved(organisation(), { ...draft, emergencyOnly: true }).emergencyOnly).toBe(true);
    expect(saved(organisation({ emergencyOnly: true })).emergencyOnly).toBe(true);
  });

  it('has a draft for every question, and stores only the questions touched', () => {
    const draft = organisationDraftOf(organisation());
    expect(Object.values(draft.questions)).toEqual(
      Array.from({ length: 5 }, () => ({ answer: 'not-asked', note: '', askedOn: '' })),
    );
    expect(draft.phones).toEqual([]);
    expect(saved(organisation(), draft).questions).toEqual({});
  });

  it('trims the name, the contact details and the notes to questions, and keeps its own notes as written', () => {
    const draft = {
      ...organisationDraftOf(organisation()),
      name: '  Casa  ',
      contactPerson: ' Marta ',
      email: ' a@b.example ',
      address: ' 1 Road ',
      website: ' casa.example ',
      hours: ' 9–5 ',
      notes: '  as written  ',
    };
    draft.questions.languageAccess = { answer: 'not-asked', note: '   ', askedOn: '' };
    expect(saved(organisation(), draft)).toMatchObject({
      name: 'Casa',
      contactPerson: 'Marta',
      email: 'a@b.example',
      address: '1 Road',
      website: 'casa.example',
      hours: '9–5',
      notes: '  as written  ',
      questions: {},
    });
  });

  it('saves everything else when the name is missing, keeping the name stored before', () => {
    const draft = { ...organisationDraftOf(FULL), name: ' ', hours: 'Sat 10–2' };
    const result = organisationFromDraft(FULL, draft, SAVED);
    expect(result.nameMissing).toBe(true);
    expect(result.organisation).toMatchObject({ name: FULL.name, hours: 'Sat 10–2' });
  });

  it('keeps a number it cannot check as typed and names its row, leaving empty rows out', () => {
    const unreadable = newPhoneDraft('work', '*67 then 555');
    const draft = { ...organisationDraftOf(FULL), phones: [unreadable, newPhoneDraft('work', '')] };
    const result = organisationFromDraft(FULL, draft, SAVED);
    expect(result.organisation.phones).toEqual([{ kind: 'work', number: '*67 then 555' }]);
    expect(result.unchecked).toEqual([unreadable.id]);
  });
});

describe('answering a question', () => {
  const blank: QuestionDraft = { answer: 'not-asked', note: '', askedOn: '' };

  it('dates a first answer today', () => {
    expect(answerQuestion(blank, { answer: 'yes' }, '2025-04-02')).toEqual({
      answer: 'yes',
      note: '',
      askedOn: '2025-04-02',
    });
  });

  it('keeps a date already written, and invents none for a note or for "not asked yet"', () => {
    const asked: QuestionDraft = { answer: 'unsure', note: '', askedOn: '2024-12-01' };
    expect(answerQuestion(asked, { answer: 'no' }, '2025-04-02').askedOn).toBe('2024-12-01');
    expect(answerQuestion(blank, { note: 'Ask Marta' }, '2025-04-02').askedOn).toBe('');
    expect(answerQuestion(blank, { answer: 'not-asked' }, '2025-04-02').askedOn).toBe('');
  });
});

describe('today', () => {
  it('is the calendar day of the phone’s own time zone, padded as a date input wants it', () => {
    expect(today(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(today(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});

describe('askedCount', () => {
  it('counts the questions asked, whatever the answer, and not those noted but not asked yet', () => {
    expect(askedCount(organisation())).toBe(0);
    expect(askedCount(FULL)).toBe(1);
    expect(
      askedCount(
        organisation({
          questions: {
            confidentiality: { answer: 'no', note: '', askedOn: null },
            languageAccess: { answer: 'unsure', note: '', askedOn: null },
            contactsImmigration: { answer: 'yes', note: '', askedOn: '2025-01-01' },
          },
        }),
      ),
    ).toBe(3);
  });
});
