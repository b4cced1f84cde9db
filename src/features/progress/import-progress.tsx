import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_BACKUP_DAYS } from '@/store/backups';
import type { BackupOutcome } from '@/store/data-slice';
import { persistedPart } from '@/store/persisted-fields';
import type { PersistedState } from '@/store/schema';
import { useAppStore } from '@/store/store';
import { Button } from '@/components/ui/button';
import { ImportSummary } from './import-summary';
import {
  type ImportChanges,
  type ImportProblem,
  MAX_IMPORT_BYTES,
  previewImport,
} from './import-preview';

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; problem: ImportProblem }
  | { kind: 'preview'; imported: PersistedState; changes: ImportChanges; partial: boolean }
  | { kind: 'nothing-new' }
  | { kind: 'done'; backup: BackupOutcome };

/**
 * Reads a progress file, shows what it would add, and merges it in only when
 * the learner confirms, keeping a backup of the state before. A bad file
 * changes nothing and says why; of a partly bad one, what is valid is offered.
 */
export function ImportProgress() {
  const { t } = useTranslation('progress');
  const importState = useAppStore((s) => s.importState);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const preview = useRef<HTMLHeadingElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const [focusInput, setFocusInput] = useState(false);

  useEffect(() => {
    if (step.kind === 'preview') preview.current?.focus();
    if (step.kind === 'done') done.current?.focus();
    if (step.kind === 'idle' && focusInput) input.current?.focus();
  }, [step, focusInput]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    setFocusInput(false);
    const file = event.target.files?.[0];
    if (!file) return setStep({ kind: 'idle' });
    if (file.size > MAX_IMPORT_BYTES) return setStep({ kind: 'error', problem: 'too-large' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setStep({ kind: 'error', problem: 'unreadable' });
    }
    const result = previewImport(persistedPart(useAppStore.getState()), text);
    if (!result.ok) return setStep({ kind: 'error', problem: result.problem });
    if (!result.changes.any) return setStep({ kind: 'nothing-new' });
    const { imported, changes, partial } = result;
    setStep({ kind: 'preview', imported, changes, partial });
  };

  const clearInput = () => {
    if (input.current) input.current.value = '';
  };

  const confirm = (imported: PersistedState) => {
    // Merged with the state as it is now, in case another tab saved meanwhile.
    const backup = importState(imported);
    clearInput();
    setStep({ kind: 'done', backup });
  };

  const cancel = () => {
    clearInput();
    setFocusInput(true);
    setStep({ kind: 'idle' });
  };

  const errorId = 'import-error';
  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">{t('move.importHeading')}</h3>
      <label htmlFor="import-file" className="field-label">
        {t('move.fileLabel')}
      </label>
      <p id="import-hint" className="field-hint">
        {t('move.fileHint')}
      </p>
      <input
        ref={input}
        id="import-file"
        type="file"
        accept=".json,application/json"
        className="file-input"
        aria-describedby={step.kind === 'error' ? `import-hint ${errorId}` : 'import-hint'}
        aria-invalid={step.kind === 'error' || undefined}
        onChange={(e) => void choose(e)}
      />
      {step.kind === 'error' && (
        <p id={errorId} className="field-error" role="alert">
          {t(`move.problem.${step.problem}`)} {t('move.unchanged')}
        </p>
      )}
      {step.kind === 'nothing-new' && (
        <p role="status" className="move-status">
          {t('move.nothingNew')}
        </p>
      )}
      {step.kind === 'preview' && (
        <div className="import-preview">
          <h4 ref={preview} tabIndex={-1}>
            {t('move.previewHeading')}
          </h4>
          <ImportSummary changes={step.changes} />
          <p>{t('move.previewNote')}</p>
          {step.partial && <p>{t('move.partial')}</p>}
          <div className="actions">
            <Button variant="primary" onClick={() => confirm(step.imported)}>
              {t('move.confirm')}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              {t('move.cancel')}
            </Button>
          </div>
        </div>
      )}
      {step.kind === 'done' && (
        <p ref={done} tabIndex={-1} role="status" className="move-status move-status--done">
          {t('move.imported')}
          {step.backup === 'kept' && <> {t('move.importKept', { days: STATE_BACKUP_DAYS })}</>}
        </p>
      )}
    </section>
  );
}
