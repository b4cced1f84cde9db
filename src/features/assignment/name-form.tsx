import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/store';
import { Button } from '@/components/ui/button';

/** Asks for the learner's name for the receipt and saves it (on this device only). */
export function NameForm({ id, onSaved }: { id: string; onSaved?: () => void }) {
  const { t } = useTranslation('assignment');
  const setLearnerName = useAppStore((s) => s.setLearnerName);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '') {
      setError(true);
      input.current?.focus();
      return;
    }
    setLearnerName(draft);
    onSaved?.();
  };

  const fieldId = `${id}-name`;
  return (
    <form noValidate onSubmit={save} className="receipt-name">
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={fieldId} className="field-label">
          {t('receipt.nameLabel')}
        </label>
        <p id={`${fieldId}-hint`} className="field-hint">
          {t('receipt.nameHint')}
        </p>
        {error && (
          <p id={`${fieldId}-error`} className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('receipt.nameRequired')}
          </p>
        )}
        <input
          ref={input}
          id={fieldId}
          type="text"
          className="text-input"
          autoComplete="name"
          maxLength={120}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error ${fieldId}-hint` : `${fieldId}-hint`}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error && e.target.value.trim()) setError(false);
          }}
        />
      </div>
      <Button variant="primary" type="submit">
        {t('receipt.nameSave')}
      </Button>
    </form>
  );
}
