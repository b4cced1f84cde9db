import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import { SelfCheckIntro } from '@/features/self-check/self-check-intro';
import { SelfCheckResult } from '@/features/self-check/self-check-result';
import { StepForm } from '@/features/self-check/step-form';
import { completeAnswers, type PartialAnswers, steps } from '@/features/self-check/steps';

type Screen = { kind: 'intro' } | { kind: 'step'; index: number } | { kind: 'result' };

/**
 * The benefit self-check: an intro, one question per step, then advice. Every
 * answer stays in this component's state; nothing is saved anywhere.
 */
export default function SelfCheckPage() {
  const { t } = useTranslation('selfcheck');
  const [screen, setScreen] = useState<Screen>({ kind: 'intro' });
  const [answers, setAnswers] = useState<PartialAnswers>({});
  const [started, setStarted] = useState(false);
  const complete = completeAnswers(answers);
  const last = steps.length - 1;

  const goToStep = (index: number) => setScreen({ kind: 'step', index });

  let body;
  if (screen.kind === 'result' && complete) {
    body = (
      <SelfCheckResult
        answers={complete}
        onBack={() => goToStep(last)}
        onChangeStep={(id) =>
          goToStep(
            Math.max(
              0,
              steps.findIndex((s) => s.id === id),
            ),
          )
        }
        onStartOver={() => {
          setAnswers({});
          goToStep(0);
        }}
      />
    );
  } else if (screen.kind === 'step' || screen.kind === 'result') {
    const index = screen.kind === 'step' ? screen.index : 0;
    const step = steps[index] ?? steps[0]!;
    body = (
      <StepForm
        // A new form per step: its own state, and its heading takes focus.
        key={step.id}
        step={step}
        number={index + 1}
        total={steps.length}
        answer={answers[step.id]}
        onBack={() => (index === 0 ? setScreen({ kind: 'intro' }) : goToStep(index - 1))}
        onNext={(answer) => {
          setAnswers((current) => ({ ...current, [step.id]: answer }));
          setScreen(index === last ? { kind: 'result' } : { kind: 'step', index: index + 1 });
        }}
      />
    );
  } else {
    body = (
      <SelfCheckIntro
        focusOnShow={started}
        onStart={() => {
          setStarted(true);
          goToStep(0);
        }}
      />
    );
  }

  return (
    <div className="page page--narrow self-check">
      <PageHeading>{t('title')}</PageHeading>
      {body}
    </div>
  );
}
