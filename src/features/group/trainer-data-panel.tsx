import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Confirm } from '@/components/ui/confirm';
import { downloadText } from '@/lib/download-file';
import { type BackupResult, backupFileName, MAX_BACKUP_CHARS } from './trainer-backup';
import { TrainerStorageNotice } from './trainer-storage-notice';
import { useTrainerStore } from './trainer-store';

type Message =
  | { kind: 'exported'; file: string }
  | { kind: 'imported'; result: BackupResult }
  | { kind: 'cleared'; title: string }
  | { kind: 'undone' };

interface TrainerDataPanelProps {
  /** The assignment whose results the page shows; without one, there is nothing to empty. */
  assignmentId?: string;
}

/**
 * The trainer's kept results: save all of them as one file, read such a file
 * back (merged with what is kept), and empty one assignment's results after
 * asking, with a way back.
 */
export function TrainerDataPanel({ assignmentId }: TrainerDataPanelProps) {
  const { t } = useTranslation('assignment');
  const group = useTrainerStore((s) => (assignmentId ? s.groups[assignmentId] : undefined));
  const undoable = useTrainerStore((s) => s.undoable);
  const [message, setMessage] = useState<Message | null>(null);
  const said = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (message) said.current?.focus();
  }, [message]);

  const exportFile = () => {
    const now = Date.now();
    const file = backupFileName(now);
    downloadText(useTrainerStore.getState().exportBackup(), file, 'application/json');
    setMessage({ kind: 'exported', file });
  };

  const importFile = async (file: File) => {
    const result: BackupResult =
      file.size > MAX_BACKUP_CHARS
        ? { ok: false, problem: 'too-large' }
        : useTrainerStore.getState().importBackup(await file.text());
    setMessage({ kind: 'imported', result });
  };

  const clear = () => {
    if (!group) return;
    useTrainerStore.getState().clearGroup(group.assignmentId);
    setMessage({ kind: 'cleared', title: group.title });
  };

  const undo = () => {
    useTrainerStore.getState().undoClear();
    setMessage({ kind: 'undone' });
  };

  const describe = (m: Message): string => {
    switch (m.kind) {
      case 'exported':
        return t('kept.exported', { file: m.file });
      case 'cleared':
        return t('kept.cleared', { title: m.title });
      case 'undone':
        return t('kept.undone');
      case 'imported': {
        if (!m.result.ok) return t(`kept.problem.${m.result.problem}`);
        const { groups, receipts, roster, overLimit } = m.result.added;
        const added =
          groups + receipts + roster === 0
            ? t('kept.importedNothing')
            : t('kept.imported', {
                groups: t('kept.groups', { count: groups }),
                receipts: t('kept.receipts', { count: receipts }),
                roster: t('kept.roster', { count: roster }),
              });
        return overLimit > 0 ? `${added} ${t('kept.overLimit', { count: overLimit })}` : added;
      }
    }
  };

  const canUndo =
    message?.kind === 'cleared' &&
    undoable?.kind === 'cleared' &&
    undoable.group.assignmentId === assignmentId;

  return (
    <section aria-labelledby="trainer-data-heading" className="trainer-data">
      <h2 id="trainer-data-heading">{t('kept.heading')}</h2>
      <p>{t('kept.intro')}</p>
      <TrainerStorageNotice />
      <div className="actions">
        <Button variant="secondary" onClick={exportFile}>
          {t('kept.export')}
        </Button>
      </div>
      <label htmlFor="trainer-backup-file" className="field-label">
        {t('kept.importLabel')}
      </label>
      <p id="trainer-backup-hint" className="field-hint">
        {t('kept.importHint')}
      </p>
      <input
        id="trainer-backup-file"
        type="file"
        accept=".json,application/json"
        className="file-input"
        aria-describedby="trainer-backup-hint"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {group && group.receipts.length > 0 && (
        <Confirm
          action={t('kept.clear')}
          question={t('kept.clearQuestion', { count: group.receipts.length, title: group.title })}
          questionId="trainer-clear-question"
          confirm={t('kept.clearConfirm')}
          cancel={t('kept.clearCancel')}
          confirmVariant="danger"
          onAsk={() => setMessage(null)}
          onConfirm={clear}
          className="notice"
          actionClassName="actions"
        />
      )}
      <div role="status">
        {message && (
          <p ref={said} tabIndex={-1}>
            {describe(message)}
          </p>
        )}
      </div>
      {canUndo && (
        <div className="actions">
          <Button variant="secondary" onClick={undo}>
            {t('kept.undo')}
          </Button>
        </div>
      )}
    </section>
  );
}
