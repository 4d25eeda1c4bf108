/**
 * The very first screen on a new device: every language, each written in its
 * own script, as large buttons. The one the browser suggests comes first,
 * then those the host put first (the deployment configuration).
 */
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { DEPLOYMENT_START } from '../../ui/deployment-start';
import { chooserOrder } from '../../ui/languages';
import { Screen } from '../../ui/Screen';
import { chooseLanguage } from './choice';

export function FirstLanguage({ onChosen }: { onChosen: () => void }) {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const offered = chooserOrder(DEPLOYMENT_START.languagesFirst);
  const ordered = [
    ...offered.filter((language) => language.code === current),
    ...offered.filter((language) => language.code !== current),
  ];

  async function choose(code: string) {
    await chooseLanguage(i18n, code);
    onChosen();
  }

  return (
    <Screen title={t('language.choose')}>
      <p>{t('language.chooseHint')}</p>
      <ul className="language-list">
        {ordered.map((language) => (
          <li key={language.code}>
            <Button
              variant={language.code === current ? 'primary' : 'secondary'}
              className="language-list__button"
              lang={language.code}
              dir={language.dir}
              onClick={() => void choose(language.code)}
            >
              {language.name}
            </Button>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
