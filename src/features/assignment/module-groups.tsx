import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleSummary } from '@/types/content';

/** The core or a track, as the builder offers it. */
export interface ModuleGroup {
  id: string;
  kind: 'core' | 'track';
  title: string;
  modules: ModuleSummary[];
}

interface ModuleGroupsProps {
  groups: ModuleGroup[];
  selected: string[];
  /** Turns modules on or off, leaving the others as they are. */
  onToggle: (moduleIds: string[], on: boolean) => void;
}

/**
 * The modules to assign, grouped as the course is: the core, then each track. Each group
 * has a checkbox for the whole group (shown as mixed when only some are chosen), and each
 * module its own.
 */
export function ModuleGroups({ groups, selected, onToggle }: ModuleGroupsProps) {
  return (
    <>
      {groups.map((group) => (
        <Group key={group.id} group={group} selected={selected} onToggle={onToggle} />
      ))}
    </>
  );
}

function Group({
  group,
  selected,
  onToggle,
}: {
  group: ModuleGroup;
  selected: string[];
  onToggle: ModuleGroupsProps['onToggle'];
}) {
  const { t } = useTranslation('assignment');
  const whole = useRef<HTMLInputElement>(null);
  const ids = group.modules.map((m) => m.id);
  const chosen = ids.filter((id) => selected.includes(id)).length;
  const all = chosen === ids.length;

  useEffect(() => {
    if (whole.current) whole.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);

  return (
    <fieldset className="module-group">
      <legend className="module-group__title">{group.title}</legend>
      <label className="option option--whole">
        <input
          ref={whole}
          type="checkbox"
          name="module-groups"
          value={group.id}
          checked={all}
          onChange={(e) => onToggle(ids, e.target.checked)}
        />
        <span>
          {group.kind === 'core'
            ? t('builder.fields.wholeCore', { count: ids.length })
            : t('builder.fields.wholeTrack', { count: ids.length })}
        </span>
      </label>
      <ul className="options">
        {group.modules.map((module) => (
          <li key={module.id}>
            <label className="option">
              <input
                type="checkbox"
                name="modules"
                value={module.id}
                checked={selected.includes(module.id)}
                onChange={(e) => onToggle([module.id], e.target.checked)}
              />
              <span>{module.title}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
