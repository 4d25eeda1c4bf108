import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'error' | 'success';
  title?: string;
  children: ReactNode;
  /** Errors interrupt (role=alert); other notices wait their turn (role=status). */
  live?: boolean;
}

export function Notice({ tone, title, children, live = true }: NoticeProps) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={`notice notice--${tone}`} role={role}>
      {title ? <p className="notice__title">{title}</p> : null}
      <div className="notice__body">{children}</div>
    </div>
  );
}
