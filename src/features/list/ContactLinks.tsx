/**
 * Call and text links. The first time, a short note says that calls and
 * messages show in the phone's logs and bill; after that the links work at once.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneView } from '../../domain/phone';
import { Button } from '../../ui/Button';
import { useContents, useSession } from '../notebook';

export function ContactLinks({ number, name }: { number: string; name: string }) {
  const { t } = useTranslation('list');
  const session = useSession();
  const { settings } = useContents();
  const [pending, setPending] = useState<string | null>(null);
  const { display, dial } = phoneView(number);
  const links = [
    { href: `tel:${dial}`, label: t('actions.call') },
    { href: `sms:${dial}`, label: t('actions.text') },
  ];

  function follow(href: string) {
    void session.saveSettings({ ...settings, callNoticeSeen: true }).catch(() => undefined);
    globalThis.location.assign(href);
  }

  return (
    <div className="contact-links">
      <span className="contact-links__number" dir="ltr">
        {display}
      </span>
      <div className="row">
        {links.map((link) => (
          <a
            key={link.href}
            className="button button--secondary"
            href={link.href}
            aria-label={`${link.label}: ${name}, ${display}`}
            onClick={(event) => {
              if (settings.callNoticeSeen) return;
              event.preventDefault();
              setPending(link.href);
            }}
          >
            {link.label}
          </a>
        ))}
      </div>
      {pending ? (
        <div className="notice notice--info" role="alert">
          <p id="call-notice-title" className="notice__title">
            {t('callNotice.title')}
          </p>
          <p>{t('callNotice.body')}</p>
          <div className="row">
            <Button variant="primary" onClick={() => follow(pending)}>
              {t('callNotice.continue')}
            </Button>
            <Button onClick={() => setPending(null)}>{t('callNotice.cancel')}</Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
