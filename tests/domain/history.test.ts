import { describe, expect, it } from 'vitest';
import { historyEntrySchema } from '../../src/domain/history';

const entry = {
  id: 'h1',
  personId: 'p1',
  at: '2025-03-01T10:00:00.000Z',
  field: 'level',
  from: 'full',
  to: 'emergency',
};

describe('history entry schema', () => {
  it('fills an empty reason', () => {
    expect(historyEntrySchema.parse(entry)).toEqual({ ...entry, reason: '' });
  });

  it('keeps a reason in any script, and "from" or "to" may be empty', () => {
    const parsed = historyEntrySchema.parse({
      ...entry,
      field: 'category',
      from: null,
      to: 'primary',
      reason: 'بدأت تخبر زوجي بكل شيء',
    });
    expect(parsed.reason).toBe('بدأت تخبر زوجي بكل شيء');
    expect(parsed.from).toBeNull();
  });

  it.each([
    ['a field that is not level or category', { field: 'label' }],
    ['a moment that is not ISO 8601', { at: 'last week' }],
    ['no person', { personId: '' }],
    ['a value longer than 40 characters', { to: 'x'.repeat(41) }],
    ['a reason longer than 4000 characters', { reason: 'x'.repeat(4001) }],
  ])('refuses %s', (_what, extra) => {
    expect(historyEntrySchema.safeParse({ ...entry, ...extra }).success).toBe(false);
  });
});
