/**
 * The shell: picks the screen from the session's phase. Screens change by
 * state, never by URL, so the app adds nothing to the browser's history.
 *
 * The screen is two parts: the page, which scrolls, and below it the bar with
 * Exit (and, once unlocked, the sections). The page ends where the bar
 * begins, so the bar never lies over anything and nothing scrolls under it.
 * The bar comes first in the document: Exit is the first stop for a keyboard
 * and for a screen reader, inside the page's banner.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChosenLanguage } from '../features/language/choice';
import { FirstLanguage } from '../features/language/FirstLanguage';
import { useSession, useSessionState } from '../features/notebook';
import { CreatePassphrase } from '../features/setup/CreatePassphrase';
import { Unavailable } from '../features/unavailable/Unavailable';
import { LockMissing } from '../features/unlock/LockMissing';
import { Unlock } from '../features/unlock/Unlock';
import { usePageLifecycleGuard } from '../safety/auto-lock';
import { QuickExit } from '../safety/QuickExit';
import { PendingChangesProvider } from '../ui/pending-changes';
import { UNLOCKED_NAMESPACES } from './i18n';
import { LoadFailure } from './LoadFailure';
import { NavBarSlot } from './NavBar';
import { UpdatePrompt } from './UpdatePrompt';

/** Everything behind the passphrase loads only after unlocking. */
const Unlocked = lazy(() => import('./Unlocked'));

export function App() {
  const session = useSession();
  const state = useSessionState();
  usePageLifecycleGuard(() => session.lockThisTab());
  const [navBarSlot, setNavBarSlot] = useState<HTMLElement | null>(null);
  return (
    <div className="shell">
      <header className="dock">
        {/* Leaving locks every tab of the app, not only this one. */}
        <QuickExit lock={() => session.lock()} />
        <div className="dock__sections" ref={setNavBarSlot} />
      </header>
      {/* Around the update prompt too: an update waits while a form has unsaved changes. */}
      <PendingChangesProvider>
        <div className="shell__page">
          <UpdatePrompt />
          <NavBarSlot.Provider value={navBarSlot}>
            <Phase state={state} />
          </NavBarSlot.Provider>
        </div>
      </PendingChangesProvider>
    </div>
  );
}

function Phase({ state }: { state: ReturnType<typeof useSessionState> }) {
  // Read on every render and on every change in another tab: deleting everything forgets the language too.
  const chosen = useChosenLanguage();
  const [, languageWasChosen] = useState(0);
  switch (state.phase) {
    case 'starting':
      return <Loading />;
    case 'unavailable':
      return <Unavailable reason={state.reason} canReload={false} />;
    case 'blocked':
      return <Unavailable reason="blocked-by-other-tab" canReload={false} />;
    case 'closed':
      return <Unavailable reason={state.reason} canReload />;
    case 'new':
      // On a new device the language comes first, before any other word.
      return chosen !== null ? (
        <CreatePassphrase />
      ) : (
        <FirstLanguage onChosen={() => languageWasChosen((count) => count + 1)} />
      );
    case 'lock-missing':
      return <LockMissing />;
    case 'locked':
      return <Unlock />;
    case 'unlocked':
      return (
        <LoadFailure>
          <Suspense fallback={<Loading />}>
            <UnlockedScreens />
          </Suspense>
        </LoadFailure>
      );
  }
}

/** The screens behind the passphrase, once their words are loaded too. */
function UnlockedScreens() {
  const { ready } = useTranslation(UNLOCKED_NAMESPACES);
  return ready ? <Unlocked /> : <Loading />;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <main className="screen">
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}
