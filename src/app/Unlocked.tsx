/**
 * The screens behind the passphrase, the sections to move between them (in
 * the shell's bottom bar) and Lock beside every screen's title.
 * Screens change by the navigation reducer's state, never by URL: nothing is
 * added to the history.
 */
import { type Dispatch, useCallback, useContext, useReducer, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ReviewAnswer, ReviewQuestion } from '../domain/review';
import { Backup } from '../features/backup/Backup';
import { ContactsFile } from '../features/backup/ContactsFile';
import { Circles } from '../features/circles/Circles';
import { Emergency } from '../features/emergency/Emergency';
import { Guide } from '../features/guide/Guide';
import { ScreeningChooser } from '../features/guide/ScreeningChooser';
import { StepScreen } from '../features/guide/StepScreen';
import type { Step } from '../features/guide/steps';
import { Help } from '../features/help/Help';
import { PersonDetails } from '../features/list/PersonDetails';
import type { Grouping } from '../features/list/TheList';
import { useContents, useSession } from '../features/notebook';
import { Organisations } from '../features/organisations/Organisations';
import { PaperCopy } from '../features/paper/PaperCopy';
import { People } from '../features/people/People';
import { KeepCurrent } from '../features/review/KeepCurrent';
import { Review, type ReviewAnswers } from '../features/review/Review';
import { Screening } from '../features/screening/Screening';
import { Settings } from '../features/settings/Settings';
import { StorageWarning } from '../features/storage/StorageWarning';
import { useAutoLock } from '../safety/auto-lock';
import { Button } from '../ui/Button';
import { FieldLimitContext, type LimitWords } from '../ui/field-limit';
import { LockIcon } from '../ui/icons';
import { Notice } from '../ui/Notice';
import { PendingChangesProvider, useConfirmLeave } from '../ui/pending-changes';
import { Screen, ScreenActions } from '../ui/Screen';
import { NavBar, NavBarSlot } from './NavBar';
import { currentSection, INITIAL_NAVIGATION, type NavigationAction, navigate, type View } from './navigation';

export default function Unlocked() {
  const { t } = useTranslation();
  const limitWords = useCallback<LimitWords>((over, limit) => t('tooLong', { count: over, limit }), [t]);
  return (
    <PendingChangesProvider>
      <FieldLimitContext.Provider value={limitWords}>
        <UnlockedBody />
      </FieldLimitContext.Provider>
    </PendingChangesProvider>
  );
}

function UnlockedBody() {
  const { t } = useTranslation();
  const session = useSession();
  const { damaged, changedBehind, settings } = useContents();
  const [navigation, dispatchNow] = useReducer(navigate, INITIAL_NAVIGATION);
  // Moving to another section or opening another record asks first when a form has unsaved changes.
  // Lock (below) and the quick exit never ask: they must never wait.
  const confirmLeave = useConfirmLeave();
  const dispatch = useCallback<Dispatch<NavigationAction>>(
    (action) => {
      if (action.type === 'section' || action.type === 'open') confirmLeave(() => dispatchNow(action));
      else dispatchNow(action);
    },
    [confirmLeave],
  );
  // The review's answers live only in memory, so a detour to fix something keeps them.
  const [reviewAnswers, setReviewAnswers] = useState<ReviewAnswers>({});
  // So is the way the list is grouped, so it comes back as it was left.
  const [grouping, setGrouping] = useState<Grouping>('category');
  useAutoLock({
    lock: (scope) => (scope === 'all-tabs' ? session.lock() : session.lockThisTab()),
    idleMinutes: settings.autoLockMinutes,
    hiddenSeconds: settings.lockWhenHiddenAfterSeconds,
  });
  const current = currentSection(navigation);

  const navBarSlot = useContext(NavBarSlot);
  const navBar = <NavBar current={current} onSection={(section) => dispatch({ type: 'section', section })} />;
  const lockButton = (
    <Button variant="secondary" className="lock-button" onClick={() => session.lock()}>
      <LockIcon />
      {t('actions.lock')}
    </Button>
  );

  return (
    <ScreenActions.Provider value={lockButton}>
      {/* In the shell's bottom bar beside Exit; in place when shown without the shell. */}
      {navBarSlot ? createPortal(navBar, navBarSlot) : navBar}
      {damaged.length > 0 ? (
        <div className="screen">
          <Notice tone="error" title={t('damaged.title')}>
            <p>{t('damaged.body', { count: damaged.length })}</p>
            <details>
              <summary>{t('damaged.ids')}</summary>
              <ul className="damaged-list">
                {damaged.map((record) => (
                  <li key={`${record.table}/${record.id}`} dir="ltr">
                    {record.id}
                  </li>
                ))}
              </ul>
            </details>
          </Notice>
        </div>
      ) : null}
      {changedBehind.length > 0 ? <ChangedBehindNotice records={changedBehind} /> : null}
      <CurrentView
        view={navigation.view}
        dispatch={dispatch}
        grouping={grouping}
        onGrouping={setGrouping}
        reviewAnswers={reviewAnswers}
        onReviewAnswer={(question, answer) => setReviewAnswers((answers) => ({ ...answers, [question]: answer }))}
        onReviewDone={() => {
          setReviewAnswers({});
          dispatch({ type: 'section', section: 'home' });
        }}
      />
    </ScreenActions.Provider>
  );
}

interface CurrentViewProps {
  view: View;
  dispatch: Dispatch<NavigationAction>;
  grouping: Grouping;
  onGrouping: (grouping: Grouping) => void;
  reviewAnswers: ReviewAnswers;
  onReviewAnswer: (question: ReviewQuestion, answer: ReviewAnswer) => void;
  onReviewDone: () => void;
}

