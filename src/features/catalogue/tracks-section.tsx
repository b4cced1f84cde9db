import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { useProgress } from '@/hooks/use-progress';
import { chosenTracks } from '@/lib/course-parts';
import { useAppStore } from '@/store/store';
import type { Catalogue } from '@/types/content';
import { PathSummary } from './path-summary';
import { RolePicker } from './role-picker';
import { TrackBlock } from './track-block';

interface TracksSectionProps {
  catalogue: Catalogue;
  progress: ReturnType<typeof useProgress>;
}

/**
 * "For your role": the learner picks their tracks once and then sees their path, with
 * their own tracks first and the others still listed after them.
 */
export function TracksSection({ catalogue, progress }: TracksSectionProps) {
  const { t } = useTranslation('catalogue');
  const chosen = useAppStore((s) => s.settings.tracks);
  const setTracks = useAppStore((s) => s.setTracks);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const pathHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (saved && !editing) pathHeading.current?.focus();
  }, [saved, editing]);

  if (catalogue.tracks.length === 0) return null;
  const yours = chosenTracks(catalogue, chosen);
  const others = catalogue.tracks.filter((x) => !yours.includes(x));
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const modulesOf = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const pathMinutes = catalogue.core.minutes + yours.reduce((n, x) => n + x.minutes, 0);

  return (
    <section aria-labelledby="tracks-heading" className="course-part">
      <h2 id="tracks-heading">{t('tracks.heading')}</h2>
      <p>{t('tracks.intro')}</p>
      {chosen === undefined || editing ? (
        <RolePicker
          tracks={catalogue.tracks}
          chosen={chosen}
          onSave={(ids) => {
            setTracks(ids);
            setEditing(false);
            setSaved(true);
          }}
          onCancel={chosen === undefined ? undefined : () => setEditing(false)}
        />
      ) : (
        <PathSummary
          tracks={yours}
          minutes={pathMinutes}
          onChange={() => setEditing(true)}
          headingRef={pathHeading}
        />
      )}
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
