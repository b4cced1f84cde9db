import { useTranslation } from 'react-i18next';

export const FOUR_QUESTION_KEYS = ['why', 'need', 'employer', 'outside'] as const;

/** The four questions on one page, in large type, to show or to print as a slide. */
export function FourQuestionsSlide() {
  const { t } = useTranslation('trainer');
  return (
    <section aria-labelledby="four-slide-heading" className="four-slide">
      <h2 id="four-slide-heading" className="four-slide__heading">
        {t('slide.heading')}
      </h2>
      <p className="four-slide__lead">{t('slide.lead')}</p>
      <ol className="four-slide__questions">
        {FOUR_QUESTION_KEYS.map((q) => (
          <li key={q}>{t(`agenda.fourQuestions.${q}`)}</li>
        ))}
      </ol>
    </section>
  );
}
