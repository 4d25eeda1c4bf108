/**
 * A contacts file (vCard 3.0, RFC 2426) for the phone's own address book,
 * using only the label the survivor chose for the phone (the guide's "simple
 * labels"), never the full name, relationship or notes.
 */
import type { Phone, PhoneKind } from './common';
import type { Person } from './person';
import { dialable } from './phone';
import { canText } from './texting';

/** The name saved in the phone: the phone label if set, else the app's label. */
export function phoneName(person: Person): string {
  return person.phoneLabel.trim() || person.label.trim();
}

/**
 * CELL tells the address book it may offer a text message, so it is used only
 * where the app itself offers one (see texting.ts); other numbers are voice lines.
 */
function telType(phone: Phone): string {
  if (canText(phone)) return 'CELL';
  const types: Record<PhoneKind, string> = { mobile: 'VOICE', work: 'WORK', home: 'HOME', other: 'VOICE' };
  return types[phone.kind];
}

/** Escapes text as RFC 6350 / 2426 ask: backslash, comma, semicolon and line breaks. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

/**
 * A number with its extension the way the call links write it (RFC 3966's
 * `;ext=`), e.g. `+18607634542;ext=12`. TEL is not a structured property, so
 * a reader that follows RFC 2426 keeps the whole value, extension included,
 * and `;ext=` is the extension syntax vCard 4.0 adopted from RFC 3966. With a
 * comma instead (the keypad's pause), Python's vobject reads the value as a
 * list and keeps only the part before it. The value is a phone number, not
 * text, so it is not escaped.
 */
function telValue(phone: Phone): string {
  return dialable(phone.number);
}

/** Octets a line may hold before its line break (RFC 2426, section 2.6). */
export const FOLD_OCTETS = 75;

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so no physical line is over 75 octets of UTF-8: each
 * continuation starts with one space, which counts. A character is never cut
 * in the middle of its bytes.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > FOLD_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

export function toVCard(people: readonly Person[]): string {
  const cards = people.map((person) => {
    const name = escapeText(phoneName(person));
    const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, `N:${name};;;;`];
    for (const phone of person.phones) {
      const number = telValue(phone);
      if (number) lines.push(`TEL;TYPE=${telType(phone)}:${number}`);
    }
    lines.push('END:VCARD');
    return lines.map(foldLine).join('\r\n');
  });
  return cards.length ? `${cards.join('\r\n')}\r\n` : '';
}
