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

  it('keeps every number in order, as typed when it cannot be checked, leaves empty rows out and names the unchecked rows', () => {
    const rows = [
      newPhoneDraft('mobile', ' (202) 555-0143 '),
      newPhoneDraft('home', '   '),
      newPhoneDraft('work', '202 555 01433'),
      newPhoneDraft('other', '+44 20 7946 0958 ext. 12'),
      newPhoneDraft('other', '911'),
    ];
    expect(phonesOfDrafts(rows)).toEqual({
      phones: [
        { kind: 'mobile', number: '+12025550143' },
        { kind: 'work', number: '202 555 01433' },
        { kind: 'other', number: '+44 20 7946 0958 x12' },
        { kind: 'other', number: '911' },
      ],
      unchecked: [rows[2]?.id],
    });
  });

  it('reads numbers without + in the default country it is given', () => {
    expect(phonesOfDrafts([newPhoneDraft('mobile', '55 8765 4321')], 'MX').phones).toEqual([
      { kind: 'mobile', number: '+525587654321' },
    ]);
  });

  it('keeps a stored number untouched when its row still shows it, whatever the default country now', () => {
    const row = phoneDraftOf({ kind: 'home', number: '+442079460958' }, 'GB');
    expect(row.number).toBe('020 7946 0958');
    expect(phonesOfDrafts([row], 'US')).toEqual({
      phones: [{ kind: 'home', number: '+442079460958' }],
      unchecked: [],
    });
    expect(phonesOfDrafts([{ ...row, number: '020 7946 0959' }], 'GB').phones).toEqual([
      { kind: 'home', number: '+442079460959' },
    ]);
  });
});
