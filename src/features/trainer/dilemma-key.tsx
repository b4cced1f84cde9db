import { useTranslation } from 'react-i18next';
import { RatingBadge } from '@/components/ui/rating-badge';
import { RichText } from '@/components/ui/rich-text';
import type { Scenario } from '@/types/content';
import { choiceLetter } from './choice-letter';
import { QualityBadge } from './quality-badge';

/** One dilemma: each step's choices with their quality, then its endings. */
export function DilemmaKey({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation('trainer');
  return (
    <div className="answer-key__dilemma">
      <h3>{t('answerKey.dilemma', { title: scenario.title })}</h3>
      {scenario.steps.map((step, i) => (
        <div key={step.id} className="answer-key__step">
          <h4>{t('answerKey.step', { number: i + 1 })}</h4>
          <div className="answer-key__situation">
            <RichText value={step.text} />
          </div>
          <ul className="answer-key__choices">
            {step.choices.map((choice, j) => (
              <li key={choice.id}>
                <strong>{choiceLetter(j)}.</strong> {choice.text}{' '}
                <QualityBadge quality={choice.quality} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h4>{t('answerKey.endings')}</h4>
      <ul className="answer-key__endings">
        {scenario.endings.map((ending) => (
          <li key={ending.id}>
            <RatingBadge rating={ending.rating} /> {ending.title}
          </li>
        ))}
      </ul>
    </div>
  );
}
