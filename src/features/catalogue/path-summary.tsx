import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { useEstimate } from '@/hooks/use-estimate';
import { formatTitles } from '@/lib/i18n';
import type { CourseTrack } from '@/types/content';
import { Button } from '@/components/ui/button';

interface PathSummaryProps {
  tracks: CourseTrack[];
  /** The whole path's estimate, unrounded. */
  minutes: number;
  onChange: () => void;
}

/** The learner's path once they have chosen: the core and their tracks, with a way to change. */
export function PathSummary({ tracks, minutes, onChange }: PathSummaryProps) {
  const { t } = useTranslation('catalogue');
  const language = useLanguage();
  const rounded = useEstimate()(minutes);
  return (
    <>
      <p>
        {tracks.length > 0
          ? t('path.withTracks', {
              tracks: formatTitles(
                tracks.map((x) => x.title),
                language,
              ),
              estimate: rounded,
            })
          : t('path.coreOnly', { estimate: rounded })}
      </p>
      <Button variant="secondary" onClick={onChange}>
        {t('path.change')}
      </Button>
    </>
  );
}
