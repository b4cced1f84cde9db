import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { useCatalogue } from '@/hooks/use-content';
import { paths } from '@/lib/paths';
import { localDate } from '@/lib/local-date';
import { type ImportOutcome, ImportReport } from '@/features/assignment/import-report';
import type { ImportBatch } from '@/features/assignment/read-receipts';
import { ReceiptImport } from '@/features/assignment/receipt-import';
import { GroupChoice } from '@/features/group/group-choice';
import { groupCounts, learnerRows, pairingRows } from '@/features/group/learner-rows';
import { LearnerTable } from '@/features/group/learner-table';
import { MissingList } from '@/features/group/missing-list';
import { ResultsDownloads } from '@/features/group/results-downloads';
import { requestedAssignment } from '@/features/group/results-request';
import { RosterImport } from '@/features/group/roster-import';
import { type ReadReceipt, useTrainerStore } from '@/features/group/trainer-store';
import { useGroupReceipts } from '@/features/group/use-group-receipts';

// Backup and emptying are used now and then: their code loads after the table.
const TrainerDataPanel = lazy(() =>
  import('@/features/group/trainer-data-panel').then((m) => ({ default: m.TrainerDataPanel })),
);
// Pairing is needed only when a receipt matches no one on the roster.
const PairReceipts = lazy(() =>
  import('@/features/group/pair-receipts').then((m) => ({ default: m.PairReceipts })),
);

/**
 * For trainers: choose a kept assignment, give it its roster, read the
 * learners' receipts (files or pasted codes), and follow the group: who is
 * done, who is late, who has sent nothing. Everything is kept in this
 * browser only, per assignment, and is still there after a reload.
 */
export default function ResultsPage() {
  const { t } = useTranslation('assignment');
  const catalogue = useCatalogue();
  const groups = useTrainerStore((s) => s.groups);
  const request: unknown = useLocation().state;
  // A kept assignment's "results" link opens that assignment; otherwise the latest changed.
  const [chosen, setChosen] = useState(() => requestedAssignment(request));
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [imports, setImports] = useState(0);
  const summary = useRef<HTMLParagraphElement>(null);
  // Today as the page opened: what "late" is measured against while it is open.
  const [today] = useState(() => localDate(Date.now()));

  useEffect(() => {
    if (imports > 0) summary.current?.focus();
  }, [imports]);

  const list = useMemo(
    () => Object.values(groups).sort((a, b) => b.updatedAt - a.updatedAt),
    [groups],
  );
  const current = chosen !== undefined && groups[chosen] ? chosen : list[0]?.assignmentId;
  const group = current === undefined ? undefined : groups[current];
  const kept = useGroupReceipts(current ?? '');

  const knownModules = useMemo(
    () => new Set(catalogue.modules.map((m) => m.id)),
    [catalogue.modules],
  );
  const moduleTitle = (id: string) => catalogue.modules.find((m) => m.id === id)?.title ?? id;

  const rows = useMemo(
    () =>
      group
        ? learnerRows({
            roster: group.roster,
            receipts: kept.receipts,
            modules: group.modules,
            knownModules,
            ...(group.due ? { due: group.due } : {}),
            ...(group.pairings ? { pairings: group.pairings } : {}),
            today,
          })
        : [],
    [group, kept.receipts, knownModules, today],
  );
  const counts = groupCounts(rows);
  const pairing = pairingRows(rows);

  const take = ({ items, read }: ImportBatch) => {
    const good: ReadReceipt[] = items.flatMap((item) =>
      item.result.ok && item.text ? [{ text: item.text, receipt: item.result.receipt }] : [],
    );
    const kept = useTrainerStore.getState().keepReceipts(good);
    const assignments = new Set(good.map((g) => g.receipt.assignment.id));
    // Receipts of one other assignment: show that assignment, where they went.
    if (assignments.size === 1) setChosen([...assignments][0]);
    setOutcome({
      added: kept.added,
      merged: kept.alreadyKept,
      failed: items.filter((item) => !item.result.ok),
      read,
    });
    setImports((n) => n + 1);
  };

  return (
    <div className="page assignment-results">
      <PageHeading>{t('results.title')}</PageHeading>
      <p className="lead">{t('results.intro')}</p>
      <p className="assignment-privacy">{t('results.privacy')}</p>
      <p>
        <Link to={paths.assignmentBuilder()}>{t('results.builderLink')}</Link>
      </p>
      <GroupChoice groups={list} value={current} onChange={setChosen} />
      <ReceiptImport onRead={take} />
      <ImportReport outcome={outcome} summaryRef={summary} />
      {group && (
        <>
          <RosterImport
            key={group.assignmentId}
            {...(group.identifiedBy ? { identifiedBy: group.identifiedBy } : {})}
            current={group.roster.length}
            onRoster={(entries) =>
              useTrainerStore.getState().setRoster(group.assignmentId, entries)
            }
          />
          {kept.reading && <p role="status">{t('group.reading')}</p>}
          {kept.refused > 0 && <p>{t('group.refused', { count: kept.refused })}</p>}
          {rows.length === 0 ? (
            <p className="muted">{t('results.empty')}</p>
          ) : (
            <>
              <LearnerTable
                rows={rows}
                counts={counts}
                modules={group.modules}
                moduleTitle={moduleTitle}
                {...(group.identifiedBy ? { identifiedBy: group.identifiedBy } : {})}
              />
              {counts.notInRoster > 0 && (
                <p>{t('group.notInRoster', { count: counts.notInRoster })}</p>
              )}
              {group.roster.length > 0 &&
                (pairing.outside.length > 0 || pairing.paired.length > 0) && (
                  <Suspense fallback={null}>
                    <PairReceipts
                      {...pairing}
                      missing={counts.missing}
                      onPair={(receipt, entry) =>
                        useTrainerStore.getState().pairReceipt(group.assignmentId, receipt, entry)
                      }
                      onUnpair={(receipt) =>
                        useTrainerStore.getState().unpairReceipt(group.assignmentId, receipt)
                      }
                    />
                  </Suspense>
                )}
              <ResultsDownloads rows={rows} modules={group.modules} moduleTitle={moduleTitle} />
            </>
          )}
          {group.roster.length > 0 && <MissingList missing={counts.missing} title={group.title} />}
        </>
      )}
      <Suspense fallback={null}>
        <TrainerDataPanel {...(current ? { assignmentId: current } : {})} />
      </Suspense>
    </div>
  );
}