function CurrentView({
  view,
  dispatch,
  grouping,
  onGrouping,
  reviewAnswers,
  onReviewAnswer,
  onReviewDone,
}: CurrentViewProps) {
  const { t } = useTranslation('guide');
  const session = useSession();
  const open = (next: View) => dispatch({ type: 'open', view: next });
  const back = () => dispatch({ type: 'back' });
  const openStep = (step: Step) => open({ kind: 'step', step });
  const details = (personId: string) => open({ kind: 'details', personId });
  const screen = (personId: string) => open({ kind: 'screening', personId });
  const organisation = (organisationId: string) => open({ kind: 'organisation', organisationId, added: false });
  const home = {
    grouping,
    onGrouping,
    onDetails: details,
    onScreen: screen,
    onOrganisation: organisation,
    onEmergency: () => open({ kind: 'emergency' }),
    onReview: () => open({ kind: 'keep', task: 'review' }),
  };
  const organisations = {
    onAdd: () => open({ kind: 'addOrganisation' }),
    onAdded: (organisationId: string) =>
      dispatch({ type: 'replace', view: { kind: 'organisation', organisationId, added: true } }),
    onOpen: organisation,
    onBack: back,
  };

  const backup = () => open({ kind: 'keep', task: 'backup' });

  switch (view.kind) {
    case 'home':
      return (
        <People
          {...home}
          onStart={() => open({ kind: 'guide' })}
          // Right after creating, while nothing is written yet, is the time to move somewhere it is kept.
          notice={session.createdNow ? <StorageWarning moment="new" onBackup={backup} /> : null}
        />
      );
    case 'guide':
      return <Guide onOpen={openStep} />;
    case 'settings':
      return <Settings onBackup={backup} />;
    case 'emergency':
      return <Emergency onBack={back} />;
    case 'help':
      return <Help topic={view.topic} onTopic={(topic) => (topic === null ? back() : open({ kind: 'help', topic }))} />;
    case 'screening':
      // Screening is a screen of its own, with the person's name in its heading.
      return <Screening key={view.personId} personId={view.personId} onDone={back} />;
    case 'details':
      return (
        <Screen title={t('steps.list.name')}>
          <PersonDetails key={view.personId} personId={view.personId} onDone={back} />
        </Screen>
      );
    case 'organisation':
      // Opened from anywhere, so outside the guide's step frame; Back returns to where it was opened.
      return (
        <Organisations
          {...organisations}
          page={{ kind: 'detail', organisationId: view.organisationId, added: view.added }}
        />
      );
    case 'addOrganisation':
      // The same element as the organisations step, so closing the form keeps the list and its focus.
      return (
        <StepScreen key="organisations" step="organisations" onOpen={openStep} ownScreen>
          <Organisations {...organisations} page={{ kind: 'list', adding: true }} />
        </StepScreen>
      );
    case 'keep':
      switch (view.task) {
        case 'review':
          return (
            <Review
              answers={reviewAnswers}
              onAnswer={onReviewAnswer}
              onDetails={details}
              onScreen={screen}
              onOrganisation={organisation}
              onAddPeople={() => openStep('circles')}
              onAddOrganisation={() => open({ kind: 'addOrganisation' })}
              onRights={() => open({ kind: 'help', topic: 'rights' })}
              onDone={onReviewDone}
            />
          );
        case 'paper':
          return <PaperCopy />;
        case 'backup':
          return <Backup />;
        case 'contacts':
          return <ContactsFile />;
      }
      break;
    case 'step':
      switch (view.step) {
        case 'circles':
          return (
            <StepScreen key="circles" step="circles" onOpen={openStep}>
              <Circles />
            </StepScreen>
          );
        case 'screening':
          return (
            <StepScreen key="screening" step="screening" onOpen={openStep}>
              <ScreeningChooser onScreen={screen} />
            </StepScreen>
          );
        case 'organisations':
          return (
            <StepScreen key="organisations" step="organisations" onOpen={openStep} ownScreen>
              <Organisations {...organisations} page={{ kind: 'list', adding: false }} />
            </StepScreen>
          );
        case 'list':
          return (
            <StepScreen key="list" step="list" onOpen={openStep} ownScreen>
              <People {...home} onStart={() => openStep('circles')} />
            </StepScreen>
          );
        case 'current':
          return (
            <StepScreen key="current" step="current" onOpen={openStep}>
              <KeepCurrent onOpen={(task) => open({ kind: 'keep', task })} />
            </StepScreen>
          );
      }
  }
}

/** Records that are not as the app last saved them: named, with their reference numbers, and kept as stored. */
function ChangedBehindNotice({ records }: { records: ReturnType<typeof useContents>['changedBehind'] }) {
  const { t } = useTranslation('list');
  const session = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <div className="screen">
      <Notice tone="error" title={t('changedBehind.title')}>
        <p>{t('changedBehind.body', { count: records.length })}</p>
        <p>{t('changedBehind.copy')}</p>
        <details>
          <summary>{t('common:damaged.ids')}</summary>
          <ul className="damaged-list">
            {records.map((record) => (
              <li key={`${record.table}/${record.id}`} dir="ltr">
                {record.id}
              </li>
            ))}
          </ul>
        </details>
        <Button
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await session.acceptChangedRecords();
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('changedBehind.keep')}
        </Button>
      </Notice>
    </div>
  );
}
