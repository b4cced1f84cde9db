import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { bestChoices, bestRating } from '@/domain/practice';
import type { ScenarioStep } from '@/types/content';
import { choiceLetter } from './choice-letter';
import { QualityBadge } from './quality-badge';

/** What only the facilitator should see: the best choice and why, each choice's quality, tips. */
export function FacilitatorNotes({
  step,
  inOwnWindow = false,
}: {
  step: ScenarioStep | undefined;
  /** In the presenter window: the warning says to keep the window off the shared screen. */
  inOwnWindow?: boolean;
}) {
  const { t } = useTranslation('facilitation');
  const headingId = useId();
  const best = step ? bestChoices(step) : [];
  return (
    <aside className="fac-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notes.heading')}</h2>
      <p className="fac-notes__warning">
        {t(inOwnWindow ? 'notes.warningOwnWindow' : 'notes.warning')}
      </p>
      {step ? (
        <>
          <h3>{t('notes.best', { count: best.length })}</h3>
          {bestRating(step) !== 'good' && <p>{t('notes.noGoodChoice')}</p>}
          {best.map((choice) => (
            <div key={choice.id}>
              <p>
                <strong>{choiceLetter(step.choices.indexOf(choice))}:</strong> {choice.text}
              </p>
              <p>
                <strong>{t('notes.why')}</strong> {choice.rule}
              </p>
            </div>
          ))}
          <h3>{t('notes.qualities')}</h3>
          <ul className="fac-notes__qualities">
            {step.choices.map((choice, i) => (
              <li key={choice.id}>
                <strong>{choiceLetter(i)}:</strong> <QualityBadge quality={choice.quality} />
              </li>
            ))}
          </ul>
          <h3>{t('notes.tipsHeading')}</h3>
          <ul>
            <li>{t('notes.tips.pairs')}</li>
            <li>{t('notes.tips.prompt')}</li>
            <li>{t('notes.tips.vote')}</li>
            <li>{t('notes.tips.rule')}</li>
          </ul>
        </>
      ) : (
        <>
          <h3>{t('notes.tipsHeading')}</h3>
          <ul>
            <li>{t('notes.ending.different')}</li>
            <li>{t('notes.ending.fourQuestions')}</li>
            <li>{t('notes.ending.report')}</li>
          </ul>
        </>
      )}
    </aside>
  );
}
