import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocalTime } from '@/app/_components/local-time';
import { BEAD_LABELS } from '@/lib/review/bead-labels';
import { beadHref } from '@/lib/review/bead-link';
import { concordanceQuerySchema, searchConcordance, type ConcordanceQuery } from '@/lib/server/concordance/search-concordance';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { listMyProjects } from '@/lib/server/projects/manage-projects';
import { findTextProblem } from '@/lib/text/text-boundary';
import { MarkedText } from './_components/marked-text';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('concordance'))('title') };
}

type Params = Record<string, string | string[] | undefined>;
const FIELDS = ['q', 'project', 'status', 'side', 'label', 'from', 'to', 'offset'] as const;

/** The form's fields as the query schema reads them: first value of each, empty ones left out. */
function formValues(params: Params): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of FIELDS) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value) values[name] = value;
  }
  return values;
}

function pageHref(values: Record<string, string>, offset: number): string {
  return `/concordance?${new URLSearchParams({ ...values, offset: String(offset) }).toString()}`;
}

// Concordance (issue 15): search the approved beads of my projects for a Korean or English word or phrase, both
// sides shown with the match marked. A plain GET form: the URL is the search, so it can be bookmarked and shared,
// and the editor's "search memory" opens it with q filled in.
export default async function ConcordancePage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requirePageUser('/concordance');
  const values = formValues(await searchParams);
  const [t, statusName, projects] = await Promise.all([
    getTranslations('concordance'),
    getTranslations('beadStatus'),
    listMyProjects(user),
  ]);
  const unknownProject = values.project !== undefined && !projects.some((p) => p.id === values.project);
  const badText = findTextProblem(values);
  const parsed = values.q === undefined || unknownProject || badText ? null : concordanceQuerySchema.safeParse(values);
  const query: ConcordanceQuery | null = parsed?.success ? parsed.data : null;
  const answer = query ? await searchConcordance(user, query, { myProjects: projects }) : null;
  const problem = parsed && !parsed.success ? parsed.error.issues[0] : null;

  return (
    <main>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <form method="get" action="/concordance" className="concordance-form" role="search">
        <label>
          {t('query')}
          <input type="search" name="q" defaultValue={values.q ?? ''} maxLength={200} autoFocus required minLength={2} />
        </label>
        <label>
          {t('project')}
          <select name="project" defaultValue={values.project ?? ''}>
            <option value="">{t('allProjects')}</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('status')}
          <select name="status" defaultValue={values.status ?? 'approved'}>
            <option value="approved">{t('approvedOnly')}</option>
            <option value="all">{t('allStatuses')}</option>
          </select>
        </label>
        <label>
          {t('side')}
          <select name="side" defaultValue={values.side ?? 'both'}>
            <option value="both">{t('bothSides')}</option>
            <option value="source">{t('sourceSide')}</option>
            <option value="target">{t('targetSide')}</option>
          </select>
        </label>
        <label>
          {t('label')}
          <select name="label" defaultValue={values.label ?? ''}>
            <option value="">{t('anyLabel')}</option>
            {BEAD_LABELS.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('from')}
          <input type="date" name="from" defaultValue={values.from ?? ''} />
        </label>
        <label>
          {t('to')}
          <input type="date" name="to" defaultValue={values.to ?? ''} />
        </label>
        <button type="submit">{t('search')}</button>
      </form>

      {badText && (
        <p role="alert" className="error">
          {t('badCharacter', { field: badText.path.join('.') })}
        </p>
      )}
      {unknownProject && (
        <p role="alert" className="error">
          {t('unknownProject')}
        </p>
      )}
      {problem && (
        <p role="alert" className="error">
          {t('invalid', { field: problem.path.join('.') || 'q', message: problem.message })}
        </p>
      )}
      {answer && query && (
        <section aria-label={t('results')}>
          <p data-testid="concordance-total">
            {answer.more ? t('moreThan', { count: answer.total }) : t('total', { count: answer.total })}
            {answer.results.length > 0 && ` · ${t('showing', { from: query.offset + 1, to: query.offset + answer.results.length })}`}
          </p>
          {answer.results.length > 0 && (
            <table className="list concordance">
              <thead>
                <tr>
                  <th>{t('sourceSide')}</th>
                  <th>{t('targetSide')}</th>
                  <th>{t('document')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.results.map((r) => (
                  <tr key={r.beadId}>
                    <td lang="ko" className="segment-text">
                      <MarkedText text={r.source} spans={r.matches.source} />
                    </td>
                    <td lang="en" className="segment-text">
                      <MarkedText text={r.target} spans={r.matches.target} />
                    </td>
                    <td>
                      <Link href={beadHref(r.projectId, r.documentId, r.beadId)}>{r.documentTitle}</Link>
                      <br />
                      <span className="muted">
                        {r.projectName} · <span className={`badge ${r.status}`}>{statusName(r.status)}</span> · <LocalTime value={r.date} />
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav aria-label={t('pages')} className="pager">
            {query.offset > 0 && <Link href={pageHref(values, Math.max(0, query.offset - query.limit))}>{t('previous')}</Link>}
            {query.offset + answer.results.length < answer.total && (
              <Link href={pageHref(values, query.offset + query.limit)}>{t('next')}</Link>
            )}
          </nav>
        </section>
      )}
    </main>
  );
}
