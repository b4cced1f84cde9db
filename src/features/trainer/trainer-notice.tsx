import { useTranslation } from 'react-i18next';

/** At the top of every trainer page: these pages, and the answer keys in them, are for trainers. */
export function TrainerNotice() {
  const { t } = useTranslation('trainer');
  return (
    <div className="notice trainer-notice">
      <p>
        <strong>{t('notice.title')}</strong> {t('notice.body')}
      </p>
    </div>
  );
}
