import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/ui/button-link';
import { paths } from '@/lib/paths';

interface CourseFinishedProps {
  /** The next module of the learner's chosen tracks still to pass, if any. */
  next?: { title: string; href: string } | undefined;
  /** Move focus to the heading when it appears (after a quiz, not on the start page). */
  takeFocus?: boolean;
}

/**
 * The finish line: the course is complete (see `isCourseComplete`), what that means, and the
 * way to the certificate. On the quiz results page when the last required quiz is passed, and
 * on the start page from then on.
 */
export function CourseFinished({ next, takeFocus = false }: CourseFinishedProps) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  return (
    <section className="course-finished" aria-labelledby="course-finished-heading">
      <h2 id="course-finished-heading" ref={heading} tabIndex={-1}>
        <span aria-hidden="true" className="course-finished__mark">
          ✓
        </span>{' '}
        {t('finish.heading')}
      </h2>
      <p>{t('finish.body')}</p>
      <p>
        <ButtonLink variant="primary" to={paths.certificate()}>
          {t('finish.certificate')}
        </ButtonLink>
      </p>
      {next && (
        <p>
          {t('finish.tracks')} <Link to={next.href}>{t('finish.next', { title: next.title })}</Link>
        </p>
      )}
    </section>
  );
}
