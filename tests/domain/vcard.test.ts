import { describe, expect, it } from 'vitest';
import { newPerson, type Person } from '../../src/domain/person';
import { phoneName, toVCard } from '../../src/domain/vcard';

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
});
