/**
 * How long a value may be and how many of a thing a record may hold. The
 * schemas check these on every write and read; the forms use the same
 * numbers, so a field says at once when it holds more than the notebook can keep
 * (src/ui/field-limit.tsx), and nothing is cut.
 */
export const LIMITS = {
  /** A person's short name: a first name, initials or a nickname. */
  personLabel: 60,
  organisationName: 120,
  /** Names, relationships, times, addresses: one line of free text. */
  shortText: 200,
  /** Notes and answers in the survivor's own words. */
  longText: 4000,
  phoneNumber: 40,
  phonesPerRecord: 10,
  messagingPerPerson: 10,
  languagesPerPerson: 20,
  ownTasksPerPerson: 20,
  /** The optional heading printed on the paper copy (never stored). */
  paperTitle: 80,
} as const;

export type LimitName = keyof typeof LIMITS;
