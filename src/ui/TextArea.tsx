import { type TextareaHTMLAttributes, useId } from 'react';
import { OVER_LIMIT_ATTRIBUTE, useLimit } from './field-limit';

// No `maxLength`: it cuts a paste short in silence. `limit` keeps the text and says it is too long.
interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'maxLength'> {
  label: string;
  hint?: string;
  /** Another element that explains this one, such as the question a note answers. */
  describedBy?: string;
  /** The most characters it can hold; more is kept, marked and named (field-limit.tsx). */
  limit?: number;
}

/** A labelled box for longer text, styled like the shared Field. */
export function TextArea({ label, hint, describedBy, limit, className, ...textarea }: TextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const tooLong = useLimit(textarea.value, limit);
  const invalid = tooLong.over > 0;
  const described =
    [hint ? hintId : null, describedBy, tooLong.message ? errorId : null].filter(Boolean).join(' ') || undefined;
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
      {tooLong.message ? (
        <p id={errorId} className="field__error" role="alert">
          {tooLong.message}
        </p>
      ) : null}
      <textarea
        id={id}
        className="field__input field__textarea"
        rows={3}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={described}
        {...{ [OVER_LIMIT_ATTRIBUTE]: invalid ? '' : undefined }}
        {...textarea}
      />
    </div>
  );
}
