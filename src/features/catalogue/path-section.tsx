import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chosenTracks } from '@/domain/course-parts';
import { useAppStore } from '@/store/store';
import type { Catalogue } from '@/types/content';
import { PathSummary } from './path-summary';
import { RolePicker } from './role-picker';

/**
 * "Your path", near the top of the start page: the learner picks the tracks for their
 * role once, and from then on sees their path (the core and those tracks) with a way
 * to change it.
 */
export function PathSection({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation('catalogue');
  const chosen = useAppStore((s) => s.settings.tracks);
  const setTracks = useAppStore((s) => s.setTracks);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (saved && !editing) heading.current?.focus();
  }, [saved, editing]);

  if (catalogue.tracks.length === 0) return null;
  const yours = chosenTracks(catalogue, chosen);
  const minutes = catalogue.core.minutes + yours.reduce((n, x) => n + x.minutes, 0);

  return (
    <section aria-labelledby="path-heading" className="path-section">
      <h2 id="path-heading" ref={heading} tabIndex={-1}>
        {t('path.heading')}
      </h2>
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
        <PathSummary tracks={yours} minutes={minutes} onChange={() => setEditing(true)} />
      )}
    </section>
  );
}
