import { type ReactElement, useId } from 'react';

/** A select hands back strings or numbers, whichever its options hold. */
export type SelectValue = string | number;

export interface SelectOption<T extends SelectValue> {
  value: T;
  label: string;
}

interface SelectBase<T extends SelectValue> {
  label: string;
  /** Read out but not shown, where the row around the select already says what it is for. */
  labelHidden?: boolean;
  hint?: string;
  options: readonly SelectOption<T>[];
  disabled?: boolean;
  className?: string;
}

interface OneOf<T extends SelectValue> extends SelectBase<T> {
  value: T;
  onChange: (value: T) => void;
  emptyLabel?: undefined;
}

interface OneOrNone<T extends SelectValue> extends SelectBase<T> {
  value: T | null;
  onChange: (value: T | null) => void;
  /** The words for choosing nothing, offered first. */
  emptyLabel: string;
}

export type SelectProps<T extends SelectValue> = OneOf<T> | OneOrNone<T>;

/**
 * A labelled native select: the phone's own picker, read out by every
 * screen reader. It hands back one of its options' values, typed, so no
 * caller has to trust the string the browser gives (numbers come back as
 * numbers).
 */
export function Select<T extends SelectValue>(props: OneOf<T>): ReactElement;
export function Select<T extends SelectValue>(props: OneOrNone<T>): ReactElement;
export function Select<T extends SelectValue>(props: SelectProps<T>): ReactElement {
  const id = useId();
  const hintId = `${id}-hint`;

  function choose(text: string) {
    const option = props.options.find((candidate) => String(candidate.value) === text);
    if (props.emptyLabel !== undefined) props.onChange(option ? option.value : null);
    else if (option) props.onChange(option.value);
  }

  return (
    <div className={['field', props.className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={props.labelHidden ? 'visually-hidden' : 'field__label'}>
        {props.label}
      </label>
      {props.hint ? (
        <p id={hintId} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      <select
        id={id}
        className="field__select"
        value={props.value === null ? '' : String(props.value)}
        disabled={props.disabled}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(event) => choose(event.target.value)}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Options from a list of values and a way to name each. */
export function optionsOf<T extends SelectValue>(values: readonly T[], name: (value: T) => string): SelectOption<T>[] {
  return values.map((value) => ({ value, label: name(value) }));
}
