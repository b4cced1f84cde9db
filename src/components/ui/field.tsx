import type { ReactNode } from 'react';

/** What a field's control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  /** The control's id; the hint and the error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** What is wrong with the value, shown above the control; none when the value is fine. */
  error?: ReactNode;
  /** More classes for the wrapper, after `field`. */
  className?: string;
  /** The control (input, select, textarea), given its id, aria-describedby and aria-invalid. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled control with its hint and error, both tied to it with aria-describedby (the error
 * first, so it is read first) and aria-invalid while there is an error.
 */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  return (
    <div className={['field', error && 'field--invalid', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <HintAndError hintId={hintId} hint={hint} errorId={errorId} error={error} />
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}

interface HintAndErrorProps {
  hintId: string | undefined;
  hint: ReactNode;
  errorId: string | undefined;
  error: ReactNode;
}

function HintAndError({ hintId, hint, errorId, error }: HintAndErrorProps) {
  return (
    <>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </>
  );
}

interface FieldGroupProps {
  /** The group's id stem: the hint and the error get `<id>-hint` and `<id>-error`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** What is wrong with the choice; none when it is fine. */
  error?: ReactNode;
  /** More classes for the fieldset, after `field`. */
  className?: string;
  children: ReactNode;
}

/** A group of choices (radio buttons, checkboxes) with a legend, its hint and its error, as {@link Field}. */
export function FieldGroup({ id, legend, hint, error, className, children }: FieldGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  return (
    <fieldset
      className={['field', error && 'field--invalid', className].filter(Boolean).join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field-label">{legend}</legend>
      <HintAndError hintId={hintId} hint={hint} errorId={errorId} error={error} />
      {children}
    </fieldset>
  );
}
