import { type ReactNode, useId } from 'react';
import type { SelectOption } from './Select';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  hint?: string;
  options: readonly SelectOption<T>[];
  value: readonly T[];
  /** The values ticked, always in the order of the options. */
  onChange: (value: T[]) => void;
  /** Shown under an option, such as a field that only matters once it is ticked. */
  detail?: (value: T, checked: boolean) => ReactNode;
  /** More fields that belong to the group, after the boxes. */
  children?: ReactNode;
  className?: string;
}

/** Boxes to tick, grouped under a legend that is read out with each of them. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
  detail,
  children,
  className,
}: CheckboxGroupProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const chosen = new Set<T>(value);

  function toggle(option: T, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(option);
    else next.delete(option);
    onChange(options.map((candidate) => candidate.value).filter((candidate) => next.has(candidate)));
  }

  return (
    <fieldset className={['choices', className].filter(Boolean).join(' ')} aria-describedby={hint ? hintId : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {options.map((option) => {
        const checked = chosen.has(option.value);
        return (
          <div key={option.value}>
            <label className="check">
              <input
                type="checkbox"
                checked={checked}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span>{option.label}</span>
            </label>
            {detail?.(option.value, checked)}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
