import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/domain/history';
import { mergeContents, type NotebookContents } from '../../src/domain/merge';
import { newOrganisation, type Organisation } from '../../src/domain/organisation';
import { newPerson, type Person } from '../../src/domain/person';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/settings';

const T0 = '2025-03-01T10:00:00.000Z';
const T1 = '2025-03-01T11:00:00.000Z';
const T2 = '2025-03-01T12:00:00.000Z';

function personAt(id: string, label: string, updatedAt: string): Person {
  return { ...newPerson({ id, label, now: T0 }), updatedAt };
}

function organisationAt(id: string, name: string, updatedAt: string): Organisation {
  return { ...newOrganisation({ id, name, now: T0 }), updatedAt };
}

function entry(id: string, to: string): HistoryEntry {
  return { id, personId: 'p1', at: T0, field: 'level', from: null, to, reason: '' };
}

function contents(extra: Partial<NotebookContents> = {}): NotebookContents {
  return { people: [], organisations: [], history: [], settings: DEFAULT_SETTINGS, ...extra };
}

describe('merging a protected copy into the notebook', () => {
  it('keeps the later version of a person or organisation found on both sides', () => {
    const current = contents({
      people: [personAt('p1', 'Ana here', T2), personAt('p2', 'Bo here', T0)],
      organisations: [organisationAt('o1', 'Shelter here', T0)],
    });
    const incoming = contents({
      people: [personAt('p1', 'Ana in copy', T1), personAt('p2', 'Bo in copy', T1)],
      organisations: [organisationAt('o1', 'Shelter in copy', T2)],
    });
    const merged = mergeContents(current, incoming);
    expect(merged.people.map((item) => item.label)).toEqual(['Ana here', 'Bo in copy']);
    expect(merged.organisations.map((item) => item.name)).toEqual(['Shelter in copy']);
  });

  it("keeps the notebook's own version when both were changed at the same moment, however it is written", () => {
    const current = contents({ people: [personAt('p1', 'Ana here', '2025-03-01T12:00:00.000Z')] });
    const incoming = contents({ people: [personAt('p1', 'Ana in copy', '2025-03-01T14:00:00+02:00')] });
    expect(mergeContents(current, incoming).people.map((item) => item.label)).toEqual(['Ana here']);
  });

  it('compares moments, not text, when offsets differ', () => {
    // As text, "13:00+05:00" sorts after "09:00Z", but it is earlier (08:00Z).
    const current = contents({ people: [personAt('p1', 'Ana here', '2025-03-01T09:00:00Z')] });
    const incoming = contents({ people: [personAt('p1', 'Ana in copy', '2025-03-01T13:00:00+05:00')] });
    expect(mergeContents(current, incoming).people.map((item) => item.label)).toEqual(['Ana here']);
  });

  it('keeps records found on one side only, the notebook first', () => {
    const current = contents({
      people: [personAt('p1', 'Only here', T0)],
      organisations: [organisationAt('o1', 'Org here', T0)],
    });
    const incoming = contents({
      people: [personAt('p2', 'Only in copy', T0)],
      organisations: [organisationAt('o2', 'Org in copy', T0)],
    });
    const merged = mergeContents(current, incoming);
    expect(merged.people.map((item) => item.id)).toEqual(['p1', 'p2']);
    expect(merged.organisations.map((item) => item.id)).toEqual(['o1', 'o2']);
  });

  it('joins the history of both sides, each entry once', () => {
    const merged = mergeContents(
      contents({ history: [entry('h1', 'full'), entry('h2', 'partial')] }),
      contents({ history: [entry('h2', 'partial'), entry('h3', 'none')] }),
    );
    expect(merged.history.map((item) => item.id)).toEqual(['h1', 'h2', 'h3']);
  });

  it("keeps the notebook's settings", () => {
    const own: Settings = { ...DEFAULT_SETTINGS, autoLockMinutes: 2 };
    const merged = mergeContents(
      contents({ settings: own }),
      contents({ settings: { ...DEFAULT_SETTINGS, autoLockMinutes: 50 } }),
    );
    expect(merged.settings).toBe(own);
  });

  it('changes neither side', () => {
    const current = contents({ people: [personAt('p1', 'Ana', T0)] });
    const incoming = contents({ people: [personAt('p1', 'Ana new', T1), personAt('p2', 'Bo', T0)] });
    const snapshot = structuredClone({ current, incoming });
    mergeContents(current, incoming);
    expect({ current, incoming }).toEqual(snapshot);
  });

  describe('properties', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const moment = fc.integer({ min: 0, max: 5 }).map((hour) => `2025-03-01T0${hour}:00:00.000Z`);
    const people = fc.uniqueArray(
      fc
        .record({ id: ids, label: fc.constantFrom('x', 'y', 'z'), at: moment })
        .map(({ id, label, at }) => personAt(id, label, at)),
      { selector: (item) => item.id, maxLength: 5 },
    );
    const history = fc.uniqueArray(
      fc.record({ id: ids, to: fc.constantFrom('full', 'none') }).map(({ id, to }) => entry(id, to)),
      { selector: (item) => item.id, maxLength: 5 },
    );
    const side = fc.record({ people, history }).map((parts) => contents(parts));

    it('holds each id once, from whichever side has it, never changed later than the winner', () => {
      fc.assert(
        fc.property(side, side, (current, incoming) => {
          const merged = mergeContents(current, incoming);
          const mergedIds = merged.people.map((item) => item.id);
          expect(new Set(mergedIds).size).toBe(mergedIds.length);
          expect(new Set(mergedIds)).toEqual(new Set([...current.people, ...incoming.people].map((item) => item.id)));
          for (const winner of merged.people) {
            const own = current.people.find((item) => item.id === winner.id);
            const other = incoming.people.find((item) => item.id === winner.id);
            expect([own, other]).toContain(winner);
            for (const candidate of [own, other]) {
              if (candidate)
                expect(Date.parse(winner.updatedAt)).toBeGreaterThanOrEqual(Date.parse(candidate.updatedAt));
            }
          }
          expect(new Set(merged.history.map((item) => item.id))).toEqual(
            new Set([...current.history, ...incoming.history].map((item) => item.id)),
          );
        }),
        { numRuns: 500 },
      );
    });

    it('merging the same copy twice changes nothing more', () => {
      fc.assert(
        fc.property(side, side, (current, incoming) => {
          const once = mergeContents(current, incoming);
          expect(mergeContents(once, incoming)).toEqual(once);
        }),
        { numRuns: 500 },
      );
    });
  });
});
