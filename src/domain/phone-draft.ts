/**
 * Phone numbers as a form edits them: one row per number, each with an id of
 * its own, so a row keeps its place on screen (and its focus) when another
 * row is removed. The ids live only in memory; they are never stored.
 */
import type { Phone, PhoneKind } from './common';
import { checkPhone, displayPhone } from './phone';

export interface PhoneDraft {
  readonly id: string;
  kind: PhoneKind;
  /** As the field holds it: the shown form of a stored number, or what was typed. */
  number: string;
}

let lastRowId = 0;

/** A new row; its id is unique while the app runs. */
export function newPhoneDraft(kind: PhoneKind, number = ''): PhoneDraft {
  lastRowId += 1;
  return { id: `phone-${lastRowId}`, kind, number };
}

/** A stored number as a row shows it. */
export function phoneDraftOf(phone: Phone): PhoneDraft {
  return newPhoneDraft(phone.kind, displayPhone(phone.number));
}

/**
 * The numbers to keep, in order, and the ids of the rows whose number could
 * not be understood. Empty rows are left out: they are not a mistake.
 */
export function phonesOfDrafts(rows: readonly PhoneDraft[]): { phones: Phone[]; invalid: string[] } {
  const phones: Phone[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    if (!row.number.trim()) continue;
    const checked = checkPhone(row.number);
    if (checked.ok) phones.push({ kind: row.kind, number: checked.stored });
    else invalid.push(row.id);
  }
  return { phones, invalid };
}
