import { type TextareaHTMLAttributes, useId } from 'react';
import { useLimitMessage } from './field-limit';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  /** Another element that explains this one, such as the question a note answers. */
  describedBy?: string;
}

/** A labelled box for longer text, styled like the shared Field. */
export function TextArea({ label, hint, describedBy, className, ...textarea }: TextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const limitId = `${id}-limit`;
  const limit = useLimitMessage(label, textarea.value, textarea.maxLength);
  const described = [hint ? hintId : null, describedBy, limit ? limitId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <textarea id={id} className="field__input field__textarea" rows={3} aria-describedby={described} {...textarea} />
      {limit ? (
        <p id={limitId} className="field__note" role="status">
          {limit}
        </p>
      ) : null}
    </div>
  );
}
