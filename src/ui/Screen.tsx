import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';

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

/**
 * One screen's main content. Its heading takes focus when the screen appears,
 * so a screen reader announces where the person has arrived.
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
        <h1 ref={heading} tabIndex={-1} className="screen__title">
          {title}
        </h1>
        {actions || shared ? (
          <div className="screen__actions">
            {actions}
            {shared}
          </div>
        ) : null}
      </div>
      {children}
    </main>
  );
}
