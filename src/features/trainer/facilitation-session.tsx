import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { Button } from '@/components/ui/button';
import { paths } from '@/lib/paths';
import type { ModuleContent, Scenario } from '@/types/content';
import { FacilitationEnding } from './facilitation-ending';
import { FacilitationStep } from './facilitation-step';
import { FacilitatorNotes } from './facilitator-notes';
import { KeyHelp } from './key-help';
import { currentId, type SessionAction, sessionReducer, startSession } from './session';
import { usePresentation } from './use-presentation';
import { usePresenterView } from './use-presenter-view';
import { useSessionKeys } from './use-session-keys';

type FocusTarget = 'heading' | 'reveal';

interface FacilitationSessionProps {
  module: ModuleContent;
  scenario: Scenario;
}

/** A running session: state lives here only, and nothing is saved. */
export function FacilitationSession({ module, scenario }: FacilitationSessionProps) {
  const { t } = useTranslation('facilitation');
  const [state, dispatch] = useReducer(sessionReducer(scenario), scenario, startSession);
  const [notes, setNotes] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const revealHeading = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<FocusTarget | null>(null);
  const { presenting, enter, exit } = usePresentation(container);

  const nodeId = currentId(state);
  const step = scenario.steps.find((s) => s.id === nodeId);
  const ending = step ? undefined : scenario.endings.find((e) => e.id === nodeId);
  const revealed = step ? state.revealed.includes(step.id) : false;
  const presenter = usePresenterView(module.id, scenario.id, {
    nodeId,
    number: state.path.length,
  });
  // With the notes in their own window, the shared screen never shows them.
  const showNotes = notes && !presenter.open;

  // After an action, focus goes to what changed: the new step's heading, or the answers.
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'heading') heading.current?.focus();
    if (target === 'reveal') revealHeading.current?.focus();
  }, [state]);

  const act = (action: SessionAction, focus: FocusTarget) => {
    focusAfter.current = focus;
    dispatch(action);
  };
  const reveal = () => {
    if (step && !revealed) act({ type: 'reveal' }, 'reveal');
  };
  const next = () => {
    if (!step) return;
    act({ type: 'next' }, revealed ? 'heading' : 'reveal');
  };
  const back = () => {
    if (state.path.length > 1) act({ type: 'back' }, 'heading');
  };

  const startPresenting = () => {
    enter();
    // Focus leaves the button, so no key press lands on it: the session's keys take over.
    heading.current?.focus();
  };

  useSessionKeys({
    back,
    next,
    reveal,
    escape: () => {
      if (presenting) exit();
    },
  });

  return (
    <div
      ref={container}
      className={`page facilitation${presenting ? ' facilitation--presenting' : ''}`}
    >
      <div className="fac-toolbar">
        <p className="page-progress">
          {t('kicker')}: {module.title}
        </p>
        <div className="fac-toolbar__buttons">
          {presenter.open ? (
            <p className="fac-toolbar__status">{t('presenter.isOpen')}</p>
          ) : (
            <Button
              variant="secondary"
              aria-pressed={notes}
              onClick={() => setNotes((on) => !on)}
              data-session-toggle=""
            >
              {t('showNotes')}
            </Button>
          )}
          {presenter.supported && (
            <Button variant="secondary" onClick={presenter.openWindow} data-session-toggle="">
              {t('presenter.open')}
            </Button>
          )}
          <Button
            variant="secondary"
            onClick={presenting ? exit : startPresenting}
            data-session-toggle=""
          >
            {presenting ? t('exitFullScreen') : t('fullScreen')}
          </Button>
        </div>
      </div>
      <PageHeading title={`${scenario.title} – ${t('title')}`}>{scenario.title}</PageHeading>
      {showNotes && <FacilitatorNotes step={step} />}
      {step && (
        <FacilitationStep
          scenario={scenario}
          step={step}
          number={state.path.length}
          state={state}
          headingRef={heading}
          revealRef={revealHeading}
          onVote={(choiceId, value) => dispatch({ type: 'vote', stepId: step.id, choiceId, value })}
          onReveal={reveal}
          onContinue={(choiceId) => act({ type: 'next', choiceId }, 'heading')}
        />
      )}
      {ending && (
        <FacilitationEnding
          scenario={scenario}
          ending={ending}
          state={state}
          headingRef={heading}
          onRestart={() => act({ type: 'restart' }, 'heading')}
        />
      )}
      <div className="pager fac-pager">
        {state.path.length > 1 && (
          <Button variant="secondary" onClick={back}>
            <span aria-hidden="true" className="arrow">
              ←{' '}
            </span>
            {t('back')}
          </Button>
        )}
        <Link to={paths.trainer()}>{t('toTrainer')}</Link>
      </div>
      <KeyHelp />
    </div>
  );
}
