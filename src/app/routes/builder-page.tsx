import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { useCatalogue } from '@/hooks/use-content';
import type { AssignmentDraft } from '@/features/assignment/assignment-draft';
import { paths } from '@/lib/paths';
import { localDate } from '@/lib/local-date';
import { BuilderForm } from '@/features/assignment/builder-form';
import { moduleGroups } from '@/features/assignment/module-groups-of';
import {
  emptyForm,
  type FormErrors,
  type FormValues,
  readForm,
} from '@/features/assignment/draft-form';
import { LinkResult } from '@/features/assignment/link-result';
import type { MadeAssignment } from '@/features/group/kept-assignments';

// The trainer's kept data loads after the page, which keeps the page within its size budget.
const KeptAssignments = lazy(() =>
  import('@/features/group/kept-assignments').then((m) => ({ default: m.KeptAssignments })),
);
const keepAssignment = (code: string, draft: AssignmentDraft) =>
  import('@/features/group/trainer-store').then(({ useTrainerStore }) =>
    useTrainerStore.getState().saveAssignment(code, draft),
  );

interface Made {
  assignment: AssignmentDraft;
  url: string;
}

/** The address of this app with `#/a/<code>`, wherever it is served from. */
function linkUrl(code: string) {
  return `${window.location.href.split('#')[0]}#${paths.assignmentLink(code)}`;
}

/** For trainers: fill in an assignment, get a link, a QR code and a printable handout. */
export default function BuilderPage() {
  const { t } = useTranslation('assignment');
  const catalogue = useCatalogue();
  const { modules } = catalogue;
  const groups = moduleGroups(catalogue, modules, t('builder.fields.core'));
  const [values, setValues] = useState<FormValues>(() =>
    emptyForm(Math.round(catalogue.course.passMark * 100)),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [stale, setStale] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (made) resultHeading.current?.focus();
  }, [made]);

  const change = (next: FormValues) => {
    setValues(next);
    if (made) {
      setMade(null);
      setStale(true);
    }
  };

  const submit = async () => {
    if (busy) return;
    const read = readForm(values, localDate(Date.now()));
    if (!read.draft) {
      setErrors(read.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      // The encoder loads when the first link is made, so the builder arrives without it.
      const { encodeAssignment } = await import('@/features/assignment/assignment-link');
      const code = await encodeAssignment(read.draft);
      void keepAssignment(code, read.draft);
      setMade({ assignment: read.draft, url: linkUrl(code) });
      setStale(false);
    } finally {
      setBusy(false);
    }
  };

  const showAgain = ({ link }: MadeAssignment) => {
    setMade({ assignment: link.draft, url: linkUrl(link.code) });
    setStale(false);
  };

  const titles = (made?.assignment.modules ?? []).map(
    (id) => modules.find((m) => m.id === id)?.title ?? id,
  );

  return (
    <div className="page assignment-builder">
      <PageHeading>{t('builder.title')}</PageHeading>
      <p className="lead">{t('builder.intro')}</p>
      <p>
        <Link to={paths.trainerResults()}>{t('builder.resultsLink')}</Link>
      </p>
      <BuilderForm
        groups={groups}
        values={values}
        errors={errors}
        attempt={attempt}
        busy={busy}
        onChange={change}
        onSubmit={submit}
      />
      <p role="status" className="assignment-status">
        {stale && !made && t('builder.result.changed')}
      </p>
      {made && (
        <LinkResult
          assignment={made.assignment}
          moduleTitles={titles}
          url={made.url}
          headingRef={resultHeading}
        />
      )}
      <Suspense fallback={null}>
        <KeptAssignments onShow={showAgain} />
      </Suspense>
    </div>
  );
}
