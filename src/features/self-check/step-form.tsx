import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { optionKey, type Step } from './steps';
import { useFocusOnMount } from './use-focus-on-mount';

interface StepFormProps {
  step: Step;
  /** 1-based position of the step. */
  number: number;
  total: number;
  /** The answer given before, when the learner comes back to this step. */
  answer: string | undefined;
  onBack: () => void;
  onNext: (answer: string) => void;
}

/**
 * One question of the self-check as a radio group. Its heading takes focus when
 * the step appears; going on without an answer shows an error tied to the group.
 */
export function StepForm({ step, number, total, answer, onBack, onNext }: StepFormProps) {
  const { t } = useTranslation('selfcheck');
  const [selected, setSelected] = useState(answer);
  const [error, setError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  useFocusOnMount(heading);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected === undefined) {
      setError(true);
      return;
    }
    onNext(selected);
  };

  const isLast = number === total;
  return (
    <form onSubmit={submit} noValidate className="question self-check-step">
      <progress className="page-progress__bar" value={number} max={total} aria-hidden="true" />
      <fieldset aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
        <legend>
          <h2 ref={heading} tabIndex={-1} className="self-check-step__heading">
            <span className="self-check-step__count">
              {t('stepOf', { current: number, total })}
            </span>{' '}
            {t(`steps.${step.id}.question`)}
          </h2>
        </legend>
        <p id={hintId} className="question__hint">
          {t(`steps.${step.id}.hint`)}
        </p>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('chooseOne')}
          </p>
        )}
        <ul className="options">
          {step.options.map((option) => (
            <li key={option}>
              <label className="option">
                <input
                  type="radio"
                  name={`self-check-${step.id}`}
                  value={option}
                  checked={selected === option}
                  onChange={() => {
                    setSelected(option);
                    setError(false);
                  }}
                />
                <span>{t(`options.${optionKey(step.id, option)}`)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="actions self-check__controls">
        <Button variant="primary" type="submit">
          {isLast ? t('showResult') : t('next')}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          {t('back')}
        </Button>
      </div>
    </form>
  );
}
