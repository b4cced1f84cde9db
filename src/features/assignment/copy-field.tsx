import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

interface CopyFieldProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
  /** A text area (for long codes) instead of a one-line field. */
  multiline?: boolean;
}

/**
 * A read-only field with a "Copy" button. Copies with the clipboard API; where
 * the browser refuses, selects the text and tells the user how to copy it.
 */
export function CopyField({ id, label, value, hint, multiline = false }: CopyFieldProps) {
  const { t } = useTranslation('assignment');
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [message, setMessage] = useState<'copied' | 'failed' | null>(null);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setMessage('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setMessage('failed');
    }
  };

  const shared = {
    ref: field,
    readOnly: true,
    value,
    className: 'text-input copy-field__input',
    spellCheck: false,
    onFocus: () => field.current?.select(),
  };
  return (
    <Field id={id} label={label} hint={hint} className="copy-field">
      {(control) => (
        <>
          <div className="copy-field__row">
            {multiline ? (
              <textarea rows={4} {...control} {...shared} />
            ) : (
              <input type="text" {...control} {...shared} />
            )}
            <Button onClick={copy}>{t('common.copy')}</Button>
          </div>
          <p role="status" className="copy-field__status">
            {message === 'copied' && t('common.copied')}
            {message === 'failed' && t('common.copyFailed')}
          </p>
        </>
      )}
    </Field>
  );
}
