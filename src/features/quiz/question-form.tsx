import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionLabel } from './option-label';
import type { Question } from '@/types/content';

interface QuestionFormProps {
  question: Question;
  onAnswer: (selected: string[]) => void;
}

/** One question as a form: radio buttons, or checkboxes for "select all that apply". */
export function QuestionForm({ question, onAnswer }: QuestionFormProps) {
  const { t } = useTranslation('quiz');
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState(false);
  const multiple = question.type === 'multiple';

  const toggle = (id: string, checked: boolean) => {
    setError(false);
    setSelected((current) =>
      multiple ? (checked ? [...current, id] : current.filter((x) => x !== id)) : [id],
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length === 0) {
      setError(true);
      return;
    }
    onAnswer(selected);
  };

  const errorId = `${question.id}-error`;
  return (
    <form onSubmit={submit} noValidate className="question">
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend className="question__prompt">
          {question.type === 'truefalse' && (
            <span className="question__kind">{t('trueOrFalse')} </span>
          )}
          {question.prompt}
        </legend>
        {multiple && <p className="question__hint">{t('selectAll')}</p>}
        <ul className="options">
          {question.options.map((option) => (
            <li key={option.id}>
              <label className="option">
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={question.id}
                  value={option.id}
                  checked={selected.includes(option.id)}
                  onChange={(e) => toggle(option.id, e.target.checked)}
                />
                <span>{optionLabel(question, option, t)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {multiple ? t('chooseAtLeastOne') : t('chooseOne')}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {t('answer')}
      </button>
    </form>
  );
}
