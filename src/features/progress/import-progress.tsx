import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeStates, persistedPart } from '@/store/persisted-fields';
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
  | { kind: 'preview'; imported: PersistedState; changes: ImportChanges }
  | { kind: 'nothing-new' }
  | { kind: 'done' };

/**
 * Reads a progress file, shows what it would add, and merges it in only when
 * the learner confirms. A bad file changes nothing and says why.
 */
export function ImportProgress() {
  const { t } = useTranslation('progress');
  const replaceAll = useAppStore((s) => s.replaceAll);
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
    setStep({ kind: 'preview', imported: result.imported, changes: result.changes });
  };

  const clearInput = () => {
    if (input.current) input.current.value = '';
  };

  const confirm = (imported: PersistedState) => {
    // Merge with the state as it is now, in case another tab saved meanwhile.
    replaceAll(mergeStates(persistedPart(useAppStore.getState()), imported));
    clearInput();
    setStep({ kind: 'done' });
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
        </p>
      )}
    </section>
  );
}
