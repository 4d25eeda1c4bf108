/**
 * Phone numbers as a form edits them: one row per number, each with an id of
 * its own, so a row keeps its place on screen (and its focus) when another
 * row is removed. The ids live only in memory; they are never stored.
 */
import type { Phone, PhoneKind } from './common';
import { type CountryCode, checkPhone, DEFAULT_PHONE_COUNTRY, displayPhone } from './phone';

export interface PhoneDraft {
  readonly id: string;
  kind: PhoneKind;
  /** As the field holds it: the shown form of a stored number, or what was typed. */
  number: string;
  /**
   * The stored number the row was loaded from and how it was shown: while the
   * field still shows that, the stored number is kept as it is, so a change
   * of default country never reads it again as another number.
   */
  readonly loaded?: { readonly stored: string; readonly shown: string };
}

let lastRowId = 0;

/** A new row; its id is unique while the app runs. */
export function newPhoneDraft(kind: PhoneKind, number = ''): PhoneDraft {
  lastRowId += 1;
  return { id: `phone-${lastRowId}`, kind, number };
}

/** A stored number as a row shows it. */
export function phoneDraftOf(phone: Phone, defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY): PhoneDraft {
  const shown = displayPhone(phone.number, defaultCountry);
  return { ...newPhoneDraft(phone.kind, shown), loaded: { stored: phone.number, shown } };
}

/**
 * The numbers to keep, in order, and the ids of the rows kept as typed
 * because they could not be understood (for a gentle note, never a refusal).
 * Empty rows are left out: they are not a mistake.
 */
export function phonesOfDrafts(
  rows: readonly PhoneDraft[],
  defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY,
): { phones: Phone[]; unchecked: string[] } {
  const phones: Phone[] = [];
  const unchecked: string[] = [];
  for (const row of rows) {
    const typed = row.number.trim();
    if (!typed) continue;
    const unchanged = row.loaded && row.loaded.shown === row.number ? row.loaded.stored : null;
    const checked = checkPhone(unchanged ?? typed, defaultCountry);
    phones.push({ kind: row.kind, number: unchanged ?? checked.stored });
    if (checked.status === 'unchecked') unchecked.push(row.id);
  }
  return { phones, unchecked };
}

/** The ids of the rows that would be kept as typed: the note shown beside them when a record opens. */
export function uncheckedRows(rows: readonly PhoneDraft[], defaultCountry: CountryCode = DEFAULT_PHONE_COUNTRY) {
  return phonesOfDrafts(rows, defaultCountry).unchecked;
}
