/**
 * The recovery strings, with Swedish wording built in for when the strings
 * cannot be loaded (a failed chunk, i18next not started): the error pages must
 * offer their way out even then. A test keeps this wording equal to
 * src/locales/sv/common.json, the source of truth.
 */
import { useTranslation } from 'react-i18next';

export const FALLBACK = {
  'error.title': 'Något gick fel',
  'error.body':
    'Sidan kunde inte visas. Dina sparade resultat är kvar. Gå till startsidan eller ladda om sidan.',
  'error.home': 'Till startsidan',
  'error.reload': 'Ladda om sidan',
  'recovery.heading': 'Om felet kommer tillbaka',
  'recovery.intro':
    'Du kan spara det du har gjort i en fil, ta tillbaka en säkerhetskopia eller börja om.',
  'recovery.download': 'Ladda ner det som är sparat',
  'recovery.downloadHint':
    'Du får en fil som du kan importera på sidan Mina resultat, här eller i en annan webbläsare.',
  'recovery.downloaded': 'Klart. Filen {{file}} är nedladdad.',
  'recovery.nothingSaved': 'Det finns inget sparat att ladda ner.',
  'recovery.backupsHeading': 'Säkerhetskopior',
  'recovery.backupsIntro':
    'Innan du raderar dina resultat, importerar en fil eller tar tillbaka en kopia sparas en kopia av det du hade. Den finns kvar i {{days}} dagar. Sparat som inte gick att läsa finns kvar tills du tar bort det.',
  'recovery.noBackups': 'Det finns inga säkerhetskopior i den här webbläsaren.',
  'recovery.reason.reset': 'Före radering',
  'recovery.reason.import': 'Före import',
  'recovery.reason.restore': 'Före återställning',
  'recovery.reason.corrupt': 'Sparat som var skadat',
  'recovery.reason.invalid': 'Sparat som inte gick att läsa helt',
  'recovery.reason.unreadable': 'Sparat som inte gick att läsa',
  'recovery.restore': 'Ta tillbaka',
  'recovery.downloadCopy': 'Ladda ner',
  'recovery.remove': 'Ta bort',
  'recovery.copyOf': 'kopian {{name}}',
  'recovery.restored': 'Klart. Kopian är tillbaka. Det du hade innan finns som en ny kopia.',
  'recovery.partly':
    'Klart. Det som gick att läsa i kopian är tillbaka. Det du hade innan finns som en ny kopia.',
  'recovery.unreadable': 'Kopian går inte att läsa. Ladda ner den om du vill spara den.',
  'recovery.newer':
    'Kopian sparades av en nyare version av Mutkollen och kan inte läsas här. Ladda ner den om du vill spara den.',
  'recovery.missing': 'Kopian finns inte längre.',
  'recovery.removed': 'Kopian är borttagen.',
  'recovery.notRemoved': 'Kopian gick inte att ta bort.',
  'recovery.reset': 'Radera alla resultat och börja om',
  'recovery.resetWarning':
    'Vill du radera allt du har gjort i kursen från den här webbläsaren? En kopia sparas först i {{days}} dagar.',
  'recovery.resetConfirm': 'Ja, radera och börja om',
  'recovery.resetCancel': 'Avbryt',
} as const;

export type RecoveryKey = keyof typeof FALLBACK;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

/**
 * A `t` for the recovery strings that never suspends and never fails: the
 * learner's language when its common strings are loaded, Swedish otherwise.
 */
export function useRecoveryText() {
  const { t, i18n, ready } = useTranslation('common', { useSuspense: false });
  return (key: RecoveryKey, values: Record<string, string | number> = {}): string =>
    ready && i18n.isInitialized && i18n.exists(`common:${key}`)
      ? (t as (key: string, values: object) => string)(key, values)
      : fill(FALLBACK[key], values);
}
