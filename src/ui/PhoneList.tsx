/**
 * The phone numbers of one record: a kind and a number per row, rows added
 * and removed in place. Each row keeps its id, so removing one never moves
 * what was typed, or the focus, into another.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { PHONE_KINDS, type PhoneKind } from '../domain/common';
import { LIMITS } from '../domain/limits';
import { newPhoneDraft, type PhoneDraft } from '../domain/phone-draft';
import { Button } from './Button';
import { Field } from './Field';
import { Select } from './Select';

/** The words of the list; `index` counts from 1, as people do. */
export interface PhoneListWords {
  legend: string;
  hint?: string;
  /** Shown when there is no row. */
  none?: string;
  kind: (index: number) => string;
  kindName: (kind: PhoneKind) => string;
  number: (index: number) => string;
  invalid: (index: number) => string;
  /** Beside a number kept as typed because it could not be checked. */
  unchecked: (index: number) => string;
  remove: (index: number) => string;
  add: string;
}

interface PhoneListProps {
  rows: readonly PhoneDraft[];
  /** `changed` is the id of the row typed in, added or removed. */
  onChange: (rows: PhoneDraft[], changed: string) => void;
  /** Ids of the rows with a number that cannot be kept (an error). */
  invalid: ReadonlySet<string>;
  /** Ids of the rows kept as typed because they could not be checked (a gentle note, not an error). */
  unchecked?: ReadonlySet<string>;
  words: PhoneListWords;
  /** The kind a new row starts with. */
  newKind: PhoneKind;
  /** Keep at least one row, to type the first number in. */
  keepOne?: boolean;
  className?: string;
}

export function PhoneList({
  rows,
  onChange,
  invalid,
  unchecked,
  words,
  newKind,
  keepOne = false,
  className,
}: PhoneListProps) {
  const id = useId();
  const list = useRef<HTMLFieldSetElement>(null);
  /** The row whose number takes the focus after a row is added or removed; null for the add button. */
  const [focusTarget, setFocusTarget] = useState<{ row: string | null } | null>(null);
  const kinds = PHONE_KINDS.map((kind) => ({ value: kind, label: words.kindName(kind) }));

  useEffect(() => {
    if (!focusTarget) return;
    const selector = focusTarget.row ? `[data-phone-row="${focusTarget.row}"] input` : '[data-phone-add]';
    list.current?.querySelector<HTMLElement>(selector)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function change(rowId: string, patch: Partial<Omit<PhoneDraft, 'id'>>) {
    onChange(
      rows.map((row) => (row.id === rowId ? { ...row, ...patch } : row)),
      rowId,
    );
  }

  function add() {
    const row = newPhoneDraft(newKind);
    onChange([...rows, row], row.id);
    setFocusTarget({ row: row.id });
  }

  function remove(rowId: string) {
    const index = rows.findIndex((row) => row.id === rowId);
    const rest = rows.filter((row) => row.id !== rowId);
    onChange(rest, rowId);
    // The row that takes its place, or the one before it, or the add button.
    setFocusTarget({ row: (rest[index] ?? rest[index - 1])?.id ?? null });
  }

  const removable = rows.length > (keepOne ? 1 : 0);
  return (
    <fieldset
      ref={list}
      className={['choices', 'phones', className].filter(Boolean).join(' ')}
      aria-describedby={words.hint ? `${id}-hint` : undefined}
    >
      <legend className="field__label">{words.legend}</legend>
      {words.hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {words.hint}
        </p>
      ) : null}
      {rows.length === 0 && words.none ? <p className="small">{words.none}</p> : null}
      {rows.map((row, index) => (
        <div key={row.id} className="phone-row" data-phone-row={row.id}>
          <Select
            label={words.kind(index + 1)}
            options={kinds}
            value={row.kind}
            onChange={(kind) => change(row.id, { kind })}
          />
          <Field
            label={words.number(index + 1)}
            error={invalid.has(row.id) ? words.invalid(index + 1) : null}
            note={unchecked?.has(row.id) ? words.unchecked(index + 1) : null}
            value={row.number}
            onChange={(event) => change(row.id, { number: event.target.value })}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            dir="ltr"
            limit={LIMITS.phoneNumber}
          />
          {removable ? (
            <Button variant="danger" onClick={() => remove(row.id)}>
              {words.remove(index + 1)}
            </Button>
          ) : null}
        </div>
      ))}
      {rows.length < LIMITS.phonesPerRecord ? (
        <Button data-phone-add onClick={add}>
          {words.add}
        </Button>
      ) : null}
    </fieldset>
  );
}
