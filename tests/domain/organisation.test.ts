import { describe, expect, it } from 'vitest';
import { newOrganisation, organisationSchema, questionRecordSchema } from '../../src/domain/organisation';

const NOW = '2025-03-01T10:00:00.000Z';

function valid(extra: Record<string, unknown> = {}) {
  return { id: 'o1', name: 'Centro Latino', createdAt: NOW, updatedAt: NOW, ...extra };
}

describe('organisation schema', () => {
  it('fills every default for a new organisation', () => {
    expect(newOrganisation({ id: 'o1', name: 'Centro Latino', now: NOW })).toEqual({
      id: 'o1',
      name: 'Centro Latino',
      type: 'other',
      questions: {},
      helps: [],
      contactPerson: '',
      phones: [],
      email: '',
      address: '',
      website: '',
      hours: '',
      notes: '',
      emergencyOnly: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('reads an organisation saved before the emergency-use-only mark existed as not marked, and keeps the mark once set', () => {
    const old = valid({});
    expect('emergencyOnly' in old).toBe(false);
    expect(organisationSchema.parse(old).emergencyOnly).toBe(false);
    expect(organisationSchema.parse(valid({ emergencyOnly: true })).emergencyOnly).toBe(true);
    expect(organisationSchema.safeParse(valid({ emergencyOnly: 'yes' })).success).toBe(false);
  });

  it('fills an asked question with "not asked", no note and no date', () => {
    expect(questionRecordSchema.parse({})).toEqual({ answer: 'not-asked', note: '', askedOn: null });
    const parsed = organisationSchema.parse(valid({ questions: { contactsImmigration: { answer: 'no' } } }));
    expect(parsed.questions).toEqual({ contactsImmigration: { answer: 'no', note: '', askedOn: null } });
  });

  it.each(['مركز النساء العربيات', '华人社区服务中心', 'सखी केंद्र'])('accepts a name in any script: %s', (name) => {
    expect(organisationSchema.parse(valid({ name })).name).toBe(name);
  });

  it('records the day a question was asked as a calendar date', () => {
    const parsed = organisationSchema.parse(
      valid({ questions: { confidentiality: { answer: 'yes', askedOn: '2025-02-28', note: 'لا يشاركون' } } }),
    );
    expect(parsed.questions.confidentiality).toEqual({ answer: 'yes', note: 'لا يشاركون', askedOn: '2025-02-28' });
  });

  it.each([
    ['an empty name', { name: '  ' }],
    ['a name longer than 120 characters', { name: 'n'.repeat(121) }],
    ['an unknown type', { type: 'bank' }],
    ['an unknown answer', { questions: { confidentiality: { answer: 'probably' } } }],
    ['a question that is not one of the five', { questions: { favouriteColour: { answer: 'yes' } } }],
    ['an asked-on date that is not a date', { questions: { confidentiality: { askedOn: '28/02/2025' } } }],
    ['an unknown way to help', { helps: ['money'] }],
  ])('refuses %s', (_what, extra) => {
    expect(organisationSchema.safeParse(valid(extra)).success).toBe(false);
  });
});
