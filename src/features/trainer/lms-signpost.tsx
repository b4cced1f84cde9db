import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LMS_PACKAGES, type LmsPackage, packageExists, packageUrl } from './lms-package-files';

const STEPS = ['create', 'upload', 'complete', 'score', 'resume', 'window', 'try'] as const;

type Found = 'checking' | LmsPackage[];

/** Finds which LMS packages the site has; a link is only offered for a file that is there. */
function usePackagesOnSite(): Found {
  const [found, setFound] = useState<Found>('checking');
  useEffect(() => {
    let live = true;
    void Promise.all(LMS_PACKAGES.map(packageExists)).then((exists) => {
      if (live) setFound(LMS_PACKAGES.filter((_, i) => exists[i]));
    });
    return () => {
      live = false;
    };
  }, []);
  return found;
}

/** When to use the organisation's LMS instead, the SCORM packages to download and how to upload them. */
export function LmsSignpost() {
  const { t } = useTranslation('trainer');
  const found = usePackagesOnSite();
  return (
    <section aria-labelledby="lms-heading" className="lms-signpost">
      <h2 id="lms-heading">{t('lms.heading')}</h2>
      <p>{t('lms.when')}</p>
      <p>{t('lms.which')}</p>
      {found === 'checking' ? (
        <p role="status">{t('lms.checking')}</p>
      ) : found.length === 0 ? (
        <p className="notice notice--info">{t('lms.missing')}</p>
      ) : (
        <ul className="lms-signpost__downloads">
          {found.map((pkg) => (
            <li key={pkg.version}>
              <a href={packageUrl(pkg)} download>
                {t(`lms.download${pkg.version}`)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>{t('lms.noTrainerPages')}</p>
      <h3>{t('lms.stepsHeading')}</h3>
      <ol className="lms-signpost__steps">
        {STEPS.map((step) => (
          <li key={step}>{t(`lms.steps.${step}`)}</li>
        ))}
      </ol>
    </section>
  );
}
