import { useTranslation } from 'react-i18next';
import { IDENTIFIED_BY_CHOICES, type FieldError, type IdentifiedByChoice } from './draft-form';

interface IdentifiedByFieldProps {
  value: IdentifiedByChoice;
  error?: FieldError;
  onChange: (value: IdentifiedByChoice) => void;
}

/** How the trainer tells learners apart: e-mail address, employee number, or the name only. */
export function IdentifiedByField({ value, error, onChange }: IdentifiedByFieldProps) {
  const { t } = useTranslation('assignment');
  const describedBy = error
    ? 'assignment-identifiedBy-error assignment-identifiedBy-hint'
    : 'assignment-identifiedBy-hint';
  return (
    <fieldset
      className={
        error ? 'field assignment-choice-field field--invalid' : 'field assignment-choice-field'
      }
      aria-describedby={describedBy}
    >
      <legend className="field-label">{t('builder.fields.identifiedBy')}</legend>
      <p id="assignment-identifiedBy-hint" className="field-hint">
        {t('builder.fields.identifiedByHint')}
      </p>
      {error && (
        <p id="assignment-identifiedBy-error" className="field-error">
          <span aria-hidden="true">⚠ </span>
          {t(`builder.errors.${error.key}`)}
        </p>
      )}
      <ul className="options">
        {IDENTIFIED_BY_CHOICES.map((choice) => (
          <li key={choice}>
            <label className="option">
              <input
                type="radio"
                name="identifiedBy"
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
    </fieldset>
  );
}
