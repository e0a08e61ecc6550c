import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { describeProgress } from '@/lib/review/review-progress';
import { projectDashboard } from '@/lib/server/review/project-dashboard';

export const metadata: Metadata = { title: 'Project dashboard' };

const DAYS = 14;

export default async function ProjectDashboardPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/dashboard`);
  const data = await loadForPage(() => projectDashboard(user, { projectId, days: DAYS }));
  const tQa = await getTranslations('qa');
  const peak = Math.max(1, ...data.days.map((d) => d.approved + d.rejected));
  const documentRows: [string, number][] = [
    ['draft', data.documents.draft],
    ['in review', data.documents.in_review],
    ['approved (signed off)', data.documents.approved],
    ['reopened', data.documents.reopened],
  ];
  const beadRows: [string, number][] = [
    ['approved', data.beads.approved],
    ['pending', data.beads.pending],
    ['rejected', data.beads.rejected],
    ['excluded', data.beads.excluded],
  ];
  return (
    <main>
      <p className="muted">
        <Link href="/projects">Projects</Link> / <Link href={`/projects/${projectId}`}>{data.project.name}</Link> /
      </p>
      <h1>Dashboard</h1>
      <p data-testid="project-progress">Progress: {describeProgress(data.progress)}</p>
      <div className="grid-2">
        <section aria-labelledby="docs-heading">
          <h2 id="docs-heading">Documents by status</h2>
          <table className="list">
            <tbody>
              {documentRows.map(([label, n]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{n}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">total</th>
                <td>{data.documents.total}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <section aria-labelledby="beads-heading">
          <h2 id="beads-heading">Beads</h2>
          <table className="list">
            <tbody>
              {beadRows.map(([label, n]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{n}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">total</th>
                <td>{data.beads.total}</td>
              </tr>
            </tbody>
          </table>
          <p className="muted">Pending: not yet approved, rejected or excluded.</p>
        </section>
      </div>
      <section aria-labelledby="qa-heading" data-testid="dashboard-qa">
        <h2 id="qa-heading">{tQa('dashboardHeading')}</h2>
        <p className="muted">{tQa('dashboardNote')}</p>
        {!data.qa.enabled ? (
          <p className="muted">{tQa('dashboardOff')}</p>
        ) : data.qa.documents.length === 0 ? (
          <p className="muted">{tQa('dashboardNone')}</p>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>{tQa('dashboardDocument')}</th>
                <th>{tQa('dashboardFlags')}</th>
                <th>{tQa('dashboardBeads')}</th>
              </tr>
            </thead>
            <tbody>
              {data.qa.documents.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link href={`/projects/${projectId}/documents/${d.id}`}>{d.title}</Link>
                  </td>
                  <td>{d.flags}</td>
                  <td>{d.beads}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <h2>Throughput, last {DAYS} days (UTC)</h2>
      <table className="list">
        <thead>
          <tr>
            <th>Day</th>
            <th>Beads approved</th>
            <th>Beads rejected</th>
            <th>Documents signed off</th>
            <th aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {data.days.map((d) => (
            <tr key={d.day}>
              <td>{d.day}</td>
              <td>{d.approved}</td>
              <td>{d.rejected}</td>
              <td>{d.signedOff}</td>
              <td aria-hidden="true" style={{ width: '40%' }}>
                <div className="progress">
                  <span style={{ width: `${Math.round(((d.approved + d.rejected) / peak) * 100)}%` }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
