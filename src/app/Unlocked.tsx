/**
 * The screens behind the passphrase and the bar to move between them.
 * Screens change by state, never by URL: nothing is added to the history.
 */
import { useState } from 'react';
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
import { Help, type HelpTopic } from '../features/help/Help';
import { PersonDetails } from '../features/list/PersonDetails';
import { useContents, useSession } from '../features/notebook';
import { Organisations } from '../features/organisations/Organisations';
import { PaperCopy } from '../features/paper/PaperCopy';
import { People } from '../features/people/People';
import { KeepCurrent, type KeepTask } from '../features/review/KeepCurrent';
import { Review, type ReviewAnswers } from '../features/review/Review';
import { Screening } from '../features/screening/Screening';
import { Settings } from '../features/settings/Settings';
import { useAutoLock } from '../safety/auto-lock';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { Screen } from '../ui/Screen';

type View =
  | { kind: 'home' }
  | { kind: 'guide' }
  | { kind: 'step'; step: Step }
  | { kind: 'screening'; personId: string; back: View }
  | { kind: 'details'; personId: string; back: View }
  | { kind: 'keep'; task: KeepTask }
  | { kind: 'emergency' }
  | { kind: 'help'; topic: HelpTopic | null }
  | { kind: 'settings' };

const NAV = [
  { id: 'home', view: { kind: 'home' } },
  { id: 'steps', view: { kind: 'guide' } },
  { id: 'help', view: { kind: 'help', topic: null } },
  { id: 'settings', view: { kind: 'settings' } },
] as const satisfies readonly { id: string; view: View }[];

function navOf(view: View): (typeof NAV)[number]['id'] {
  if (view.kind === 'settings') return 'settings';
  if (view.kind === 'help') return 'help';
  if (view.kind === 'guide' || view.kind === 'step' || view.kind === 'keep') return 'steps';
  if (view.kind === 'screening' || view.kind === 'details') return navOf(view.back);
  return 'home';
}

export default function Unlocked() {
  const { t } = useTranslation();
  const session = useSession();
  const { damaged, settings } = useContents();
  const [view, setView] = useState<View>({ kind: 'home' });
  // The review's answers live only in memory, so a detour to fix something keeps them.
  const [reviewAnswers, setReviewAnswers] = useState<ReviewAnswers>({});
  useAutoLock({
    lock: () => session.lock(),
    idleMinutes: settings.autoLockMinutes,
    hiddenSeconds: settings.lockWhenHiddenAfterSeconds,
  });
  const current = navOf(view);

  return (
    <>
      <header className="topbar">
        <nav aria-label={t('nav.label')} className="topbar__nav">
          {NAV.map((item) => (
            <Button
              key={item.id}
              variant="quiet"
              aria-current={current === item.id ? 'page' : undefined}
              onClick={() => setView(item.view)}
            >
              {t(`nav.${item.id}`)}
            </Button>
          ))}
        </nav>
        <Button variant="secondary" onClick={() => session.lock()}>
          {t('actions.lock')}
        </Button>
      </header>
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
      <CurrentView
        view={view}
        setView={setView}
        reviewAnswers={reviewAnswers}
        onReviewAnswer={(question, answer) => setReviewAnswers((answers) => ({ ...answers, [question]: answer }))}
        onReviewDone={() => {
          setReviewAnswers({});
          setView({ kind: 'home' });
        }}
      />
    </>
  );
}

interface CurrentViewProps {
  view: View;
  setView: (view: View) => void;
  reviewAnswers: ReviewAnswers;
  onReviewAnswer: (question: ReviewQuestion, answer: ReviewAnswer) => void;
  onReviewDone: () => void;
}

function CurrentView({ view, setView, reviewAnswers, onReviewAnswer, onReviewDone }: CurrentViewProps) {
  const { t } = useTranslation('guide');
  const openStep = (step: Step) => setView({ kind: 'step', step });
  const details = (personId: string) => setView({ kind: 'details', personId, back: view });
  const screen = (personId: string) => setView({ kind: 'screening', personId, back: view });
  const home = {
    onDetails: details,
    onScreen: screen,
    onEmergency: () => setView({ kind: 'emergency' }),
    onReview: () => setView({ kind: 'keep', task: 'review' }),
  };

  switch (view.kind) {
    case 'home':
      return <People {...home} onStart={() => setView({ kind: 'guide' })} />;
    case 'guide':
      return <Guide onOpen={openStep} />;
    case 'settings':
      return <Settings />;
    case 'emergency':
      return <Emergency onBack={() => setView({ kind: 'home' })} />;
    case 'help':
      return (
        <Help key={view.topic ?? 'topics'} topic={view.topic} onTopic={(topic) => setView({ kind: 'help', topic })} />
      );
    case 'screening':
      // Screening is a screen of its own, with the person's name in its heading.
      return <Screening key={view.personId} personId={view.personId} onDone={() => setView(view.back)} />;
    case 'details':
      return (
        <Screen title={t('steps.list.name')}>
          <PersonDetails key={view.personId} personId={view.personId} onDone={() => setView(view.back)} />
        </Screen>
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
              onAddPeople={() => openStep('circles')}
              onAddOrganisation={() => openStep('organisations')}
              onRights={() => setView({ kind: 'help', topic: 'rights' })}
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
              <Organisations />
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
              <KeepCurrent onOpen={(task) => setView({ kind: 'keep', task })} />
            </StepScreen>
          );
      }
  }
}
