import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEstimate } from '@/hooks/use-estimate';
import type { CourseTrack } from '@/types/content';
import { Button } from '@/components/ui/button';

interface RolePickerProps {
  tracks: CourseTrack[];
  /** What the learner chose before, if anything. */
  chosen: readonly string[] | undefined;
  onSave: (trackIds: string[]) => void;
  /** Shown when the learner had chosen before and may keep that choice. */
  onCancel?: (() => void) | undefined;
}

/** The learner picks the tracks that fit their work; choosing none means the core only. */
export function RolePicker({ tracks, chosen, onSave, onCancel }: RolePickerProps) {
  const { t } = useTranslation('catalogue');
  const estimate = useEstimate();
  const [selected, setSelected] = useState<string[]>(() => [...(chosen ?? [])]);
  const first = useRef<HTMLInputElement>(null);

  const changing = onCancel !== undefined;
  useEffect(() => {
    // Opened to change an earlier choice: start at the first track.
    if (changing) first.current?.focus();
    // Only when the picker opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) =>
      tracks.map((x) => x.id).filter((x) => (x === id ? on : current.includes(x))),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(selected);
  };

  return (
    <form className="role-picker" onSubmit={submit}>
      <fieldset className="field" aria-describedby="role-picker-hint">
        <legend className="field-label">{t('picker.legend')}</legend>
        <p id="role-picker-hint" className="field-hint">
          {t('picker.hint')}
        </p>
        <ul className="options">
          {tracks.map((track, index) => (
            <li key={track.id}>
              <label className="option">
                <input
                  ref={index === 0 ? first : undefined}
                  type="checkbox"
                  name="tracks"
                  value={track.id}
                  checked={selected.includes(track.id)}
                  onChange={(e) => toggle(track.id, e.target.checked)}
                />
                <span>
                  {track.role}
                  <span className="option__hint">
                    {t('picker.trackHint', {
                      title: track.title,
                      estimate: estimate(track.minutes),
                    })}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="actions">
        <Button variant="primary" type="submit">
          {t('picker.save')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('picker.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
