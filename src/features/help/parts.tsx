/**
 * The pieces the help pages are made of: a fact with the page it comes from,
 * and a phone number as a large call link. Numbers sit in a left-to-right
 * island so they read the same in Arabic and Farsi. Links are plain tel: and
 * sms: links with nothing in between: calling 911 is one tap.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dialOf, type Hotline } from '../../domain/deployment';
import { SOURCES, type SourceId } from '../../domain/sources';
import { DEPLOYMENT } from '../../ui/deployment';
import { useLineFacts } from '../lines';

/** "Source: …", the page's own name as plain text (never a link: the app contacts no other server). */
export function SourceLine({ name }: { name: string }) {
  const { t } = useTranslation('help');
  return (
    <p className="help-source">
      {t('sourceLabel')} <bdi>{name}</bdi>
    </p>
  );
}

/** Something that could change (a rule, a service), shown with where it comes from. */
export function Fact({ sources, children }: { sources: readonly SourceId[]; children: ReactNode }) {
  return (
    <div className="help-fact">
      {children}
      {sources.map((id) => (
        <SourceLine key={id} name={SOURCES[id].name} />
      ))}
    </div>
  );
}

interface CallLinkProps {
  scheme: 'tel' | 'sms';
  number: string;
  /** What the number is shown as, when not the number itself. */
  display?: string;
  /** Who answers, for a screen reader, after the words shown (WCAG 2.5.3); the page shows it just before. */
  name: string;
  urgent?: boolean;
}

export function CallLink({ scheme, number, display = number, name, urgent = false }: CallLinkProps) {
  const { t } = useTranslation('help');
  const verb = scheme === 'tel' ? t('call') : t('text');
  const classes = ['button', urgent ? 'help-call--urgent' : 'button--primary', 'help-call'].join(' ');
  return (
    <a className={classes} href={`${scheme}:${number}`} aria-label={`${verb} ${display}, ${name}`}>
      <span className="help-call__verb">{verb}</span>{' '}
      <bdi dir="ltr" className="help-call__number">
        {display}
      </bdi>
    </a>
  );
}

/** A number of the deployment configuration: the region's emergency number (named in the survivor's words) or a hotline. */
export type CardLine = Pick<Hotline, 'number' | 'source'> &
  Partial<Pick<Hotline, 'name' | 'alsoWritten' | 'sms' | 'hours' | 'languages'>>;

interface NumberCardProps {
  entry: CardLine;
  /** Who answers, when the entry has no name of its own (the emergency number). */
  name?: string;
  urgent?: boolean;
}

/** A number from the deployment configuration: who answers, when and in which languages, the links, and its source. */
export function NumberCard({ entry, name = entry.name ?? '', urgent = false }: NumberCardProps) {
  const { t } = useTranslation('help');
  const facts = useLineFacts();
  const about = facts(entry);
  const { country } = DEPLOYMENT;
  return (
    <div className="help-fact help-number">
      <p className="help-number__name">
        <bdi>{name}</bdi>
      </p>
      {about ? <p className="small">{about}</p> : null}
      <div className="row">
        <CallLink
          scheme="tel"
          number={dialOf(entry.number, country)}
          display={entry.number}
          name={name}
          urgent={urgent}
        />
        {entry.sms ? (
          <CallLink scheme="sms" number={dialOf(entry.sms, country)} display={entry.sms} name={name} />
        ) : null}
      </div>
      {entry.alsoWritten ? (
        <p>
          {t('alsoWritten')}{' '}
          <bdi dir="ltr" className="help-number__also">
            {entry.alsoWritten}
          </bdi>
        </p>
      ) : null}
      <SourceLine name={entry.source} />
    </div>
  );
}
