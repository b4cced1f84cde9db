import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { ImportBatch } from './read-receipts';

// The readers load when first used, keeping them out of the results page's first load.
const readers = () => import('./read-receipts');

/**
 * Where receipts come in: a file input (several files at once), a drop zone
 * around it for mouse users, and a text area for pasted text: whole e-mails
 * or just the codes. The text stays in the field after it is read, so a
 * problem can be found and fixed in it. Everything is read in the browser.
 */
export function ReceiptImport({ onRead }: { onRead: (batch: ImportBatch) => void }) {
  const { t } = useTranslation('assignment');
  const [dragging, setDragging] = useState(false);
  const [codes, setCodes] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const read = async (load: () => Promise<ImportBatch>) => {
    setBusy(true);
    try {
      onRead(await load());
    } finally {
      setBusy(false);
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void read(async () => (await readers()).readFiles(files));
  };

  return (
    <section aria-labelledby="receipt-import-heading" className="receipt-import">
      <h2 id="receipt-import-heading">{t('results.import.heading')}</h2>
      <div
        className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor="receipt-files" className="field-label">
          {t('results.import.filesLabel')}
        </label>
        <p id="receipt-files-hint" className="field-hint">
          {t('results.import.filesHint')} {t('results.import.drop')}
        </p>
        <input
          ref={input}
          id="receipt-files"
          type="file"
          multiple
          accept=".json,.txt,.eml,application/json,text/plain,message/rfc822"
          className="file-input"
          aria-describedby="receipt-files-hint"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void read(async () => (await readers()).readFiles(files));
          }}
        />
      </div>
      <Field
        id="receipt-codes"
        label={t('results.import.codesLabel')}
        hint={t('results.import.codesHint')}
      >
        {(control) => (
          <textarea
            {...control}
            className="text-input receipt-import__codes"
            rows={4}
            spellCheck={false}
            value={codes}
            onChange={(e) => setCodes(e.target.value)}
          />
        )}
      </Field>
      <div className="actions receipt-import__actions">
        <Button
          onClick={() => {
            if (busy) return;
            void read(async () => (await readers()).readPastedText(codes));
          }}
        >
          {busy ? t('results.import.reading') : t('results.import.readCodes')}
        </Button>
        {codes !== '' && (
          <Button
            variant="secondary"
            onClick={() => {
              setCodes('');
              document.getElementById('receipt-codes')?.focus();
            }}
          >
            {t('results.import.clearCodes')}
          </Button>
        )}
      </div>
    </section>
  );
}
