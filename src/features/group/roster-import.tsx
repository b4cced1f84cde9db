import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { IdentifierKind } from '@/domain/identifier';
import type { RosterEntry, RosterRead } from './roster-parse';

interface RosterImportProps {
  /** The assignment's identifier, read from its column; none for an assignment that asks for none. */
  identifiedBy?: IdentifierKind;
  /** How many are on the roster now. */
  current: number;
  onRoster: (entries: RosterEntry[]) => void;
}

/**
 * Where the roster comes in: pasted from Excel or a file from HR. After
 * reading it says how many people were read, whether there were headings,
 * and each line that was not read and why. The pasted text stays.
 */
export function RosterImport({ identifiedBy, current, onRoster }: RosterImportProps) {
  const { t } = useTranslation('assignment');
  const [text, setText] = useState('');
  const [read, setRead] = useState<RosterRead | 'unreadable' | null>(null);
  // A kept roster folds its form away, so the table is near the top on a status check. Only the
  // first render decides, so reading a list never hides the button that has focus.
  const [startOpen] = useState(current === 0);

  // The reader loads when first used, keeping it out of the page's first load.
  const take = async (source: string) => {
    const { parseRoster } = await import('./roster-parse');
    const result = parseRoster(source, identifiedBy);
    setRead(result);
    if (result.entries.length > 0) onRoster(result.entries);
  };

  return (
    <section aria-labelledby="roster-heading" className="roster-import">
      <h2 id="roster-heading">{t('group.roster.heading')}</h2>
      <p>{t(`group.roster.intro.${identifiedBy ?? 'none'}`)}</p>
      {current > 0 && <p>{t('group.roster.current', { count: current })}</p>}
      <details open={startOpen} className="roster-import__form">
        <summary>{t('group.roster.again')}</summary>
        <Field
          id="roster-text"
          label={t('group.roster.pasteLabel')}
          hint={t('group.roster.pasteHint')}
        >
          {(control) => (
            <textarea
              {...control}
              className="text-input"
              rows={4}
              spellCheck={false}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <div className="actions">
          <Button onClick={() => void take(text)} disabled={text.trim() === ''}>
            {t('group.roster.read')}
          </Button>
        </div>
        <Field id="roster-file" label={t('group.roster.fileLabel')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              className="file-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                file.text().then(take, () => setRead('unreadable'));
              }}
            />
          )}
        </Field>
      </details>
      <RosterReport read={read} />
    </section>
  );
}

function RosterReport({ read }: { read: RosterRead | 'unreadable' | null }) {
  const { t } = useTranslation('assignment');
  return (
    <>
      <p role="status" className="assignment-status">
        {read === 'unreadable'
          ? t('group.roster.unreadable')
          : read &&
            `${t('group.roster.result', { count: read.entries.length })} ${t(
              read.header ? 'group.roster.header' : 'group.roster.noHeader',
            )}`}
      </p>
      {read && read !== 'unreadable' && read.problems.length > 0 && (
        <section className="notice notice--problem" aria-labelledby="roster-problems-heading">
          <h3 id="roster-problems-heading">
            <span aria-hidden="true">⚠ </span>
            {t('group.roster.problemsHeading')}
          </h3>
          <ul>
            {read.problems.map((p) => {
              const problem = t(`group.roster.reason.${p.reason}`);
              return (
                <li key={`${p.line}-${p.reason}`}>
                  {p.firstLine === undefined
                    ? t('group.roster.problem', { line: p.line, text: p.text, problem })
                    : t('group.roster.problemFirst', {
                        line: p.line,
                        text: p.text,
                        problem,
                        first: p.firstLine,
                      })}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
