/**
 * A person as the details form edits them, and back. Lists the survivor
 * types as one text (languages, their own tasks) are text in the draft and
 * split only when saved, so nothing typed moves under their fingers.
 */
import { type Circle, type Country, countryOfCircle } from './circles';
import type { PhoneKind } from './common';
import type { Category, Level } from './levels';
import { MESSAGING_APPS, type MessagingApp, type Person, type ReachWay, type Task } from './person';
import { newPhoneDraft, type PhoneDraft, phoneDraftOf, phonesOfDrafts } from './phone-draft';

export interface PersonDraft {
  label: string;
  fullName: string;
  relationship: string;
  phoneLabel: string;
  circle: Circle | null;
  country: Country | null;
  category: Category | null;
  level: Level | null;
  phones: PhoneDraft[];
  /** The apps ticked, each with its detail (empty when none was written). */
  messaging: Partial<Record<MessagingApp, string>>;
  /** As typed: separated by commas (or the comma of the survivor's script), semicolons or lines. */
  languages: string;
  bestTimes: string;
  reachBy: ReachWay[];
  tasks: Task[];
  /** One task per line. */
  ownTasks: string;
  notes: string;
}

/** The kind a new number row starts with: most numbers of people are mobiles. */
export const PERSON_PHONE_KIND: PhoneKind = 'mobile';

const LANGUAGE_SEPARATORS = /[,،、，;\n]/;

export function personDraftOf(person: Person): PersonDraft {
  return {
    label: person.label,
    fullName: person.fullName,
    relationship: person.relationship,
    phoneLabel: person.phoneLabel,
    circle: person.circle,
    country: person.country,
    category: person.category,
    level: person.level,
    // One empty row to type in, so adding the first number needs no extra tap.
    phones: person.phones.length ? person.phones.map(phoneDraftOf) : [newPhoneDraft(PERSON_PHONE_KIND)],
    messaging: Object.fromEntries(person.messaging.map((entry) => [entry.app, entry.detail])),
    languages: person.languages.join(', '),
    bestTimes: person.bestTimes,
    reachBy: person.reachBy,
    tasks: person.tasks,
    ownTasks: person.ownTasks.join('\n'),
    notes: person.notes,
  };
}

/** A family circle says where they live; other circles leave the country as it was. */
export function withCircle(draft: PersonDraft, circle: Circle | null): Pick<PersonDraft, 'circle' | 'country'> {
  return { circle, country: (circle && countryOfCircle(circle)) ?? draft.country };
}

export type PersonFromDraft =
  | { ok: true; person: Person }
  | { ok: false; labelMissing: boolean /** Row ids, in order. */; invalidPhones: string[] };

function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The person to save, or what stops it: a missing name to show, numbers
 * that cannot be understood. Free text is trimmed; notes are kept as written.
 */
export function personFromDraft(person: Person, draft: PersonDraft, now: string): PersonFromDraft {
  const label = draft.label.trim();
  const { phones, invalid } = phonesOfDrafts(draft.phones);
  if (!label || invalid.length > 0) return { ok: false, labelMissing: !label, invalidPhones: invalid };
  return {
    ok: true,
    person: {
      ...person,
      label,
      fullName: draft.fullName.trim(),
      relationship: draft.relationship.trim(),
      phoneLabel: draft.phoneLabel.trim(),
      circle: draft.circle,
      country: draft.country,
      category: draft.category,
      level: draft.level,
      phones,
      messaging: MESSAGING_APPS.flatMap((app) => {
        const detail = draft.messaging[app];
        return detail === undefined ? [] : [{ app, detail: detail.trim() }];
      }),
      languages: splitList(draft.languages, LANGUAGE_SEPARATORS),
      bestTimes: draft.bestTimes.trim(),
      reachBy: draft.reachBy,
      tasks: draft.tasks,
      ownTasks: splitList(draft.ownTasks, /\n/),
      notes: draft.notes,
      updatedAt: now,
    },
  };
}
