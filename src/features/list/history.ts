/** Keeps the private history of a person: when their level or place in the list changed. */
import type { HistoryEntry } from '../../domain/history';
import type { Person } from '../../domain/person';
import { type NotebookSession, newRecordId } from '../../vault';

export async function recordChanges(session: NotebookSession, before: Person, after: Person, reason = '') {
  const at = after.updatedAt;
  const entries: HistoryEntry[] = [];
  if (before.level !== after.level) {
    entries.push({
      id: newRecordId(),
      personId: after.id,
      at,
      field: 'level',
      from: before.level,
      to: after.level,
      reason,
    });
  }
  if (before.category !== after.category) {
    entries.push({
      id: newRecordId(),
      personId: after.id,
      at,
      field: 'category',
      from: before.category,
      to: after.category,
      reason,
    });
  }
  for (const entry of entries) await session.saveHistory(entry);
}
