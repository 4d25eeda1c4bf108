import { type InputHTMLAttributes, useId } from 'react';
import { useLimitMessage } from './field-limit';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | null;
  /** A gentle remark after the input, such as a number kept as typed: read out with it, never an error. */
  note?: string | null;
}

/** A labelled text input; its hint, error and note are announced with it, and so is reaching its length limit. */
export function Field({ label, hint, error, note, className, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const limitId = `${id}-limit`;
  const limit = useLimitMessage(label, input.value, input.maxLength);
  const describedBy =
    [hint ? hintId : null, error ? errorId : null, note ? noteId : null, limit ? limitId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {note ? (
        <p id={noteId} className="field__note">
          {note}
        </p>
      ) : null}
      {limit ? (
        <p id={limitId} className="field__note" role="status">
          {limit}
        </p>
      ) : null}
    </div>
  );
}
