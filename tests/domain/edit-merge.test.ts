import { describe, expect, it } from 'vitest';
import { mergeEdits, sameData } from '../../src/domain/edit-merge';

const base = {
  id: 'p1',
  label: 'Ana',
  notes: '',
  tasks: ['ride'],
  phones: [{ kind: 'mobile', number: '+12025550143' }],
  updatedAt: '2026-03-01T10:00:00.000Z',
};

describe('merging two edits of one record', () => {
  it('takes each field from the side that changed it', () => {
    const mine = { ...base, notes: 'Call after six.', updatedAt: '2026-03-01T10:05:00.000Z' };
    const theirs = { ...base, tasks: ['ride', 'keep-bag'], updatedAt: '2026-03-01T10:03:00.000Z' };
    const merge = mergeEdits(base, mine, theirs);
    expect(merge.conflicts).toEqual([]);
    expect(merge.resolve('mine')).toEqual({
      ...base,
      notes: 'Call after six.',
      tasks: ['ride', 'keep-bag'],
      updatedAt: '2026-03-01T10:05:00.000Z',
    });
  });

  it('the same change on both sides is no conflict', () => {
    const both = { ...base, label: 'Ana M' };
    expect(mergeEdits(base, both, { ...both }).conflicts).toEqual([]);
  });

  it('names a field both sides changed differently, and each choice keeps the other side’s untouched changes', () => {
    const mine = { ...base, label: 'Ana M', notes: 'Mine.' };
    const theirs = { ...base, label: 'Ana R', phones: [] };
    const merge = mergeEdits(base, mine, theirs);
    expect(merge.conflicts).toEqual(['label']);
    expect(merge.resolve('mine')).toMatchObject({ label: 'Ana M', notes: 'Mine.', phones: [] });
    expect(merge.resolve('theirs')).toMatchObject({ label: 'Ana R', notes: 'Mine.', phones: [] });
  });

  it('never counts when a record was saved as a change of its own', () => {
    const merge = mergeEdits(base, { ...base, updatedAt: 'a' }, { ...base, updatedAt: 'b' });
    expect(merge.conflicts).toEqual([]);
    expect(merge.resolve('theirs').updatedAt).toBe('a');
  });

  it('compares lists and objects by what they hold', () => {
    expect(sameData([{ kind: 'mobile' }], [{ kind: 'mobile' }])).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData(['ride'], ['ride', 'keep-bag'])).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
