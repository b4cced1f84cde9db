import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './draft-form';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled input with its hint and error, both tied to it with aria-describedby. */
export function TextField({ id, label, hint, error, value, onChange, ...input }: TextFieldProps) {
  const { t } = useTranslation('assignment');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {t(`builder.errors.${error.key}`, { max: error.max })}
        </p>
      )}
      <input
        id={id}
        className="text-input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
    </div>
  );
}
