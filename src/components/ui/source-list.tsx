import { useTranslation } from 'react-i18next';
import { useSources } from '@/hooks/use-content';
import { useLanguage } from '@/hooks/use-language';
import { formatDate } from '@/lib/i18n';

/** A list of sources by id (all of them when `ids` is left out), with the date each was checked. */
export function SourceList({ ids }: { ids?: string[] }) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  const all = useSources();
  const sources = ids ? all.filter((s) => ids.includes(s.id)) : all;
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
              <span className="visually-hidden"> ({t('opensInNewTab')})</span>
            </a>
          ) : (
            source.title
          )}
          {source.note && <> {source.note}</>}{' '}
          <span className="muted">
            {t('checkedOn', { date: formatDate(source.checked, language) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
