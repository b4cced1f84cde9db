import type { ReactNode } from 'react';

interface BuilderFieldsetProps {
  /** The field's name in the form, which its hint and error ids are made from. */
  name: string;
  legend: string;
  hint: string;
  /** The error message, when the field has one. */
  error?: string;
  className: string;
  children: ReactNode;
}

/** A group of choices in the builder form: a legend, a hint, and its error named by both. */
export function BuilderFieldset({
  name,
  legend,
  hint,
  error,
  className,
  children,
}: BuilderFieldsetProps) {
  const hintId = `assignment-${name}-hint`;
  const errorId = `assignment-${name}-error`;
  return (
    <fieldset
      className={`field ${className}${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? `${errorId} ${hintId}` : hintId}
    >
      <legend className="field-label">{legend}</legend>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
