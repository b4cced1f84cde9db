import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/ui/page-heading';
import type { ModuleContent, Scenario } from '@/types/content';
import { FacilitatorNotes } from './facilitator-notes';
import { useFollowSession } from './use-follow-session';

interface PresenterNotesProps {
  module: ModuleContent;
  scenario: Scenario;
}

/**
 * The presenter view: the facilitator's notes for where the session on the shared screen is now.
 * Without BroadcastChannel it cannot follow, so it says so and lists the notes of every step.
 */
export function PresenterNotes({ module, scenario }: PresenterNotesProps) {
  const { t } = useTranslation('facilitation');
  const { position, supported } = useFollowSession(module.id, scenario.id);
  const step = position && scenario.steps.find((s) => s.id === position.nodeId);
  const ending = position && !step && scenario.endings.some((e) => e.id === position.nodeId);

  return (
    <div className="page page--reading presenter-notes">
      <p className="page-progress">
        {t('kicker')}: {module.title}
      </p>
      <PageHeading title={`${scenario.title} – ${t('presenter.title')}`}>
        {t('presenter.title')}: {scenario.title}
      </PageHeading>
      {!supported ? (
        <>
          <p className="notice">{t('presenter.unsupported')}</p>
          {scenario.steps.map((s, i) => (
            <section key={s.id} aria-label={t('decision', { number: i + 1 })}>
              <h2>{t('decision', { number: i + 1 })}</h2>
              <FacilitatorNotes step={s} inOwnWindow />
            </section>
          ))}
        </>
      ) : !position ? (
        <p className="notice" role="status">
          {t('presenter.waiting')}
        </p>
      ) : (
        <>
          <p className="presenter-notes__where" role="status">
            {step ? t('presenter.at', { number: position.number }) : t('presenter.atEnding')}
          </p>
          {(step || ending) && <FacilitatorNotes step={step} inOwnWindow />}
        </>
      )}
    </div>
  );
}
