import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '@/components/ui/button';
import { Button } from '@/components/ui/button';
import { downloadText } from '@/lib/download-file';
import type { Assignment } from '@/store/schema';
import { CopyField } from './copy-field';
import { NameForm } from './name-form';
import { ReceiptContents } from './receipt-contents';
import { isValidReceipt } from './receipt';
import { encodeReceiptCode, receiptFileName, receiptToJson } from './receipt-codec';
import { contactAddress, receiptMailto } from './receipt-mail';
import { useAssignmentReceipt } from './use-assignment-receipt';

/**
 * The receipt of an assignment, to send now, of however far the learner has
 * come: asks for the learner's name if it is not known (and points to the
 * identifier the assignment asks for, if not given yet), then shows what the
 * receipt says of each module, offers to send the code to the contact by
 * e-mail (or says whom to send it to), the code to copy, and a JSON file.
 */
export function ReceiptExport({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation('assignment');
  const { name, receipt, needsLearnerId } = useAssignmentReceipt(assignment);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [code, setCode] = useState<{ json: string; code: string } | null>(null);
  // After the name is saved the form is gone; focus moves to what replaced it.
  const intro = useRef<HTMLParagraphElement>(null);
  const [nameJustSaved, setNameJustSaved] = useState(false);
  useEffect(() => {
    if (nameJustSaved) intro.current?.focus();
  }, [nameJustSaved]);

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
  if (needsLearnerId && assignment.identifiedBy) {
    return <p>{t(`learnerId.first.${assignment.identifiedBy}`)}</p>;
  }
  if (!receipt || !json) return <p>{t('receipt.cannot')}</p>;

  const download = () => {
    const file = receiptFileName(receipt);
    downloadText(json, file, 'application/json');
    setDownloaded(file);
  };
  const current = code && code.json === json ? code.code : null;
  const address = contactAddress(assignment.contact);
  const mailto =
    current && address
      ? receiptMailto({
          to: address,
          subject: t('receipt.mail.subject', { title: assignment.title }),
          body: t('receipt.mail.body', { code: current, name: receipt.name }),
        })
      : null;

  return (
    <div className="receipt-export">
      <p tabIndex={-1} ref={intro}>
        {receipt.learnerId
          ? t('receipt.forNameAndId', { name: receipt.name, id: receipt.learnerId })
          : t('receipt.forName', { name: receipt.name })}
      </p>
      <ReceiptContents receipt={receipt} />
      <h4>{t('receipt.sendHeading')}</h4>
      {mailto ? (
        <>
          <p>
            <a className={buttonClass('primary')} href={mailto}>
              {t('receipt.mail.action')}
            </a>
          </p>
          <p className="field-hint">{t('receipt.mail.hint', { address })}</p>
        </>
      ) : (
        <p>
          {assignment.contact
            ? t('receipt.sendTo', { contact: assignment.contact })
            : t('receipt.sendToGiver')}
        </p>
      )}
      {current ? (
        <CopyField
          id={`${id}-code`}
          label={t('receipt.codeLabel')}
          hint={t('receipt.codeHint')}
          value={current}
          multiline
        />
      ) : (
        <p className="muted">{t('receipt.codeLoading')}</p>
      )}
      <h4>{t('receipt.fileHeading')}</h4>
      <Button onClick={download}>{t('receipt.download')}</Button>
      <p role="status" className="assignment-status">
        {downloaded && t('receipt.downloaded', { file: downloaded })}
      </p>
      <p className="receipt-export__checksum">{t('receipt.checksum')}</p>
    </div>
  );
}
