/**
 * Two edits of one record made apart (in two tabs), merged field by field
 * against the version both started from. Pure: it decides, and writes nothing.
 *
 * A field only one side changed takes that side's value. A field both sides
 * changed to the same value is no conflict. A field both changed to
 * different values is a conflict: the survivor chooses whose values win
 * (`resolve`), and every other field is merged as above either way.
 */

/** Fields that say when and what, not what the survivor wrote: never a conflict. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

export interface EditMerge<T> {
  /** The fields both sides changed, to different values, in the record's own order. */
  conflicts: string[];
  /** The merged record: conflicting fields from `mine` or from `theirs`; `updatedAt` from mine. */
  resolve(choice: 'mine' | 'theirs'): T;
}

/** Plain data only (what records hold): objects, arrays, strings, numbers, booleans and null. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  }
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = new Map(Object.entries(b).filter(([, value]) => value !== undefined));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && sameData(value, right.get(key)));
}

export function mergeEdits<T extends object>(base: T, mine: T, theirs: T): EditMerge<T> {
  const baseFields = base as Record<string, unknown>;
  const mineFields = mine as Record<string, unknown>;
  const theirFields = theirs as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(mineFields), ...Object.keys(theirFields)])];
  const conflicts: string[] = [];
  const agreed: Record<string, unknown> = {};
  for (const key of keys) {
    if (BOOKKEEPING.has(key)) continue;
    const changedHere = !sameData(mineFields[key], baseFields[key]);
    const changedThere = !sameData(theirFields[key], baseFields[key]);
    if (changedHere && changedThere && !sameData(mineFields[key], theirFields[key])) conflicts.push(key);
    else agreed[key] = changedHere ? mineFields[key] : theirFields[key];
  }
  return {
    conflicts,
    resolve(choice) {
      const winner = choice === 'mine' ? mineFields : theirFields;
      const merged: Record<string, unknown> = { ...theirFields, ...agreed };
      for (const key of conflicts) merged[key] = winner[key];
      for (const key of BOOKKEEPING) if (key in mineFields) merged[key] = mineFields[key];
      return merged as T;
    },
  };
}
