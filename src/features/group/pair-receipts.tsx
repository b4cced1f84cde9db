import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { LearnerRow } from './learner-rows';

interface PairReceiptsProps {
  /** Receipts from someone not on the roster (`pairingRows`): each can be paired. */
  outside: readonly LearnerRow[];
  /** Roster rows whose receipt came by a pairing: each can be taken back. */
  paired: readonly LearnerRow[];
  /** The roster entries without a receipt: who a receipt can be paired with. */
  missing: readonly LearnerRow[];
  onPair: (receiptKey: string, entryKey: string) => void;
  onUnpair: (receiptKey: string) => void;
}

/** "Anna Lind (anna.lnd@exempel.se)", or the name alone without an identifier. */
function useWho() {
  const { t } = useTranslation('assignment');
  return (name: string, identifier: string | undefined) =>
    identifier === undefined ? name : t('group.pair.who', { name, identifier });
}

/**
 * For the learner who typed their address or number wrong: each receipt from
 * someone not in the roster can be paired with a roster entry that has no
 * receipt, and each pairing made can be taken back. The form or button used
 * goes away with its pairing, so focus moves to the line that says what happened.
 */
export function PairReceipts({ outside, paired, missing, onPair, onUnpair }: PairReceiptsProps) {
  const { t } = useTranslation('assignment');
  const who = useWho();
  const [done, setDone] = useState({ message: '', count: 0 });
  const status = useRef<HTMLParagraphElement>(null);
  const tell = (message: string) => setDone((d) => ({ message, count: d.count + 1 }));

  useEffect(() => {
    if (done.count > 0) status.current?.focus();
  }, [done.count]);

  return (
    <section aria-labelledby="pair-heading" className="pair-receipts">
      <h2 id="pair-heading">{t('group.pair.heading')}</h2>
      {outside.length > 0 && (
        <>
          <p>{t('group.pair.intro')}</p>
          {missing.length === 0 ? (
            <p>{t('group.pair.noneMissing')}</p>
          ) : (
            <ul className="pair-receipts__list">
              {outside.map((row) => (
                <li key={row.key}>
                  <PairForm
                    who={who(row.name, row.identifier)}
                    missing={missing}
                    describe={(m) => who(m.name, m.identifier)}
                    onPair={(entry) => {
                      onPair(row.receiptKey!, entry.entryKey!);
                      tell(
                        t('group.pair.done', {
                          who: who(row.name, row.identifier),
                          name: entry.name,
                        }),
                      );
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {paired.length > 0 && (
        <>
          <h3>{t('group.pair.pairedHeading')}</h3>
          <ul className="pair-receipts__list">
            {paired.map((row) => {
              const { receipt } = row.receipt!;
              const from = who(receipt.name, receipt.learnerId);
              return (
                <li key={row.key}>
                  {t('group.pair.paired', { who: from, name: row.name })}{' '}
                  <Button
                    variant="secondary"
                    onClick={() => {
                      onUnpair(row.receiptKey!);
                      tell(t('group.pair.undone', { who: from }));
                    }}
                  >
                    {t('group.pair.unpair')}{' '}
                    <span className="visually-hidden">
                      {t('group.pair.unpairFor', { who: from })}
                    </span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p ref={status} tabIndex={-1} role="status" className="assignment-status">
        {done.message}
      </p>
    </section>
  );
}

interface PairFormProps {
  who: string;
  missing: readonly LearnerRow[];
  /** How each person is named in the choice. */
  describe: (row: LearnerRow) => string;
  onPair: (entry: LearnerRow) => void;
}

/** One receipt from outside the roster: who it is from, and a choice of whom it belongs to. */
function PairForm({ who, missing, describe, onPair }: PairFormProps) {
  const { t } = useTranslation('assignment');
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entry = missing.find((m) => m.key === choice);
    if (!entry) {
      setError(true);
      select.current?.focus();
      return;
    }
    onPair(entry);
  };

  return (
    <form className="pair-receipts__form" onSubmit={submit} noValidate>
      <Field
        id={id}
        label={t('group.pair.choose', { who })}
        error={error ? t('group.pair.chooseFirst') : undefined}
      >
        {(control) => (
          <select
            {...control}
            ref={select}
            className="text-input"
            value={choice}
            onChange={(e) => {
              setChoice(e.target.value);
              setError(false);
            }}
          >
            <option value="">{t('group.pair.placeholder')}</option>
            {missing.map((m) => (
              <option key={m.key} value={m.key}>
                {describe(m)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button variant="secondary" type="submit">
        {t('group.pair.submit')}
      </Button>
    </form>
  );
}
