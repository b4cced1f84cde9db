import { useTranslation } from 'react-i18next';
import type { AssignmentDraft } from './assignment-draft';
import { AssignmentFacts } from './assignment-facts';

interface HandoutProps {
  assignment: AssignmentDraft;
  moduleTitles: string[];
  url: string;
  qr: string | null | undefined;
}

/** The one-page handout, shown only on paper (see the print rules in assignment.css). */
export function Handout({ assignment, moduleTitles, url, qr }: HandoutProps) {
  const { t } = useTranslation('assignment');
  const { t: tc } = useTranslation('common');
  return (
    <section className="assignment-handout">
      <p className="assignment-handout__brand">{tc('appName')}</p>
      <h2 className="assignment-handout__title">{assignment.title}</h2>
      <p>{t('builder.handout.intro')}</p>
      <div className="assignment-handout__link">
        {qr && <img src={qr} alt="" className="assignment-handout__qr" />}
        <div>
          <p>{t('builder.handout.scan')}</p>
          <p className="assignment-url">{url}</p>
        </div>
      </div>
      <AssignmentFacts assignment={assignment} links="text" />
      <h3>{t('builder.handout.modulesHeading')}</h3>
      <ol>
        {moduleTitles.map((title) => (
          <li key={title}>{title}</li>
        ))}
      </ol>
    </section>
  );
}
