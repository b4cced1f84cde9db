import { type FormEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FORM_FIELDS, type FormErrors, type FormField, type FormValues } from './draft-form';
import { IdentifiedByField } from './identified-by-field';
import { type ModuleGroup, ModuleGroups } from './module-groups';
import { TextField } from './text-field';
import { FieldGroup } from '@/components/ui/field';

interface BuilderFormProps {
  /** The core, then each track, with the modules a link can name. */
  groups: ModuleGroup[];
  values: FormValues;
  errors: FormErrors;
  /** Raised on each failed submit, so focus moves to the first error again. */
  attempt: number;
  busy: boolean;
  onChange: (values: FormValues) => void;
  onSubmit: () => void;
}

const fieldId = (field: FormField) => `assignment-${field}`;

/** The assignment form: text fields, the modules grouped as the core and tracks, the pass mark and due date. */
export function BuilderForm(props: BuilderFormProps) {
  const { groups, values, errors, attempt, busy, onChange, onSubmit } = props;
  const modules = groups.flatMap((g) => g.modules);
  const { t } = useTranslation('assignment');
  const form = useRef<HTMLFormElement>(null);
  const invalid = FORM_FIELDS.filter((field) => errors[field]);

  const focusField = (field: FormField) => {
    const target =
      field === 'modules' || field === 'identifiedBy'
        ? form.current?.querySelector<HTMLInputElement>(`input[name="${field}"]`)
        : document.getElementById(fieldId(field));
    target?.focus();
  };

  useEffect(() => {
    if (attempt > 0 && invalid[0]) focusField(invalid[0]);
    // Only after a submit, not on every change of the errors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  const set =
    <K extends FormField>(field: K) =>
    (value: FormValues[K]) =>
      onChange({ ...values, [field]: value });

  const toggleModules = (ids: string[], on: boolean) =>
    set('modules')(
      modules.map((m) => m.id).filter((m) => (ids.includes(m) ? on : values.modules.includes(m))),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  const text = (field: 'title' | 'organisation' | 'contact' | 'policyUrl' | 'reportingUrl') => ({
    id: fieldId(field),
    value: values[field],
    error: errors[field],
    onChange: set(field),
  });

  const message = (field: FormField) => {
    const error = errors[field];
    return error ? t(`builder.errors.${error.key}`, { max: error.max }) : '';
  };

  const modulesError = errors.modules;
  return (
    <form ref={form} noValidate onSubmit={submit} className="assignment-form">
      {invalid.length > 0 && (
        <div role="alert" className="error-summary">
          <p className="error-summary__title">
            {t('builder.errors.summary', { count: invalid.length })}
          </p>
          <ul>
            {invalid.map((field) => (
              <li key={field}>
                <button type="button" className="link-button" onClick={() => focusField(field)}>
                  {t(`builder.fields.${field}`)}: {message(field)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <TextField
        {...text('title')}
        label={t('builder.fields.title')}
        hint={t('builder.fields.titleHint')}
        maxLength={150}
        autoComplete="off"
      />
      <TextField
        {...text('organisation')}
        label={t('builder.fields.organisation')}
        hint={t('builder.fields.organisationHint')}
        maxLength={150}
        autoComplete="organization"
      />
      <TextField
        {...text('contact')}
        label={t('builder.fields.contact')}
        hint={t('builder.fields.contactHint')}
        maxLength={150}
        autoComplete="email"
      />
      <FieldGroup
        id="assignment-modules"
        legend={t('builder.fields.modules')}
        hint={t('builder.fields.modulesHint')}
        {...(modulesError ? { error: t(`builder.errors.${modulesError.key}`) } : {})}
        className="assignment-modules-field"
      >
        <ModuleGroups groups={groups} selected={values.modules} onToggle={toggleModules} />
        <Button variant="secondary" onClick={() => set('modules')(modules.map((m) => m.id))}>
          {t('builder.fields.allModules')}
        </Button>
      </FieldGroup>
      <TextField
        id={fieldId('passMark')}
        label={t('builder.fields.passMark')}
        hint={t('builder.fields.passMarkHint')}
        error={errors.passMark}
        value={values.passMark}
        onChange={set('passMark')}
        inputMode="numeric"
        className="text-input text-input--short"
        maxLength={3}
      />
      <TextField
        id={fieldId('due')}
        type="date"
        label={t('builder.fields.due')}
        hint={t('builder.fields.dueHint')}
        error={errors.due}
        value={values.due}
        onChange={set('due')}
        className="text-input text-input--date"
      />
      <IdentifiedByField
        value={values.identifiedBy}
        error={errors.identifiedBy}
        onChange={set('identifiedBy')}
      />
      <TextField
        {...text('policyUrl')}
        type="url"
        label={t('builder.fields.policyUrl')}
        hint={t('builder.fields.urlHint')}
        autoComplete="url"
        maxLength={250}
      />
      <TextField
        {...text('reportingUrl')}
        type="url"
        label={t('builder.fields.reportingUrl')}
        hint={t('builder.fields.urlHint')}
        autoComplete="url"
        maxLength={250}
      />
      <div className="actions">
        <Button variant="primary" type="submit">
          {busy ? t('builder.creating') : t('builder.create')}
        </Button>
      </div>
    </form>
  );
}
