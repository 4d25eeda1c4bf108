import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPLOYMENT_START } from '../../ui/deployment-start';
import { chooserOrder, PSEUDO_LANGUAGE } from '../../ui/languages';
import { chooseLanguage } from './choice';

/**
 * Every language in its own name, as a compact menu for the unlock and settings screens, in the
 * host's order. The pseudo-language is offered only while developing, to spot text that skipped translation.
 */
const OFFERED = import.meta.env.DEV
  ? [...chooserOrder(DEPLOYMENT_START.languagesFirst), PSEUDO_LANGUAGE]
  : chooserOrder(DEPLOYMENT_START.languagesFirst);

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
        {OFFERED.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
