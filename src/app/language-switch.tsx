import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGES, type LanguageInfo } from '@/config/languages';
import { useAppStore } from '@/store/store';

/**
 * Changes the language; the place and progress stay as they are. With two
 * languages it is one button naming the other; with more, a labelled menu.
 */
export function LanguageSwitch({ languages = LANGUAGES }: { languages?: readonly LanguageInfo[] }) {
  const { t } = useTranslation('common');
  const language = useAppStore((s) => s.settings.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const others = languages.filter((l) => l.code !== language);
  const [only] = others;
  if (others.length === 1 && only) {
    return (
      <button
        type="button"
        className="language-switch"
        lang={only.code}
        onClick={() => setLanguage(only.code as Language)}
      >
        {t('language.switchTo')}
      </button>
    );
  }
  return (
    <label className="language-switch">
      {t('language.label')}{' '}
      <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}
