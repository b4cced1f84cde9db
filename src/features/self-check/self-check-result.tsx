import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatDate } from '@/lib/i18n';
import { Button } from '@/components/ui/button';
import { adviseOn, type SelfCheckAnswers, type Verdict } from './advice';
import { notesOn } from './answer-notes';
import { AnswerSummary } from './answer-summary';
import { EmployerPolicy } from './employer-policy';
import { RuleList } from './rule-list';
import type { StepId } from './steps';
import { useFocusOnMount } from './use-focus-on-mount';

const symbols: Record<Verdict, string> = {
  decline: '✗',
  ask: '?',
  acceptable: '✓',
};

interface SelfCheckResultProps {
  answers: SelfCheckAnswers;
  onBack: () => void;
  onStartOver: () => void;
  /** Goes back to one step to change its answer (after a note that answers do not fit). */
  onChangeStep: (step: StepId) => void;
}

/** The verdict in words and a symbol, why, the rules behind it, the employer's links and a printable summary. */
export function SelfCheckResult({
  answers,
  onBack,
  onStartOver,
  onChangeStep,
}: SelfCheckResultProps) {
  const { t } = useTranslation('selfcheck');
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  // When the result was reached, for the printed summary.
  const [doneAt] = useState(() => Date.now());
  const advice = adviseOn(answers);
  const notes = notesOn(answers, advice);
  const checks = notes.flatMap((note) => (note.kind === 'check' ? [note] : []));
  const explanations = notes.filter((note) => note.kind === 'explain');

  return (
    <div className="self-check-result">
      <section
        aria-labelledby="self-check-verdict"
        className={`self-check-verdict self-check-verdict--${advice.verdict}`}
      >
        <p className="self-check-verdict__label">{t('result.label')}</p>
        <h2 id="self-check-verdict" ref={heading} tabIndex={-1}>
          <span aria-hidden="true" className="self-check-verdict__symbol">
            {symbols[advice.verdict]}
          </span>{' '}
          {t(`result.verdict.${advice.verdict}`)}
        </h2>
        <p>{t(`result.advice.${advice.verdict}`)}</p>
      </section>

      {checks.length > 0 && (
        <section aria-labelledby="self-check-checks" className="notice self-check-checks">
          <h2 id="self-check-checks">{t('notes.checkHeading')}</h2>
          {checks.map((note) => (
            <div key={note.key} className="self-check-check">
              <p>{t(`notes.${note.key}`)}</p>
              <p className="self-check__controls">
                <Button variant="secondary" onClick={() => onChangeStep(note.step)}>
                  {t(`notes.change.${note.step}`)}
                </Button>
              </p>
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="self-check-reasons" className="self-check-result__section">
        <h2 id="self-check-reasons">{t('result.reasonsHeading')}</h2>
        <ul className="self-check-reasons">
          {advice.reasons.map((reason) => (
            <li key={reason}>{t(`reasons.${reason}`)}</li>
          ))}
        </ul>
        {explanations.map((note) => (
          <p key={note.key} className="self-check-explanation">
            {t(`notes.${note.key}`)}
          </p>
        ))}
      </section>

      <section aria-labelledby="self-check-rules" className="self-check-result__section">
        <h2 id="self-check-rules">{t('result.rulesHeading')}</h2>
        <RuleList rules={advice.rules} />
      </section>

      <EmployerPolicy />
      <AnswerSummary answers={answers} />

      <p>{t('result.alreadyAccepted')}</p>
      <p className="muted">{t('result.notLegalAdvice')}</p>
      <p className="self-check__saved">{t('nothingSaved')}</p>
      <p className="self-check__print-only">
        {t('result.doneOn', { date: formatDate(doneAt, language) })}
      </p>

      <div className="actions self-check__controls">
        <Button variant="primary" onClick={() => window.print()}>
          {t('result.print')}
        </Button>
        <Button onClick={onStartOver}>{t('result.startOver')}</Button>
        <Button variant="secondary" onClick={onBack}>
          {t('back')}
        </Button>
      </div>
    </div>
  );
}
