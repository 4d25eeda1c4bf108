/**
 * The help pages, behind the passphrase and fully offline: a short list of
 * topics, each opening a plain page. Which page is open is the caller's to
 * keep (`topic`), told through `onTopic`; never the URL or the history.
 * A new Screen per page moves focus to that page's heading.
 */
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { dialOf } from '../../domain/deployment';
import { Button } from '../../ui/Button';
import { DEPLOYMENT } from '../../ui/deployment';
import { Screen } from '../../ui/Screen';
import { CallLink } from './parts';
import { DangerPage, EvidencePage, RightsPage, TechnologyPage } from './topics';
import './help.css';

export const HELP_TOPICS = ['danger', 'rights', 'evidence', 'technology'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

const PAGES: Record<HelpTopic, ComponentType> = {
  danger: DangerPage,
  rights: RightsPage,
  evidence: EvidencePage,
  technology: TechnologyPage,
};

export interface HelpProps {
  /** The open page; null: the list of topics. */
  topic: HelpTopic | null;
  /** The person chose a page, or (null) went back to the list of topics. */
  onTopic: (topic: HelpTopic | null) => void;
}

export function Help({ topic, onTopic }: HelpProps) {
  const { t } = useTranslation('help');

  if (topic) {
    const Page = PAGES[topic];
    const back = (
      <Button className="help-back" onClick={() => onTopic(null)}>
        {t('back')}
      </Button>
    );
    return (
      <Screen key={topic} title={t(`topics.${topic}.title`)}>
        <div className={`help-page help-page--${topic}`}>
          {back}
          <Page />
          {back}
        </div>
      </Screen>
    );
  }

  const { emergency, country } = DEPLOYMENT;
  return (
    <Screen key="topics" title={t('title')}>
      <p>{t('intro')}</p>
      <div className="help-now">
        <p className="strong">{t('now')}</p>
        <CallLink
          scheme="tel"
          number={dialOf(emergency.number, country)}
          display={emergency.number}
          name={t('numbers.emergency')}
          urgent
        />
      </div>
      <h2>{t('topicsHeading')}</h2>
      <ul className="help-topics">
        {HELP_TOPICS.map((item) => (
          <li key={item} className="help-topic">
            <Button className="help-topic__open" onClick={() => onTopic(item)}>
              {t(`topics.${item}.title`)}
            </Button>
            <p className="small">{t(`topics.${item}.summary`)}</p>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
