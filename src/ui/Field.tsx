import { type InputHTMLAttributes, useId } from 'react';
import { OVER_LIMIT_ATTRIBUTE, useLimit } from './field-limit';

// No `maxLength`: it cuts a paste short in silence. `limit` keeps the text and says it is too long.
interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'maxLength'> {
  label: string;
  hint?: string;
  error?: string | null;
  /** A gentle remark after the input, such as a number kept as typed: read out with it, never an error. */
  note?: string | null;
  /** The most characters it can hold; more is kept, marked and named (field-limit.tsx). */
  limit?: number;
}

/** A labelled text input; its hint, error and note are announced with it, and so is going over its limit. */
export function Field({ label, hint, error, note, limit, className, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const tooLong = useLimit(input.value, limit);
  // A refused save's message comes first; while there is none, the field says it is too long.
  const shown = error || tooLong.message;
  const invalid = Boolean(error) || tooLong.over > 0;
  const describedBy =
    [hint ? hintId : null, shown ? errorId : null, note ? noteId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', invalid ? 'field--error' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {shown ? (
        <p id={errorId} className="field__error" role="alert">
          {shown}
        </p>
      ) : null}
      <input
        id={id}
        className="field__input"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        {...{ [OVER_LIMIT_ATTRIBUTE]: tooLong.over > 0 ? '' : undefined }}
        {...input}
      />
      {note ? (
        <p id={noteId} className="field__note">
          {note}
        </p>
      ) : null}
    </div>
  );
}
