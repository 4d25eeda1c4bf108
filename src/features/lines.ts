/**
 * The hours and languages of a hotline or organisation from the deployment
 * configuration, as one short line in the survivor's language. "any" and
 * "all" are said in their words; other hours are the host's own; language
 * codes are named by the browser in the survivor's language.
 */
import { useTranslation } from 'react-i18next';
import { ALL_LANGUAGES, answersAnyHour, type LineLanguages } from '../domain/deployment';

export function languageNames(languages: LineLanguages, uiLanguage: string): string {
  if (languages === ALL_LANGUAGES) return '';
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  } catch {
    names = null;
  }
  const named = languages.map((code) => names?.of(code) ?? code);
  return new Intl.ListFormat([uiLanguage], { type: 'conjunction' }).format(named);
}

/** "Open at any hour · All languages", or the parts the entry has; empty when it has neither. */
export function useLineFacts(): (entry: { hours?: string; languages?: LineLanguages }) => string {
  const { t, i18n } = useTranslation('common');
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;
  return ({ hours, languages }) => {
    const parts: string[] = [];
    if (hours !== undefined) parts.push(answersAnyHour(hours) ? t('line.anyHour') : t('line.hours', { hours }));
    if (languages !== undefined) {
      parts.push(
        languages === ALL_LANGUAGES
          ? t('line.allLanguages')
          : t('line.languages', { languages: languageNames(languages, uiLanguage) }),
      );
    }
    return parts.join(' · ');
  };
}
