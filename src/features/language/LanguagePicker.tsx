import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../ui/languages';

/** Every language in its own name. Hidden while the app speaks only one. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  if (LANGUAGES.length < 2) return null;
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
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
