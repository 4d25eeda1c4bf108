/**
 * Merging a protected copy into the notebook, record by record. Pure: it
 * decides what the notebook should hold and writes nothing.
 *
 * - People and organisations are matched by id. When both sides have one,
 *   the one changed last (`updatedAt`) wins, and the notebook's own wins a
 *   tie, so merging the same copy twice changes nothing. A record on one
 *   side only is kept.
 * - History entries are never edited, only added: the result is every entry
 *   of both sides, once per id.
 * - Settings are the notebook's own: a copy made elsewhere should not change
 *   how this phone locks.
 */
import type { HistoryEntry } from './history';
import type { Organisation } from './organisation';
import type { Person } from './person';
import type { Settings } from './settings';

/** Everything a notebook holds (the same shape as the vault's BackupContents). */
export interface NotebookContents {
  people: Person[];
  organisations: Organisation[];
  history: HistoryEntry[];
  settings: Settings;
}

export function mergeContents(current: NotebookContents, incoming: NotebookContents): NotebookContents {
  return {
    people: mergeById(current.people, incoming.people, newerOrCurrent),
    organisations: mergeById(current.organisations, incoming.organisations, newerOrCurrent),
    history: mergeById(current.history, incoming.history, (own) => own),
    settings: current.settings,
  };
}

/** The incoming record only if it was changed strictly later. */
function newerOrCurrent<T extends { updatedAt: string }>(own: T, other: T): T {
  // Compared as moments, not as text: the same moment may be written with another offset.
  return Date.parse(other.updatedAt) > Date.parse(own.updatedAt) ? other : own;
}

/** The current side's order first, then what only the incoming side has, in its order. */
function mergeById<T extends { id: string }>(
  current: readonly T[],
  incoming: readonly T[],
  choose: (own: T, other: T) => T,
): T[] {
  const incomingById = new Map(incoming.map((record) => [record.id, record]));
  const currentIds = new Set(current.map((record) => record.id));
  const kept = current.map((record) => {
    const other = incomingById.get(record.id);
    return other === undefined ? record : choose(record, other);
  });
  const added: T[] = [];
  const addedIds = new Set<string>();
  for (const record of incoming) {
    if (currentIds.has(record.id) || addedIds.has(record.id)) continue;
    addedIds.add(record.id);
    added.push(record);
  }
  return [...kept, ...added];
}
