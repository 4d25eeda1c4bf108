/**
 * Step 7 of the guide: keeping the list true. The review questions, and when
 * a review is due. Pure: the caller gives the time.
 */
import type { Person } from './person';
import type { Settings } from './settings';

/** The guide's five questions to ask regularly, in its order. */
export const REVIEW_QUESTIONS = [
  /** Has anyone on the list started sharing information more widely? */
  'sharingMore',
  /** Has anyone made new threats involving immigration, the police or community leaders? */
  'newThreats',
  /** Has the survivor met new people or organisations who might belong on the list? */
  'newContacts',
  /** Does the survivor want different safe contacts in the country of residence and in the country of origin? */
  'contactsByCountry',
  /** Do the safe contacts know the best ways and times to reach the survivor? */
  'contactsCanReach',
] as const;
export type ReviewQuestion = (typeof REVIEW_QUESTIONS)[number];

export const REVIEW_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type ReviewAnswer = (typeof REVIEW_ANSWERS)[number];

/**
 * The answer that asks for something to be done. For most questions that is
 * Yes; for "do they know how to reach you", it is No. Not sure always counts,
 * since it is safer to look again.
 */
export function needsAction(question: ReviewQuestion, answer: ReviewAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (answer === 'unsure') return true;
  return question === 'contactsCanReach' ? answer === 'no' : answer === 'yes';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the survivor to review: the interval has passed since the
 * last review, or, never reviewed, since the first person was added.
 */
export function reviewDue(settings: Settings, people: readonly Person[], now: Date): boolean {
  const since =
    settings.lastReviewedAt ??
    people.reduce<string | null>(
      (first, person) => (first === null || person.createdAt < first ? person.createdAt : first),
      null,
    );
  if (since === null) return false;
  return now.getTime() - Date.parse(since) >= settings.reviewIntervalDays * DAY_MS;
}

/** The intervals offered for the reminder, in days. */
export const REVIEW_INTERVALS = [7, 14, 30, 60, 90] as const;
