import type { Metadata } from 'next';
import Link from 'next/link';
import { exportHref } from '@/lib/formats/export-link';
import { can } from '@/lib/permissions';
import { describeProgress } from '@/lib/review/review-progress';
import { projectAccess } from '@/lib/server/access';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { listBatches } from '@/lib/server/import/batch-import';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { listInvites, listMembers } from '@/lib/server/projects/manage-projects';
import { MembersForm } from './_components/members-form';
import { ExportPanel } from './_components/export-panel';
import { ImportPanel } from './_components/import-panel';
import { documentStatusLabel } from '@/lib/review/review-states';

export const metadata: Metadata = { title: 'Project' };

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}`);
  const data = await loadForPage(async () => {
    const ctx = await projectAccess(user, projectId, 'project:read');
    const manages = can(ctx.role, 'project:manage');
    const [documents, members, batches, invites] = await Promise.all([
      listDocuments(user, projectId), listMembers(user, projectId), listBatches(user, projectId), manages ? listInvites(user, projectId) : [],
    ]);
    return { ctx, documents, members, batches, invites };
  });
  const { ctx, documents, members, batches, invites } = data;
  const manage = can(ctx.role, 'project:manage');
  return (
    <main>
      <p className="muted"><Link href="/projects">Projects</Link> /</p>
      <h1>{ctx.project.name}</h1>
      <p className="muted">
        {ctx.project.sourceLang} → {ctx.project.targetLang} · your role: {ctx.role} · <Link href={`/projects/${projectId}/dashboard`}>Dashboard</Link> · <Link href={`/projects/${projectId}/glossary`}>Glossary</Link>
        {manage && <> · <Link href={`/projects/${projectId}/settings`}>Settings</Link></>}
      </p>
      <h2>Documents</h2>
      {documents.length === 0 ? (
        <p className="muted">No documents yet.</p>
      ) : (
        <table className="list">
          <thead><tr><th>Title</th><th>Status</th><th>Beads</th><th>Progress</th><th>Version</th><th>Export</th></tr></thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <td><Link href={`/projects/${projectId}/documents/${d.id}`}>{d.title}</Link></td>
                <td><span className={`badge ${d.status}`}>{documentStatusLabel(d.status)}</span></td>
                <td>{d.beads}</td>
                <td>
                  <div className="progress" role="progressbar" aria-valuenow={d.review.percent} aria-valuemin={0} aria-valuemax={100} aria-label={`${d.title} progress`}>
                    <span style={{ width: `${d.review.percent}%` }} />
                  </div>
                  <span className="muted" data-testid="document-progress">{describeProgress(d.review)}</span>
                </td>
                <td>{d.version}</td>
                <td><a href={exportHref({ documentId: d.id })} download aria-label={`Export ${d.title} as TMX (approved beads)`} title="Approved beads only; choose more in Export below">TMX</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(ctx.role, 'document:create') && (
        <>
          <h2>Import</h2>
          <ImportPanel projectId={projectId} sourceLang={ctx.project.sourceLang} targetLang={ctx.project.targetLang} batches={batches} />
        </>
      )}
      <h2>Export</h2>
      <ExportPanel projectId={projectId} />
      <h2>Members</h2>
      <table className="list">
        <thead><tr><th>Name</th><th>Email</th><th>Role</th></tr></thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.user.id}><td>{m.user.name}{!m.user.active && ' (deactivated)'}</td><td>{m.user.email}</td><td>{m.role}</td></tr>
          ))}
        </tbody>
      </table>
      {manage && <MembersForm projectId={projectId} invites={invites.map((i) => ({ id: i.id, email: i.email, role: i.role, createdAt: i.createdAt.toISOString() }))} />}
    </main>
  );
}
