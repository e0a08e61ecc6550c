import type { Metadata } from 'next';
import Link from 'next/link';
import { can } from '@/lib/permissions';
import { projectAccess } from '@/lib/server/access';
import { listGlossary } from '@/lib/server/glossary/list-glossary';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { textProblem } from '@/lib/text/text-boundary';
import { GlossaryAddForm } from './_components/glossary-add-form';
import { GlossaryImportForm } from './_components/glossary-import-form';
import { GlossaryRow } from './_components/glossary-row';

export const metadata: Metadata = { title: 'Glossary' };

const entries = (n: number) => `${n.toLocaleString('en')} entr${n === 1 ? 'y' : 'ies'}`;

// Every member reads the glossary; editors and admins (project:glossary) change it.
export default async function GlossaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const { projectId } = await params;
  const raw = (await searchParams).q;
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  // A search holding NUL or a lone surrogate cannot match anything (decision 018): show the whole list.
  const q = textProblem(typed) ? '' : typed;
  const user = await requirePageUser(`/projects/${projectId}/glossary`);
  const data = await loadForPage(async () => {
    const ctx = await projectAccess(user, projectId, 'project:read');
    return { ctx, glossary: await listGlossary(user, { projectId, q }) };
  });
  const { ctx, glossary } = data;
  const canEdit = can(ctx.role, 'project:glossary');
  const { sourceLang, targetLang } = ctx.project;
  return (
    <main>
      <p className="muted">
        <Link href="/projects">Projects</Link> / <Link href={`/projects/${projectId}`}>{ctx.project.name}</Link> /
        {can(ctx.role, 'project:manage') && (
          <>
            {' '}
            <Link href={`/projects/${projectId}/settings`}>Settings</Link> /
          </>
        )}
      </p>
      <h1>Glossary</h1>
      <p className="muted">
        Term pairs the aligner treats as translations of each other when it pairs sentences, together with its built-in news vocabulary and
        what reviewers approved. They apply to documents imported (or realigned) from now on.
      </p>
      {canEdit && (
        <>
          <h2>Add an entry</h2>
          <GlossaryAddForm projectId={projectId} sourceLang={sourceLang} targetLang={targetLang} />
          <h2>Import a file</h2>
          <GlossaryImportForm projectId={projectId} />
        </>
      )}
      <h2>Entries</h2>
      <form className="inline" method="get" role="search" style={{ marginBottom: 12 }}>
        <label>
          Search either side
          <input name="q" type="search" defaultValue={q} maxLength={200} />
        </label>
        <button type="submit" className="secondary">
          Search
        </button>
        {q && <Link href={`/projects/${projectId}/glossary`}>Show all</Link>}
      </form>
      <p className="muted" aria-live="polite">
        {q ? `${glossary.matching.toLocaleString('en')} of ${entries(glossary.total)} match “${q}”.` : `${entries(glossary.total)}.`}
        {glossary.entries.length < glossary.matching &&
          ` Showing the first ${glossary.entries.length.toLocaleString('en')}; search to narrow down.`}
      </p>
      {glossary.entries.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th>Source ({sourceLang})</th>
              <th>Target ({targetLang})</th>
              {canEdit && <th>Actions</th>}
            </tr>
          </thead>
          <tbody>
            {glossary.entries.map((entry) => (
              <GlossaryRow key={entry.id} projectId={projectId} entry={entry} canEdit={canEdit} langs={[sourceLang, targetLang]} />
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
