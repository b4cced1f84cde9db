import { useTranslation } from 'react-i18next';
import { IDENTIFIED_BY_CHOICES, type FieldError, type IdentifiedByChoice } from './draft-form';
import { FieldGroup } from '@/components/ui/field';

interface IdentifiedByFieldProps {
  value: IdentifiedByChoice;
  error?: FieldError;
  onChange: (value: IdentifiedByChoice) => void;
}

/** How the trainer tells learners apart: e-mail address, employee number, or the name only. */
export function IdentifiedByField({ value, error, onChange }: IdentifiedByFieldProps) {
  const { t } = useTranslation('assignment');
  return (
    <FieldGroup
      id="assignment-identifiedBy"
      legend={t('builder.fields.identifiedBy')}
      hint={t('builder.fields.identifiedByHint')}
      {...(error ? { error: t(`builder.errors.${error.key}`) } : {})}
      className="assignment-choice-field"
    >
      <ul className="options">
        {IDENTIFIED_BY_CHOICES.map((choice) => (
          <li key={choice}>
            <label className="option">
              <input
                type="radio"
                id="assignment-identifiedBy"
                value={choice}
                checked={value === choice}
                onChange={() => onChange(choice)}
              />
              <span>
                {t(`builder.identifiedBy.${choice}`)}
                <span className="field-hint option__detail">
                  {t(`builder.identifiedBy.${choice}Hint`)}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </FieldGroup>
  );
}
