import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import type { FieldError } from './draft-form';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled input of the assignment form, with its hint and its error in words. */
export function TextField({ id, label, hint, error, value, onChange, ...input }: TextFieldProps) {
  const { t } = useTranslation('assignment');
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error && t(`builder.errors.${error.key}`, { max: error.max })}
    >
      {(control) => (
        <input
          {...control}
          className="text-input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...input}
        />
      )}
    </Field>
  );
}
