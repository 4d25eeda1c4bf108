import { type ReactNode, useEffect, useRef } from 'react';

interface ScreenProps {
  title: string;
  children: ReactNode;
  /** Shown beside the title, such as a lock button. */
  actions?: ReactNode;
}

/**
 * One screen's main content. Its heading takes focus when the screen appears,
 * so a screen reader announces where the person has arrived.
 */
export function Screen({ title, children, actions }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <main className="screen">
      <div className="screen__header">
        <h1 ref={heading} tabIndex={-1} className="screen__title">
          {title}
        </h1>
        {actions ? <div className="screen__actions">{actions}</div> : null}
      </div>
      {children}
    </main>
  );
}
