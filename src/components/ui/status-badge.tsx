import { useTranslation } from 'react-i18next';
import type { ModuleStatus } from '@/domain/module-status';

const icons: Record<ModuleStatus, string> = {
  'not-started': '○',
  'in-progress': '◐',
  passed: '✓',
};

/** A module's status in words and a symbol, never by colour alone. */
export function StatusBadge({ status }: { status: ModuleStatus }) {
  const { t } = useTranslation('common');
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true">{icons[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
