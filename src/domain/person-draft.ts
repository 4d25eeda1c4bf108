/**
 * A person as the details form edits them, and back. Lists the survivor
 * types as one text (languages, their own tasks) are text in the draft and
 * split only when saved, so nothing typed moves under their fingers.
 */
import { type Circle, type Country, countryOfCircle } from './circles';
import type { PhoneKind } from './common';
import type { Category, Level } from './levels';
import { MESSAGING_APPS, type MessagingApp, type Person, type ReachWay, type Task } from './person';
import { type CountryCode, defaultPhoneCountry, phoneCountry } from './phone';
import { newPhoneDraft, type PhoneDraft, phoneDraftOf, phonesOfDrafts } from './phone-draft';

export interface PersonDraft {
  label: string;
  fullName: string;
  relationship: string;
  phoneLabel: string;
  circle: Circle | null;
  country: Country | null;
  /** The country their numbers are read in when typed without +; null: the survivor's default. */
  phoneCountry: CountryCode | null;
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

/**
 * The country a number typed without + is read in: the one chosen for the
 * person, otherwise `fallback` (the survivor's: the region of the phone's
 * language, passed in by the screen), otherwise the US.
 */
export function personPhoneCountry(chosen: string | null, fallback: CountryCode | null): CountryCode {
  return defaultPhoneCountry(chosen, fallback);
}

export function personDraftOf(person: Person, fallback: CountryCode | null = null): PersonDraft {
  const country = personPhoneCountry(person.phoneCountry, fallback);
  const phones = person.phones.map((phone) => phoneDraftOf(phone, country));
  return {
    label: person.label,
    fullName: person.fullName,
    relationship: person.relationship,
    phoneLabel: person.phoneLabel,
    circle: person.circle,
    country: person.country,
    phoneCountry: phoneCountry(person.phoneCountry),
    category: person.category,
    level: person.level,
    // One empty row to type in, so adding the first number needs no extra tap.
    phones: phones.length ? phones : [newPhoneDraft(PERSON_PHONE_KIND)],
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

/**
 * What to save, always: a missing name keeps the name stored before, so the
 * rest is saved and only the name waits. `unchecked`: the ids of the number
 * rows kept as typed, in order.
 */
export interface PersonFromDraft {
  person: Person;
  labelMissing: boolean;
  unchecked: string[];
}

function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The person to save, and what to point at: a missing name, numbers kept as
 * typed. Nothing blocks the rest. Free text is trimmed; notes are kept as
 * written.
 */
export function personFromDraft(
  person: Person,
  draft: PersonDraft,
  now: string,
  fallback: CountryCode | null = null,
): PersonFromDraft {
  const label = draft.label.trim();
  const { phones, unchecked } = phonesOfDrafts(draft.phones, personPhoneCountry(draft.phoneCountry, fallback));
  return {
    labelMissing: !label,
    unchecked,
    person: {
      ...person,
      label: label || person.label,
      fullName: draft.fullName.trim(),
      relationship: draft.relationship.trim(),
      phoneLabel: draft.phoneLabel.trim(),
      circle: draft.circle,
      country: draft.country,
      phoneCountry: draft.phoneCountry,
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
