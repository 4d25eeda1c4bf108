import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../ui/languages';
import { chooseLanguage } from './choice';

/** Every language in its own name, as a compact menu for the unlock and settings screens. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => void chooseLanguage(i18n, event.target.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
