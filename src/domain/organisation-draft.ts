/**
 * An organisation as its detail form edits it, and back. Every question has
 * a draft, asked or not; only the questions touched are stored.
 */
import type { PhoneKind } from './common';
import {
  ORGANISATION_QUESTIONS,
  type Organisation,
  type OrganisationAnswer,
  type OrganisationHelp,
  type OrganisationQuestion,
  type OrganisationType,
  type QuestionRecord,
} from './organisation';
import { type CountryCode, DEFAULT_PHONE_COUNTRY } from './phone';
import { type PhoneDraft, phoneDraftOf, phonesOfDrafts } from './phone-draft';

export interface QuestionDraft {
  answer: OrganisationAnswer;
  note: string;
  /** As a date input holds it: YYYY-MM-DD, or empty. */
  askedOn: string;
}

export const CONTACT_FIELDS = ['contactPerson', 'email', 'address', 'website', 'hours'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface OrganisationDraft extends Record<ContactField, string> {
  name: string;
  type: OrganisationType;
  questions: Record<OrganisationQuestion, QuestionDraft>;
  helps: OrganisationHelp[];
  phones: PhoneDraft[];
  notes: string;
  /** Only to contact if another plan does not work. */
  emergencyOnly: boolean;
}

/** The kind a new number row starts with: most numbers of organisations are office lines. */
export const ORGANISATION_PHONE_KIND: PhoneKind = 'work';

/** The calendar day of `now` in the phone's own time zone, as a date input wants it. */
export function today(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function questionDraftOf(record: QuestionRecord | undefined): QuestionDraft {
  return { answer: record?.answer ?? 'not-asked', note: record?.note ?? '', askedOn: record?.askedOn ?? '' };
}

/** `country`: where a number typed without + is read (the survivor's country). */
export function organisationDraftOf(
  organisation: Organisation,
  country: CountryCode = DEFAULT_PHONE_COUNTRY,
): OrganisationDraft {
  const asked = organisation.questions;
  return {
    name: organisation.name,
    type: organisation.type,
    // Written out so that a new question cannot be forgotten here: the type asks for every one.
    questions: {
      confidentiality: questionDraftOf(asked.confidentiality),
      contactsImmigration: questionDraftOf(asked.contactsImmigration),
      experienceWithImmigrants: questionDraftOf(asked.experienceWithImmigrants),
      languageAccess: questionDraftOf(asked.languageAccess),
      anonymousFirst: questionDraftOf(asked.anonymousFirst),
    },
    helps: organisation.helps,
    phones: organisation.phones.map((phone) => phoneDraftOf(phone, country)),
    contactPerson: organisation.contactPerson,
    email: organisation.email,
    address: organisation.address,
    website: organisation.website,
    hours: organisation.hours,
    notes: organisation.notes,
    emergencyOnly: organisation.emergencyOnly,
  };
}

/**
 * A question after a change. The day an answer is first given is most likely
 * the day it was asked, so an empty date becomes `day`; a date already
 * written is kept.
 */
export function answerQuestion(current: QuestionDraft, change: Partial<QuestionDraft>, day: string): QuestionDraft {
  const next = { ...current, ...change };
  if (change.answer && change.answer !== 'not-asked' && !current.askedOn) next.askedOn = day;
  return next;
}

function questionsOf(draft: OrganisationDraft): Organisation['questions'] {
  const questions: Organisation['questions'] = {};
  for (const question of ORGANISATION_QUESTIONS) {
    const { answer, note, askedOn } = draft.questions[question];
    const record: QuestionRecord = { answer, note: note.trim(), askedOn: askedOn || null };
    // A question never touched stays out of the record, as in a new organisation.
    if (record.answer !== 'not-asked' || record.note || record.askedOn) questions[question] = record;
  }
  return questions;
}

/**
 * What to save, always: a missing name keeps the name stored before, so the
 * rest is saved and only the name waits. `unchecked`: the ids of the number
 * rows kept as typed, in order.
 */
export interface OrganisationFromDraft {
  organisation: Organisation;
  nameMissing: boolean;
  unchecked: string[];
}

/**
 * The organisation to save, and what to point at: a missing name, numbers
 * kept as typed. Nothing blocks the rest. Free text is trimmed; notes are
 * kept as written.
 */
export function organisationFromDraft(
  organisation: Organisation,
  draft: OrganisationDraft,
  now: string,
  country: CountryCode = DEFAULT_PHONE_COUNTRY,
): OrganisationFromDraft {
  const name = draft.name.trim();
  const { phones, unchecked } = phonesOfDrafts(draft.phones, country);
  return {
    nameMissing: !name,
    unchecked,
    organisation: {
      ...organisation,
      name: name || organisation.name,
      type: draft.type,
      questions: questionsOf(draft),
      helps: draft.helps,
      phones,
      contactPerson: draft.contactPerson.trim(),
      email: draft.email.trim(),
      address: draft.address.trim(),
      website: draft.website.trim(),
      hours: draft.hours.trim(),
      notes: draft.notes,
      emergencyOnly: draft.emergencyOnly,
      updatedAt: now,
    },
  };
}
