import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { useAppStore } from '@/store/store';

interface NameFieldProps {
  /** What is wrong with the name (it is missing), shown above the field. */
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/** The learner types the name for the certificate; it is saved on this device only. */
export function NameField({ error, inputRef }: NameFieldProps) {
  const { t } = useTranslation('certificate');
  const saved = useAppStore((s) => s.settings.learnerName);
  const setLearnerName = useAppStore((s) => s.setLearnerName);
  // The field keeps what is typed (spaces too); the store keeps it trimmed.
  const [draft, setDraft] = useState(saved);
  return (
    <Field
      id="learner-name"
      label={t('name.label')}
      hint={import.meta.env.MODE === 'scorm' ? t('name.hintLms') : t('name.hint')}
      error={error}
    >
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          type="text"
          className="text-input"
          autoComplete="name"
          maxLength={120}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setLearnerName(e.target.value);
          }}
        />
      )}
    </Field>
  );
}
