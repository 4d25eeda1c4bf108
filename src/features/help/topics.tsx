/**
 * The four help pages. Each section is an h2 under the page's h1 (the
 * topic's title, from Screen). Words come from locales/<lang>/help.json;
 * facts that could go stale are wrapped in Fact, which names their source.
 */
import { useTranslation } from 'react-i18next';
import { dialOf } from '../../domain/deployment';
import { DEPLOYMENT } from '../../ui/deployment';
import { Notice } from '../../ui/Notice';
import { CallLink, Fact, NumberCard } from './parts';

export function DangerPage() {
  const { t } = useTranslation('help');
  const national = DEPLOYMENT.hotlines.filter((line) => line.reach === 'national');
  const local = DEPLOYMENT.hotlines.filter((line) => line.reach === 'local');
  return (
    <>
      <section className="help-section">
        <h2>{t('danger.call911.heading', { number: DEPLOYMENT.emergency.number })}</h2>
        <p>{t('danger.call911.when', { number: DEPLOYMENT.emergency.number })}</p>
        <NumberCard entry={DEPLOYMENT.emergency} name={t('numbers.emergency')} urgent />
        <Fact sources={['rosenblumLaw']}>
          <p>{t('danger.call911.language')}</p>
        </Fact>
      </section>
      {national.length > 0 ? (
        <section className="help-section">
          <h2>{t('danger.hotline.heading')}</h2>
          {national.map((line) => (
            <NumberCard key={`${line.name}-${line.number}`} entry={line} />
          ))}
        </section>
      ) : null}
      {local.length > 0 ? (
        <section className="help-section">
          <h2>{t('danger.local.heading')}</h2>
          <p>{t('danger.local.what')}</p>
          {local.map((line) => (
            <NumberCard key={`${line.name}-${line.number}`} entry={line} />
          ))}
        </section>
      ) : null}
      <section className="help-section">
        <h2>{t('danger.trace.heading')}</h2>
        <ul>
          <li>{t('danger.trace.log')}</li>
          <li>{t('danger.trace.delete')}</li>
          <li>{t('danger.trace.bill')}</li>
          <li>{t('danger.trace.otherPhone')}</li>
        </ul>
        <p>{t('danger.trace.choose')}</p>
      </section>
    </>
  );
}

export function RightsPage() {
  const { t } = useTranslation('help');
  return (
    <>
      <Notice tone="info" title={t('rights.notAdvice.title')} live={false}>
        <p>{t('rights.notAdvice.body')}</p>
      </Notice>
      <section className="help-section">
        <h2>{t('rights.police.heading')}</h2>
        <Fact sources={['theNetwork']}>
          <p>{t('rights.police.anyone')}</p>
        </Fact>
        <Fact sources={['rosenblumLaw']}>
          <p>{t('rights.police.states')}</p>
        </Fact>
      </section>
      <section className="help-section">
        <h2>{t('rights.orders.heading')}</h2>
        <Fact sources={['rosenblumLaw']}>
          <p>{t('rights.orders.what')}</p>
          <p>{t('rights.orders.everyone')}</p>
          <p>{t('rights.orders.broken', { number: DEPLOYMENT.emergency.number })}</p>
        </Fact>
      </section>
      <section className="help-section">
        <h2>{t('rights.visas.heading')}</h2>
        <Fact sources={['theNetwork']}>
          <p>{t('rights.visas.what')}</p>
          <ul>
            <li>{t('rights.visas.u')}</li>
            <li>{t('rights.visas.t')}</li>
          </ul>
          <p>{t('rights.visas.police')}</p>
        </Fact>
        <Fact sources={['startEarly']}>
          <p className="strong">{t('rights.visas.lawyer')}</p>
        </Fact>
      </section>
      <section className="help-section">
        <h2>{t('rights.early.heading')}</h2>
        <Fact sources={['startEarly']}>
          <p>{t('rights.early.now')}</p>
          <p>{t('rights.early.waitingList')}</p>
        </Fact>
      </section>
    </>
  );
}

const EVIDENCE_KINDS = ['photos', 'letters', 'messages', 'voicemails', 'records', 'court', 'support', 'diary'] as const;

export function EvidencePage() {
  const { t } = useTranslation('help');
  return (
    <>
      <p>{t('evidence.intro')}</p>
      <section className="help-section">
        <h2>{t('evidence.keep.heading')}</h2>
        <Fact sources={['startEarly', 'theNetwork']}>
          <ul>
            {EVIDENCE_KINDS.map((kind) => (
              <li key={kind}>{t(`evidence.keep.items.${kind}`)}</li>
            ))}
          </ul>
        </Fact>
      </section>
      <section className="help-section">
        <h2>{t('evidence.copies.heading')}</h2>
        <p>{t('evidence.copies.away')}</p>
        <Fact sources={['safeContacts']}>
          <p>{t('evidence.copies.trusted')}</p>
        </Fact>
        <p>{t('evidence.copies.notShared')}</p>
      </section>
    </>
  );
}

const PROTECTS = ['encrypted', 'offline', 'exit', 'lock'] as const;
const CANNOT = ['history', 'passphrase', 'screen', 'spyware'] as const;

export function TechnologyPage() {
  const { t } = useTranslation('help');
  // The first national line the host lists; a deployment may have none.
  const hotline = DEPLOYMENT.hotlines.find((line) => line.reach === 'national');
  // The app's own button names, so the words here match the buttons on screen.
  const names = { exit: t('safety:exit.button'), lock: t('common:actions.lock') };
  return (
    <>
      <section className="help-section">
        <h2>{t('technology.watched.heading')}</h2>
        <p>{t('technology.watched.body')}</p>
        <p>{t('technology.watched.safer')}</p>
        {hotline ? (
          <Fact sources={['startEarly']}>
            <p>{t('technology.watched.hotline')}</p>
            <CallLink
              scheme="tel"
              number={dialOf(hotline.number, DEPLOYMENT.country)}
              display={hotline.number}
              name={hotline.name}
            />
          </Fact>
        ) : null}
      </section>
      <section className="help-section">
        <h2>{t('technology.history.heading')}</h2>
        <p>{t('technology.history.body')}</p>
        <p>{t('technology.history.clear')}</p>
      </section>
      <section className="help-section">
        <h2>{t('technology.accounts.heading')}</h2>
        <p>{t('technology.accounts.body')}</p>
        <p>{t('technology.accounts.check')}</p>
      </section>
      <section className="help-section">
        <h2>{t('technology.protects.heading')}</h2>
        <ul>
          {PROTECTS.map((item) => (
            <li key={item}>{t(`technology.protects.items.${item}`, names)}</li>
          ))}
        </ul>
      </section>
      <section className="help-section">
        <h2>{t('technology.cannot.heading')}</h2>
        <ul>
          {CANNOT.map((item) => (
            <li key={item}>{t(`technology.cannot.items.${item}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
