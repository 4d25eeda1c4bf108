import { createContext, type KeyboardEvent, type ReactNode, useContext, useEffect, useRef } from 'react';
import { ReadAloud } from './ReadAloud';

/**
 * What every screen of a part of the app shows beside its title (behind the
 * passphrase: Lock). Given once around the screens, so no screen passes it on.
 */
export const ScreenActions = createContext<ReactNode>(null);

interface ScreenProps {
  title: string;
  children: ReactNode;
  /** Shown beside the title, before the actions every screen has. */
  actions?: ReactNode;
}

/** What Tab can reach, in document order. */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The first Tab from a screen's heading starts at the top of the page, as it
 * would after a page load: the quick exit comes first there, before the
 * sections and before anything on the screen. Shift+Tab and every other key
 * behave as usual.
 */
function startAtTheTop(event: KeyboardEvent<HTMLHeadingElement>) {
  if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  // Where a browser cannot tell what is shown, everything counts as shown.
  const first = [...document.querySelectorAll<HTMLElement>(TABBABLE)].find((element) =>
    typeof element.checkVisibility === 'function' ? element.checkVisibility() : true,
  );
  if (!first || first === event.currentTarget) return;
  event.preventDefault();
  first.focus();
}

/**
 * One screen's main content. Its heading takes focus when the screen appears,
 * so a screen reader announces where the person has arrived; the next Tab
 * goes to the quick exit, the first stop of the page. Under the title, when
 * the device has a voice for the language, the control that reads the
 * screen aloud.
 */
export function Screen({ title, children, actions }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shared = useContext(ScreenActions);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <main className="screen">
      <div className="screen__header">
        <h1 ref={heading} tabIndex={-1} className="screen__title" onKeyDown={startAtTheTop}>
          {title}
        </h1>
        {actions || shared ? (
          <div className="screen__actions">
            {actions}
            {shared}
          </div>
        ) : null}
        <ReadAloud />
      </div>
      {children}
    </main>
  );
}
