import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { optionLabel } from './option-label';
import { questionType } from '@/domain/question-types/registry';
import type { Question } from '@/types/content';

interface QuestionFormProps {
  question: Question;
  onAnswer: (selected: string[]) => void;
}

/** One question as a form, answered as its kind says (radio buttons or checkboxes). */
export function QuestionForm({ question, onAnswer }: QuestionFormProps) {
  const { t } = useTranslation('quiz');
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState(false);
  const kind = questionType(question);
  const multiple = kind.input === 'checkbox';

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
          {kind.kindKey && <span className="question__kind">{t(kind.kindKey)} </span>}
          {question.prompt}
        </legend>
        {kind.hintKey && <p className="question__hint">{t(kind.hintKey)}</p>}
        <ul className="options">
          {question.options.map((option) => (
            <li key={option.id}>
              <label className="option">
                <input
                  type={kind.input}
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
          {t(kind.emptyKey)}
        </p>
      )}
      <Button variant="primary" type="submit">
        {t('answer')}
      </Button>
    </form>
  );
}
