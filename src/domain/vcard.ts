/**
 * A contacts file (vCard 3.0) for the phone's own address book, using only
 * the label the survivor chose for the phone (the guide's "simple labels"),
 * never the full name, relationship or notes.
 */
import type { Phone, PhoneKind } from './common';
import type { Person } from './person';
import { dialable } from './phone';

/** The name saved in the phone: the phone label if set, else the app's label. */
export function phoneName(person: Person): string {
  return person.phoneLabel.trim() || person.label.trim();
}

const TEL_TYPE: Record<PhoneKind, string> = { mobile: 'CELL', work: 'WORK', home: 'HOME', other: 'VOICE' };

/** Escapes text as RFC 6350 / 2426 ask: backslash, comma, semicolon and line breaks. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

/** A number as the phone dials it; an extension follows a comma, the usual pause. */
function telValue(phone: Phone): string {
  return dialable(phone.number).replace(';ext=', ',');
}

export function toVCard(people: readonly Person[]): string {
  const cards = people.map((person) => {
    const name = escapeText(phoneName(person));
    const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, `N:${name};;;;`];
    for (const phone of person.phones) {
      const number = telValue(phone);
      if (number) lines.push(`TEL;TYPE=${TEL_TYPE[phone.kind]}:${number}`);
    }
    lines.push('END:VCARD');
    return lines.join('\r\n');
  });
  return cards.length ? `${cards.join('\r\n')}\r\n` : '';
}
