import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { partMinutes } from '@/lib/estimate';
import { formatTitles } from '@/lib/i18n';
import type { CourseTrack } from '@/types/content';

interface PathSummaryProps {
  tracks: CourseTrack[];
  /** The whole path's estimate, unrounded. */
  minutes: number;
  onChange: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The learner's path once they have chosen: the core and their tracks, with a way to change. */
export function PathSummary({ tracks, minutes, onChange, headingRef }: PathSummaryProps) {
  const { t } = useTranslation('catalogue');
  const language = useLanguage();
  const rounded = partMinutes(minutes);
  return (
    <div className="path-summary">
      <h3 id="path-heading" ref={headingRef} tabIndex={-1}>
        {t('path.heading')}
      </h3>
      <p>
        {tracks.length > 0
          ? t('path.withTracks', {
              tracks: formatTitles(
                tracks.map((x) => x.title),
                language,
              ),
              minutes: rounded,
            })
          : t('path.coreOnly', { minutes: rounded })}
      </p>
      <button type="button" className="button button--secondary" onClick={onChange}>
        {t('path.change')}
      </button>
    </div>
  );
}
