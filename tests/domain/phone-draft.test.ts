import { describe, expect, it } from 'vitest';
import { newPhoneDraft, phoneDraftOf, phonesOfDrafts } from '../../src/domain/phone-draft';

describe('phone rows of a form', () => {
  it('gives every new row an id of its own', () => {
    const ids = new Set(Array.from({ length: 20 }, () => newPhoneDraft('mobile').id));
    expect(ids.size).toBe(20);
  });

  it('shows a stored number in its national form', () => {
    expect(phoneDraftOf({ kind: 'work', number: '+12025550143' })).toMatchObject({
      kind: 'work',
      number: '(202) 555-0143',
    });
  });

  it('keeps the numbers it understands in order, leaves empty rows out and names the rows it cannot read', () => {
    const rows = [
      newPhoneDraft('mobile', ' (202) 555-0143 '),
      newPhoneDraft('home', '   '),
      newPhoneDraft('work', '12'),
      newPhoneDraft('other', '+44 20 7946 0958 ext. 12'),
    ];
    expect(phonesOfDrafts(rows)).toEqual({
      phones: [
        { kind: 'mobile', number: '+12025550143' },
        { kind: 'other', number: '+44 20 7946 0958 x12' },
      ],
      invalid: [rows[2]?.id],
    });
  });
});
