import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatPercent } from '@/lib/i18n';
import type { ScenarioChoice } from '@/types/content';
import { QualityBadge } from './quality-badge';
import { parseVote } from './session';
import { VoteBar } from './vote-bar';

interface ChoiceCardProps {
  choice: ScenarioChoice;
  letter: string;
  /** The votes as typed. */
  value: string;
  count: number;
  total: number;
  revealed: boolean;
  onVote: (value: string) => void;
}

/** One choice on the projector: its letter and text, the group's votes, and after "Reveal" what follows. */
export function ChoiceCard({
  choice,
  letter,
  value,
  count,
  total,
  revealed,
  onVote,
}: ChoiceCardProps) {
  const { t } = useTranslation('facilitation');
  const language = useLanguage();
  const id = useId();
  const invalid = parseVote(value) === undefined;
  const share = total > 0 ? count / total : 0;
  return (
    <li className={`fac-choice${revealed ? ` fac-choice--${choice.quality}` : ''}`}>
      <p className="fac-choice__text">
        <span className="fac-choice__letter">{letter}</span> {choice.text}
      </p>
      <div className="fac-vote">
        <label htmlFor={`${id}-votes`} className="fac-vote__label">
          {t('votesFor', { letter })}
        </label>
        <input
          id={`${id}-votes`}
          className="fac-vote__input"
          // Text, not a number field: a number field takes "1e3" and "2.5", and hides what was typed.
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={5}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => onVote(event.target.value)}
        />
        <VoteBar share={share} />
        <p className="fac-vote__count">
          {t('tally', { count, percent: formatPercent(share, language) })}
        </p>
      </div>
      {invalid && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {t('voteError')}
        </p>
      )}
      {revealed && (
        <div className="fac-reveal">
          <p className="fac-reveal__quality">
            <QualityBadge quality={choice.quality} />
          </p>
          <p>{choice.consequence}</p>
          <p className="fac-reveal__rule">
            <strong>{t('rule')}</strong> {choice.rule}
          </p>
        </div>
      )}
    </li>
  );
}
