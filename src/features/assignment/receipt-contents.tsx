import { useTranslation } from 'react-i18next';
import { useCatalogue } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { formatDate, formatPercent } from '@/lib/i18n';
import { MODULE_STATUS_MARK } from './module-status-mark';
import type { Receipt, ReceiptModule } from './receipt';

/** What the receipt says of each module, in words (a symbol beside them): as the trainer will read it. */
export function ReceiptContents({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation('assignment');
  const language = useLanguage();
  const { modules } = useCatalogue();
  const title = (id: string) => modules.find((m) => m.id === id)?.title ?? id;
  const describe = (m: ReceiptModule) => {
    const percent = m.score === undefined ? undefined : formatPercent(m.score, language);
    if (m.status === 'passed') {
      return t('receipt.module.passed', {
        percent,
        date: formatDate(m.passedOn ?? receipt.madeOn, language),
      });
    }
    if (m.status === 'started' && percent !== undefined) {
      return t('receipt.module.startedScore', { percent });
    }
    return t(`receipt.module.${m.status}`);
  };

  return (
    <>
      <h4>{t('receipt.contentsHeading')}</h4>
      <ul className="receipt-contents">
        {receipt.modules.map((m) => (
          <li key={m.id}>
            <span aria-hidden="true">{MODULE_STATUS_MARK[m.status]} </span>
            {title(m.id)}: {describe(m)}
          </li>
        ))}
      </ul>
      <p className="field-hint">
        {receipt.completedOn
          ? t('receipt.madeComplete', { date: formatDate(receipt.madeOn, language) })
          : t('receipt.madePartial', { date: formatDate(receipt.madeOn, language) })}
      </p>
    </>
  );
}
