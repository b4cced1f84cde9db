import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { type IdentifierKind, isIdentifier, normaliseIdentifier } from '@/domain/identifier';

/** Why a typed identifier cannot be kept, or null when it can. */
export type LearnerIdProblem = 'required' | 'invalid';

/** The problem of a typed identifier of `kind`, or null when it can be kept (normalised). */
export function learnerIdProblem(kind: IdentifierKind, value: string): LearnerIdProblem | null {
  if (value.trim() === '') return 'required';
  return isIdentifier(kind, value) ? null : 'invalid';
}

/** The identifier as it is kept and sent: normalised ({@link normaliseIdentifier}). */
export const keptLearnerId = normaliseIdentifier;

interface LearnerIdFieldProps {
  id: string;
  kind: IdentifierKind;
  value: string;
  problem: LearnerIdProblem | null;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * The learner's e-mail address or employee number, labelled by its kind, with
 * one sentence on where it goes and its error tied to it (aria-describedby).
 */
export function LearnerIdField({ id, kind, value, problem, onChange, ref }: LearnerIdFieldProps) {
  const { t } = useTranslation('assignment');
  const email = kind === 'email';
  return (
    <Field
      id={id}
      label={t(`learnerId.label.${kind}`)}
      hint={t('learnerId.hint')}
      error={problem && t(`learnerId.${problem}.${kind}`)}
    >
      {(control) => (
        <input
          {...control}
          ref={ref}
          className="text-input"
          type={email ? 'email' : 'text'}
          inputMode={email ? 'email' : 'text'}
          autoComplete={email ? 'email' : 'off'}
          autoCapitalize={email ? 'none' : 'characters'}
          spellCheck={false}
          maxLength={254}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
