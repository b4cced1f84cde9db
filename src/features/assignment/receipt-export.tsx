import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '@/hooks/use-content';
import { Button } from '@/components/ui/button';
import { buildReceipt, isValidReceipt } from './receipt';
import { encodeReceiptCode, receiptFileName, receiptToJson } from './receipt-codec';
import type { Assignment } from '@/store/schema';
import { useAppStore } from '@/store/store';
import { CopyField } from './copy-field';
import { downloadText } from '@/lib/download-file';
import { NameForm } from './name-form';

/**
 * The completion receipt of a finished assignment: asks for the learner's
 * name if it is not known, then offers a JSON file and a text code.
 */
export function ReceiptExport({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation('assignment');
  const name = useAppStore((s) => s.settings.learnerName);
  const language = useAppStore((s) => s.settings.language);
  const quizzes = useAppStore((s) => s.quizzes);
  const { course } = useCatalogue();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [code, setCode] = useState<{ json: string; code: string } | null>(null);
  // After the name is saved the form is gone; focus moves to what replaced it.
  const intro = useRef<HTMLParagraphElement>(null);
  const [nameJustSaved, setNameJustSaved] = useState(false);
  useEffect(() => {
    if (nameJustSaved) intro.current?.focus();
  }, [nameJustSaved]);

  const receipt = useMemo(
    () =>
      name
        ? buildReceipt({ assignment, quizzes, name, language, courseVersion: course.version })
        : null,
    [assignment, quizzes, name, language, course.version],
  );
  const json = receipt && isValidReceipt(receipt) ? receiptToJson(receipt) : null;

  useEffect(() => {
    if (!receipt || !json) return;
    let live = true;
    encodeReceiptCode(receipt).then(
      (text) => live && setCode({ json, code: text }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [receipt, json]);

  const id = `receipt-${assignment.id}`;
  if (!name) return <NameForm id={id} onSaved={() => setNameJustSaved(true)} />;
  if (!receipt || !json) return <p>{t('receipt.cannot')}</p>;

  const download = () => {
    const file = receiptFileName(receipt);
    downloadText(json, file, 'application/json');
    setDownloaded(file);
  };

  return (
    <div className="receipt-export">
      <p tabIndex={-1} ref={intro}>
        {t('receipt.intro')}
      </p>
      <p>{t('receipt.forName', { name: receipt.name })}</p>
      <h4>{t('receipt.fileHeading')}</h4>
      <Button variant="primary" onClick={download}>
        {t('receipt.download')}
      </Button>
      <p role="status" className="assignment-status">
        {downloaded && t('receipt.downloaded', { file: downloaded })}
      </p>
      <h4>{t('receipt.codeHeading')}</h4>
      {code && code.json === json ? (
        <CopyField
          id={`${id}-code`}
          label={t('receipt.codeLabel')}
          hint={t('receipt.codeHint')}
          value={code.code}
          multiline
        />
      ) : (
        <p className="muted">{t('receipt.codeLoading')}</p>
      )}
      <p className="receipt-export__checksum">{t('receipt.checksum')}</p>
    </div>
  );
}
