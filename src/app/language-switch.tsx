import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/store/store';

/** Switches between Swedish and English; the place and progress stay as they are. */
export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const language = useAppStore((s) => s.settings.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const other = language === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      onClick={() => setLanguage(other)}
    >
      {t('language.switchTo')}
    </button>
  );
}
