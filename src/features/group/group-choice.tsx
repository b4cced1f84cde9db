import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import type { TrainerGroup } from './trainer-schema';

interface GroupChoiceProps {
  groups: readonly TrainerGroup[];
  value: string | undefined;
  onChange: (assignmentId: string) => void;
}

/** Which kept assignment the page shows, by title with its number of receipts. */
export function GroupChoice({ groups, value, onChange }: GroupChoiceProps) {
  const { t } = useTranslation('assignment');
  if (groups.length === 0) return <p>{t('group.choice.none')}</p>;
  return (
    <Field id="group-choice" label={t('group.choice.label')}>
      {(control) => (
        <select
          {...control}
          className="select"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {groups.map((g) => (
            <option key={g.assignmentId} value={g.assignmentId}>
              {t('group.choice.count', { title: g.title, count: g.receipts.length })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
