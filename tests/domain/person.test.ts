import { describe, expect, it } from 'vitest';
import { newPerson, personSchema } from '../../src/domain/person';

const NOW = '2025-03-01T10:00:00.000Z';

function valid(extra: Record<string, unknown> = {}) {
  return { id: 'p1', label: 'Ana', createdAt: NOW, updatedAt: NOW, ...extra };
}

describe('person schema', () => {
  it('fills every default for a new person', () => {
    expect(newPerson({ id: 'p1', label: 'Ana', now: NOW })).toEqual({
      id: 'p1',
      label: 'Ana',
      fullName: '',
      relationship: '',
      phoneLabel: '',
      circle: null,
      country: null,
      phoneCountry: null,
      phones: [],
      messaging: [],
      languages: [],
      bestTimes: '',
      reachBy: [],
      tasks: [],
      ownTasks: [],
      screening: { answers: {}, skipped: [], resumeAt: null, finishedAt: null },
      level: null,
      category: null,
      notes: '',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it.each([
    ['Arabic', 'سارة'],
    ['Chinese', '王芳'],
    ['Devanagari', 'प्रिया'],
    ['Amharic', 'ሰላም'],
    ['Vietnamese', 'Nguyễn Thị Hoa'],
    ['an emoji and initials', 'M.R. 🌻'],
  ])('accepts a label in %s', (_script, label) => {
    expect(personSchema.parse(valid({ label })).label).toBe(label);
  });

  it('trims the label, and refuses one that is empty or only spaces', () => {
    expect(personSchema.parse(valid({ label: '  Ana  ' })).label).toBe('Ana');
    expect(personSchema.safeParse(valid({ label: '' })).success).toBe(false);
    expect(personSchema.safeParse(valid({ label: '   ' })).success).toBe(false);
  });

  it('accepts a label of 60 characters and refuses 61', () => {
    expect(personSchema.safeParse(valid({ label: 'a'.repeat(60) })).success).toBe(true);
    expect(personSchema.safeParse(valid({ label: 'a'.repeat(61) })).success).toBe(false);
  });

  it('keeps free text in any script: relationship, languages, own tasks, notes', () => {
    const parsed = personSchema.parse(
      valid({
        relationship: 'ابن عمي',
        languages: ['العربية', '中文', 'हिन्दी'],
        ownTasks: ['带我去医院'],
        notes: 'मेरी पड़ोसन',
      }),
    );
    expect(parsed.relationship).toBe('ابن عمي');
    expect(parsed.languages).toEqual(['العربية', '中文', 'हिन्दी']);
    expect(parsed.ownTasks).toEqual(['带我去医院']);
    expect(parsed.notes).toBe('मेरी पड़ोसन');
  });

  it('accepts the known circles, countries, levels, categories, tasks and ways to reach', () => {
    const parsed = personSchema.parse(
      valid({
        circle: 'family-origin',
        country: 'origin',
        level: 'emergency',
        category: 'information',
        tasks: ['spare-key', 'keep-documents'],
        reachBy: ['text', 'messaging-app'],
        messaging: [{ app: 'whatsapp' }],
        phones: [{ kind: 'work', number: '+52 55 1234 5678' }],
      }),
    );
    expect(parsed.messaging).toEqual([{ app: 'whatsapp', detail: '' }]);
    expect(parsed.phones).toEqual([{ kind: 'work', number: '+52 55 1234 5678' }]);
  });

  it.each([
    ['an unknown circle', { circle: 'enemies' }],
    ['an unknown country', { country: 'elsewhere' }],
    ['an unknown level', { level: 'everything' }],
    ['an unknown category', { category: 'favourite' }],
    ['an unknown task', { tasks: ['lend-money'] }],
    ['an unknown way to reach', { reachBy: ['pigeon'] }],
    ['an unknown messaging app', { messaging: [{ app: 'myspace' }] }],
    ['a phone of an unknown kind', { phones: [{ kind: 'fax', number: '123' }] }],
    ['a phone with no number', { phones: [{ kind: 'mobile', number: '  ' }] }],
    ['more than ten phones', { phones: Array.from({ length: 11 }, () => ({ kind: 'mobile', number: '1' })) }],
    ['a screening answer other than yes, no or unsure', { screening: { answers: { 'trust.answers': 'maybe' } } }],
    ['a date that is not ISO 8601', { createdAt: '01/03/2025' }],
    ['a date without a time', { updatedAt: '2025-03-01' }],
    ['an empty id', { id: '' }],
    ['notes longer than 4000 characters', { notes: 'x'.repeat(4001) }],
  ])('refuses %s', (_what, extra) => {
    expect(personSchema.safeParse(valid(extra)).success).toBe(false);
  });

  it('refuses a person with no label or no dates', () => {
    expect(personSchema.safeParse({ id: 'p1', createdAt: NOW, updatedAt: NOW }).success).toBe(false);
    expect(personSchema.safeParse({ id: 'p1', label: 'Ana' }).success).toBe(false);
  });

  it('accepts a date with a time-zone offset', () => {
    expect(personSchema.safeParse(valid({ createdAt: '2025-03-01T10:00:00+05:30' })).success).toBe(true);
  });

  it('keeps answers to screening questions it does not know, and "unsure" is always an answer', () => {
    const parsed = personSchema.parse(
      valid({ screening: { answers: { 'trust.answers': 'unsure', 'future.question': 'no' } } }),
    );
    expect(parsed.screening).toEqual({
      answers: { 'trust.answers': 'unsure', 'future.question': 'no' },
      skipped: [],
      resumeAt: null,
      finishedAt: null,
    });
  });
});
