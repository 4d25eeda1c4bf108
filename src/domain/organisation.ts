/** A community organisation the survivor is considering (step 4 of the guide). */
import { z } from 'zod';
import { longTextSchema, phoneSchema, recordIdSchema, shortTextSchema, timestampSchema } from './common.ts';
import { LIMITS } from './limits.ts';

export const ORGANISATION_TYPES = [
  'immigrant-support',
  'violence-programme',
  'cultural-centre',
  'faith-charity',
  'legal-clinic',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** The questions to ask before sharing the whole story. */
export const ORGANISATION_QUESTIONS = [
  'confidentiality',
  'contactsImmigration',
  'experienceWithImmigrants',
  'languageAccess',
  'anonymousFirst',
] as const;
export type OrganisationQuestion = (typeof ORGANISATION_QUESTIONS)[number];

export const ORGANISATION_ANSWERS = ['yes', 'no', 'unsure', 'not-asked'] as const;
export type OrganisationAnswer = (typeof ORGANISATION_ANSWERS)[number];

/** Ways an organisation might help. */
export const ORGANISATION_HELP = [
  'local-processes',
  'interpreters',
  'documents',
  'groups-planning',
  'legal-referrals',
] as const;
export type OrganisationHelp = (typeof ORGANISATION_HELP)[number];

export const questionRecordSchema = z.object({
  answer: z.enum(ORGANISATION_ANSWERS).default('not-asked'),
  note: longTextSchema.default(''),
  /** A calendar date, YYYY-MM-DD, when the question was asked. */
  askedOn: z.iso.date().nullable().default(null),
});
export type QuestionRecord = z.infer<typeof questionRecordSchema>;

export const organisationSchema = z.object({
  id: recordIdSchema,
  name: z.string().trim().min(1).max(LIMITS.organisationName),
  type: z.enum(ORGANISATION_TYPES).default('other'),
  questions: z.partialRecord(z.enum(ORGANISATION_QUESTIONS), questionRecordSchema).default({}),
  helps: z.array(z.enum(ORGANISATION_HELP)).default([]),
  contactPerson: shortTextSchema.default(''),
  phones: z.array(phoneSchema).max(LIMITS.phonesPerRecord).default([]),
  email: shortTextSchema.default(''),
  address: shortTextSchema.default(''),
  website: shortTextSchema.default(''),
  hours: shortTextSchema.default(''),
  notes: longTextSchema.default(''),
  /**
   * To contact only if another plan does not work (the guide's "emergency use
   * only"). Records saved before the mark existed read as not marked.
   */
  emergencyOnly: z.boolean().default(false),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export function newOrganisation(fields: { id: string; name: string; now: string }): Organisation {
  return organisationSchema.parse({
    id: fields.id,
    name: fields.name,
    createdAt: fields.now,
    updatedAt: fields.now,
  });
}

/** How many of the questions have been asked, whatever the answer was. */
export function askedCount(organisation: Organisation): number {
  return ORGANISATION_QUESTIONS.filter((question) => {
    const answer = organisation.questions[question]?.answer;
    return answer !== undefined && answer !== 'not-asked';
  }).length;
}
