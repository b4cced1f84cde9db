import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';

const parts = ['intro', 'first', 'second', 'questions', 'wrapUp'] as const;
const questions = ['why', 'need', 'employer', 'outside'] as const;

/** How to run a 30-minute session, part by part, with the time each part takes. */
export function SessionAgenda() {
  const { t } = useTranslation('trainer');
  return (
    <section aria-labelledby="agenda-heading" className="agenda">
      <h2 id="agenda-heading">{t('agenda.heading')}</h2>
      <p>{t('agenda.before')}</p>
      <p>
        <Link to={paths.trainer()}>{t('agenda.pickDilemma')}</Link>
      </p>
      <ol className="agenda__parts">
        {parts.map((part) => (
          <li key={part} className="agenda__part">
            <h3>
              <span className="agenda__time">{t(`agenda.parts.${part}.time`)}</span>{' '}
              {t(`agenda.parts.${part}.title`)}
            </h3>
            <p>{t(`agenda.parts.${part}.body`)}</p>
            {part === 'questions' && (
              <ol className="agenda__questions">
                {questions.map((q) => (
                  <li key={q}>{t(`agenda.fourQuestions.${q}`)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <h3>{t('agenda.tipsHeading')}</h3>
      <ul>
        <li>{t('agenda.tips.safe')}</li>
        <li>{t('agenda.tips.own')}</li>
        <li>{t('agenda.tips.unsure')}</li>
      </ul>
    </section>
  );
}
