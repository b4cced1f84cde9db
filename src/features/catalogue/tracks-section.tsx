import { useTranslation } from 'react-i18next';
import type { useProgress } from '@/hooks/use-progress';
import { chosenTracks } from '@/domain/course-parts';
import { useAppStore } from '@/store/store';
import type { Catalogue } from '@/types/content';
import { TrackBlock } from './track-block';

interface TracksSectionProps {
  catalogue: Catalogue;
  progress: ReturnType<typeof useProgress>;
}

/** "For your role": every track, the learner's own first and the others still listed after them. */
export function TracksSection({ catalogue, progress }: TracksSectionProps) {
  const { t } = useTranslation('catalogue');
  const chosen = useAppStore((s) => s.settings.tracks);
  if (catalogue.tracks.length === 0) return null;
  const yours = chosenTracks(catalogue, chosen);
  const others = catalogue.tracks.filter((x) => !yours.includes(x));
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const modulesOf = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);

  return (
    <section aria-labelledby="tracks-heading" className="course-part">
      <h2 id="tracks-heading">{t('tracks.heading')}</h2>
      <p>{t('tracks.intro')}</p>
      {yours.map((track) => (
        <TrackBlock
          key={track.id}
          track={track}
          modules={modulesOf(track.modules)}
          yours
          progress={progress}
        />
      ))}
      {yours.length > 0 && others.length > 0 && (
        <p className="tracks__others">{t('tracks.others')}</p>
      )}
      {others.map((track) => (
        <TrackBlock
          key={track.id}
          track={track}
          modules={modulesOf(track.modules)}
          yours={false}
          progress={progress}
        />
      ))}
    </section>
  );
}
