/**
 * Call and text links. The first time, a short note says that calls and
 * messages show in the phone's logs and bill; after that the links work at once.
 * Text is offered only for a mobile number without an extension: a text to a
 * landline or to an office's extension does not arrive.
 *
 * The links are a plain component: the list renders many of them, so the
 * words, whether the note was seen and what to do on a tap come from the
 * list, which holds the one note that can be open at a time.
 */
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { PhoneKind } from '../../domain/common';
import { type PhoneView, phoneView } from '../../domain/phone';
import { Button } from '../../ui/Button';

interface ContactLinksProps {
  number: string;
  /** What kind of number it is; Text is offered only for a mobile. */
  kind: PhoneKind;
  name: string;
  /** The words of the links, looked up once for the whole list. */
  words: LinkWords;
  t: TFunction<'list'>;
  /** Whether the note about call logs was seen; until then a tap opens it first. */
  noticeSeen: boolean;
  /** The link waiting behind the note, when the note is open under these links. */
  pending: string | null;
  /** Which links these are (a record and its number), so the note opens under the links tapped. */
  owner: string;
  /** A tap on a link while the note is still to be seen. */
  onAsk: (owner: string, href: string) => void;
  /** Goes on with the link once the note was read. */
  onFollow: (href: string) => void;
  onCancel: () => void;
}

export interface LinkWords {
  call: string;
  text: string;
}

/** Whether a number can take a text message: a mobile number with no extension. */
export function textable(kind: PhoneKind, dial: string): boolean {
  return kind === 'mobile' && !dial.includes(';ext=');
}

/**
 * How a stored number shows and dials, kept once worked out: parsing is the
 * costly part of a row, and the list renders the same numbers again and again.
 */
const views = new Map<string, PhoneView>();
const MOST_VIEWS = 2000;

function viewOf(number: string): PhoneView {
  let view = views.get(number);
  if (!view) {
    if (views.size >= MOST_VIEWS) views.clear();
    view = phoneView(number);
    views.set(number, view);
  }
  return view;
}

export const ContactLinks = memo(function ContactLinks({
  number,
  kind,
  name,
  words,
  t,
  noticeSeen,
  pending,
  owner,
  onAsk,
  onFollow,
  onCancel,
}: ContactLinksProps) {
  const { display, dial } = viewOf(number);
  const links = [{ href: `tel:${dial}`, label: words.call }];
  if (textable(kind, dial)) links.push({ href: `sms:${dial}`, label: words.text });

  return (
    <div className="contact-links">
      {/* The number reads left to right, and sits where the page's lines start (the right in Arabic or Farsi). */}
      <div>
        <span className="contact-links__number" dir="ltr">
          {display}
        </span>
      </div>
      <div className="row">
        {links.map((link) => (
          <a
            key={link.href}
            className="button button--secondary"
            href={link.href}
            aria-label={`${link.label}: ${name}, ${display}`}
            onClick={(event) => {
              if (noticeSeen) return;
              event.preventDefault();
              onAsk(owner, link.href);
            }}
          >
            {link.label}
          </a>
        ))}
      </div>
      {pending ? (
        <div className="notice notice--info" role="alert">
          <p className="notice__title">{t('callNotice.title')}</p>
          <p>{t('callNotice.body')}</p>
          <div className="row">
            <Button variant="primary" onClick={() => onFollow(pending)}>
              {t('callNotice.continue')}
            </Button>
            <Button onClick={onCancel}>{t('callNotice.cancel')}</Button>
          </div>
        </div>
      ) : null}
    </div>
  );
});
