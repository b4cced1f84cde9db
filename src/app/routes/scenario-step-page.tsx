import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { RichText } from '@/components/ui/rich-text';
import { UnknownModuleError } from '@/lib/content';
import { paths } from '@/lib/paths';
import { findNode } from '@/features/scenario/engine';
import { ScenarioEndingView } from '@/features/scenario/scenario-ending';
import { ScenarioStepView } from '@/features/scenario/scenario-step';
import { useScenario } from '@/features/scenario/use-scenario';
import { ReadAloud } from '@/features/read-aloud/read-aloud';

export default function ScenarioStepPage() {
  const { t } = useTranslation('scenario');
  const { stepId = '' } = useParams();
  const { module, scenario, key, progress } = useScenario();
  const readRegion = useRef<HTMLDivElement>(null);
  const node = findNode(scenario, stepId);
  if (!node) throw new UnknownModuleError(`${key}/${stepId}`);
  const stepNumber =
    node.kind === 'step' ? scenario.steps.findIndex((s) => s.id === stepId) + 1 : 0;
  const heading = node.kind === 'step' ? t('decision', { number: stepNumber }) : t('ending');

  return (
    <div className="page page--reading">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <Link to={paths.module(module.id)}>{module.title}</Link>{' '}
        <span aria-hidden="true" className="arrow">
          ›
        </span>{' '}
        <Link to={paths.scenario(module.id, scenario.id)}>{scenario.title}</Link>
      </nav>
      <PageHeading title={`${heading} – ${scenario.title}`}>{heading}</PageHeading>
      {node.kind === 'step' ? (
        <>
          <ReadAloud region={readRegion} />
          <div ref={readRegion}>
            {/* The intro is on the dilemma's own page, just before the first step. */}
            <div className="prose">
              <RichText value={node.step.text} />
            </div>
            <ScenarioStepView
              moduleId={module.id}
              scenario={scenario}
              scenarioKey={key}
              step={node.step}
              run={progress?.run}
            />
          </div>
        </>
      ) : (
        <ScenarioEndingView
          moduleId={module.id}
          scenario={scenario}
          scenarioKey={key}
          ending={node.ending}
          found={progress?.endingsFound ?? []}
        />
      )}
    </div>
  );
}
