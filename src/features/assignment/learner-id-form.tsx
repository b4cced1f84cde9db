import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { IdentifierKind } from '@/domain/identifier';
import type { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';
import { keptLearnerId, LearnerIdField, learnerIdProblem } from './learner-id-field';

/**
 * The learner's identifier on an assignment card of "my assignments": shown
 * with a button to change it, or, when the assignment asks for one the
 * learner has not given (accepted before it was asked), a form to add it.
 */
export function LearnerIdDetails({
  assignment,
  kind,
}: {
  assignment: Assignment;
  kind: IdentifierKind;
}) {
  const { t } = useTranslation('assignment');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const change = useRef<HTMLButtonElement>(null);
  const focusChange = useRef(false);
  const current = assignment.learnerId;

  // After saving or cancelling, focus goes to the "change" button that replaces the form.
  useEffect(() => {
    if (!editing && current && focusChange.current) {
      change.current?.focus();
      focusChange.current = false;
    }
  }, [editing, current]);

  const close = (didSave: boolean) => {
    focusChange.current = true;
    setSaved(didSave);
    setEditing(false);
  };

  if (!current || editing) {
    return (
      <LearnerIdForm
        assignment={assignment}
        kind={kind}
        intro={current ? undefined : t(`learnerId.missing.${kind}`)}
        focusFirst={editing}
        onSaved={() => close(true)}
        onCancel={current ? () => close(false) : undefined}
      />
    );
  }
  return (
    <div className="learner-id">
      <p>{t(`learnerId.current.${kind}`, { value: current })}</p>
      <Button
        ref={change}
        onClick={() => {
          setSaved(false);
          setEditing(true);
        }}
      >
        {t(`learnerId.change.${kind}`)}
      </Button>
      <p role="status" className="assignment-status">
        {saved && t('learnerId.saved')}
      </p>
    </div>
  );
}

interface LearnerIdFormProps {
  assignment: Assignment;
  kind: IdentifierKind;
  intro?: string;
  focusFirst: boolean;
  onSaved: () => void;
  onCancel?: () => void;
}

function LearnerIdForm({
  assignment,
  kind,
  intro,
  focusFirst,
  onSaved,
  onCancel,
}: LearnerIdFormProps) {
  const { t } = useTranslation('assignment');
  const setLearnerId = useAppStore((s) => s.setLearnerId);
  const [value, setValue] = useState(assignment.learnerId ?? '');
  const [problem, setProblem] = useState<ReturnType<typeof learnerIdProblem>>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusFirst) field.current?.focus();
  }, [focusFirst]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const found = learnerIdProblem(kind, value);
    setProblem(found);
    if (found) {
      field.current?.focus();
      return;
    }
    setLearnerId(assignment.id, keptLearnerId(kind, value));
    onSaved();
  };

  return (
    <form noValidate onSubmit={save} className="learner-id learner-id--form">
      {intro && <p>{intro}</p>}
      <LearnerIdField
        ref={field}
        id={`learner-id-${assignment.id}`}
        kind={kind}
        value={value}
        problem={problem}
        onChange={(next) => {
          setValue(next);
          if (problem && !learnerIdProblem(kind, next)) setProblem(null);
        }}
      />
      <div className="actions">
        <Button variant="primary" type="submit">
          {t('learnerId.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('learnerId.cancel')}</Button>}
      </div>
    </form>
  );
}
