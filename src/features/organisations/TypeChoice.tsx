import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, type OrganisationType } from '../../domain/organisation';

interface TypeChoiceProps {
  value: OrganisationType | null;
  onChange: (type: OrganisationType) => void;
}

/** The six kinds of organisation, each with a plain description read out with it. */
export function TypeChoice({ value, onChange }: TypeChoiceProps) {
  const { t } = useTranslation('organisations');
  const id = useId();
  return (
    <fieldset className="choices" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('type.legend')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('type.hint')}
      </p>
      {ORGANISATION_TYPES.map((type) => (
        <label key={type} className="choice type-choice">
          <input
            type="radio"
            name={`${id}-type`}
            value={type}
            checked={value === type}
            onChange={() => onChange(type)}
            aria-labelledby={`${id}-${type}-label`}
            aria-describedby={`${id}-${type}-description`}
          />
          <span className="type-choice__text">
            <span id={`${id}-${type}-label`} className="strong">
              {t(`type.options.${type}.label`)}
            </span>
            <span id={`${id}-${type}-description`} className="small">
              {t(`type.options.${type}.description`)}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
