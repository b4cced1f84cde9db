import { useTranslation } from 'react-i18next';
import { useOrganisation } from '@/hooks/use-organisation';
import { useLanguage } from '@/hooks/use-language';
import { checkCode } from '@/lib/check-code';
import { formatDate, formatPercent, formatTitles } from '@/lib/i18n';
import { localDate } from '@/lib/local-date';
import type { CertifiedModule, CertifiedTrack } from './certificate-facts';

interface CertificateDocumentProps {
  name: string;
  courseTitle: string;
  courseVersion: string;
  core: CertifiedModule[];
  /** The tracks passed: every module of each. */
  tracks: CertifiedTrack[];
  completedAt: number;
}

/** The certificate itself: what is printed, alone, on one A4 page. */
export function CertificateDocument({
  name,
  courseTitle,
  courseVersion,
  core,
  tracks,
  completedAt,
}: CertificateDocumentProps) {
  const { t } = useTranslation('certificate');
  const language = useLanguage();
  const organisation = useOrganisation();
  const code = checkCode({
    name,
    completedOn: localDate(completedAt),
    modules: [...core, ...tracks.flatMap((x) => x.modules)].map((m) => ({
      id: m.id,
      score: m.best,
    })),
    courseVersion,
  });
  return (
    <article className="certificate" aria-label={t('document.label')}>
      {organisation.logo && (
        <img
          className="certificate__logo"
          src={`./${organisation.logo}`}
          alt={organisation.name ?? ''}
        />
      )}
      {organisation.name && <p className="certificate__organisation">{organisation.name}</p>}
      <p className="certificate__brand">
        <span aria-hidden="true" className="certificate__mark">
          ✓
        </span>
        {courseTitle}
      </p>
      <h2 className="certificate__heading">{t('document.heading')}</h2>
      <p>{t('document.certifies')}</p>
      {name ? (
        <p className="certificate__name">{name}</p>
      ) : (
        // Shown on screen only: a certificate printed without a name has a blank line to sign.
        <p className="certificate__name certificate__name--empty">
          <span className="certificate__placeholder">{t('document.noName')}</span>
        </p>
      )}
      <p>{t('document.completed', { course: courseTitle })}</p>
      {tracks.length > 0 && (
        <p>
          {t('document.tracks', {
            count: tracks.length,
            tracks: formatTitles(
              tracks.map((x) => x.title),
              language,
            ),
          })}
        </p>
      )}
      <table className="certificate__modules">
        <caption>{t('document.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('document.module')}</th>
            <th scope="col">{t('document.best')}</th>
          </tr>
        </thead>
        <ModuleRows heading={t('document.core')} modules={core} />
        {tracks.map((x) => (
          <ModuleRows
            key={x.id}
            heading={t('document.track', { title: x.title })}
            modules={x.modules}
          />
        ))}
      </table>
      <dl className="certificate__facts">
        <div>
          <dt>{t('document.date')}</dt>
          <dd>{formatDate(completedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('document.version')}</dt>
          <dd>{courseVersion}</dd>
        </div>
        <div>
          <dt>{t('document.code')}</dt>
          <dd className="certificate__code">{code}</dd>
        </div>
      </dl>
      <p className="certificate__note">{t('document.codeNote')}</p>
    </article>
  );
}

/** One part of the course in the certificate's table: its name, then each module's best score. */
function ModuleRows({ heading, modules }: { heading: string; modules: CertifiedModule[] }) {
  const language = useLanguage();
  return (
    <tbody>
      <tr className="certificate__part">
        <th colSpan={2} scope="rowgroup">
          {heading}
        </th>
      </tr>
      {modules.map((m) => (
        <tr key={m.id}>
          <th scope="row">{m.title}</th>
          <td>{formatPercent(m.best, language)}</td>
        </tr>
      ))}
    </tbody>
  );
}
