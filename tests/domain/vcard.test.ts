import { describe, expect, it } from 'vitest';
import { newPerson, type Person } from '../../src/domain/person';
import { FOLD_OCTETS, foldLine, phoneName, toVCard } from '../../src/domain/vcard';

const encoder = new TextEncoder();

/** The physical lines of a file, without their CRLF. */
function physicalLines(file: string): string[] {
  expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return file.split('\r\n').filter((line) => line !== '');
}

/** Undoes folding as RFC 2426 says: a CRLF followed by one space goes. */
function unfold(file: string): string {
  return file.replace(/\r\n /g, '');
}

function someone(fields: Partial<Person> & { label: string }): Person {
  return { ...newPerson({ id: `p-${fields.label}`, label: fields.label, now: '2026-01-01T00:00:00.000Z' }), ...fields };
}

describe('contacts file for the phone', () => {
  it('uses the phone label, never the full name, relationship or notes', () => {
    const ana = someone({
      label: 'Ana',
      fullName: 'Ana Beatriz Souza',
      relationship: 'cousin',
      notes: 'knows about the bag',
      phoneLabel: 'AB',
      phones: [{ kind: 'mobile', number: '+12025550143' }],
    });
    const card = toVCard([ana]);
    expect(card).toContain('FN:AB\r\n');
    expect(card).toContain('TEL;TYPE=CELL:+12025550143');
    expect(card).not.toMatch(/Souza|cousin|bag|Ana/);
  });

  it('falls back to the label shown in the app when no phone label was chosen', () => {
    expect(phoneName(someone({ label: 'Mei' }))).toBe('Mei');
    expect(toVCard([someone({ label: 'Mei' })])).toContain('FN:Mei');
  });

  it('writes one card per person, each number with its kind, in international form', () => {
    const card = toVCard([
      someone({ label: 'A', phones: [{ kind: 'work', number: '+442079460958' }] }),
      someone({
        label: 'B',
        phones: [
          { kind: 'home', number: '+12025550143' },
          { kind: 'other', number: '+5215512345678' },
        ],
      }),
    ]);
    expect(card.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(card.match(/END:VCARD/g)).toHaveLength(2);
    expect(card).toContain('TEL;TYPE=WORK:+442079460958');
    expect(card).toContain('TEL;TYPE=HOME:+12025550143');
    // The older Mexican mobile form (+52 1) is written as Mexico numbers it now.
    expect(card).toContain('TEL;TYPE=VOICE:+525512345678');
    expect(card.endsWith('\r\n')).toBe(true);
  });

  it('escapes commas, semicolons and backslashes in a label, and keeps any script', () => {
    const card = toVCard([someone({ label: 'x', phoneLabel: 'خالة; م, \\' })]);
    expect(card).toContain('FN:خالة\\; م\\, \\\\');
  });

  it('an empty choice gives an empty file', () => {
    expect(toVCard([])).toBe('');
  });

  it('keeps an extension as ;ext=, as the call links write it, and never as a comma', () => {
    const card = toVCard([someone({ label: 'Office', phones: [{ kind: 'work', number: '+1 860-763-4542 ext. 12' }] })]);
    expect(card).toContain('TEL;TYPE=WORK:+18607634542;ext=12\r\n');
    expect(card).not.toContain(',12');
  });

  it('marks as CELL only mobile numbers without an extension, the ones a text can reach', () => {
    const card = toVCard([
      someone({
        label: 'M',
        phones: [
          { kind: 'mobile', number: '+12025550143' },
          { kind: 'mobile', number: '+1 202 555 0144 ext. 7' },
        ],
      }),
    ]);
    expect(card).toContain('TEL;TYPE=CELL:+12025550143\r\n');
    expect(card).toContain('TEL;TYPE=VOICE:+12025550144;ext=7\r\n');
  });

  it.each([
    ['Arabic', 'خالة فاطمة من الجمعية في الحي القديم قرب المسجد الكبير'],
    ['Chinese', '王阿姨的女儿在社区中心工作可以帮忙翻译和照顾孩子们'],
    ['emoji and Latin', 'Ana 🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻 prima de Luz'],
  ])('folds %s names at 75 octets of UTF-8 without splitting a character', (_script, label) => {
    const file = toVCard([someone({ label })]);
    const lines = physicalLines(file);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(FOLD_OCTETS);
      // A lone surrogate would mean a character was cut in two.
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(unfold(file)).toContain(`FN:${label}\r\n`);
    expect(unfold(file)).toContain(`N:${label};;;;\r\n`);
  });

  it('leaves a line of exactly 75 octets whole, and starts each continuation with one space', () => {
    const exact = `FN:${'a'.repeat(FOLD_OCTETS - 3)}`;
    expect(foldLine(exact)).toBe(exact);
    const longer = `${exact}bc`;
    expect(foldLine(longer)).toBe(`${exact}\r\n bc`);
  });

  it('ends every line with CRLF', () => {
    const file = toVCard([someone({ label: 'A', phones: [{ kind: 'home', number: '+12025550143' }] })]);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(file.endsWith('END:VCARD\r\n')).toBe(true);
  });
});
