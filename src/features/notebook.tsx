/** React access to the notebook session, for every feature. */
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { NotebookSession, SessionState, VaultContents } from '../vault';

const SessionContext = createContext<NotebookSession | null>(null);

export function NotebookProvider({ session, children }: { session: NotebookSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): NotebookSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a NotebookProvider');
  return session;
}

export function useSessionState(): SessionState {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

/** The decrypted contents; only for screens shown while unlocked. */
export function useContents(): VaultContents {
  const state = useSessionState();
  if (state.phase !== 'unlocked') throw new Error('useContents needs an unlocked notebook');
  return state.contents;
}
