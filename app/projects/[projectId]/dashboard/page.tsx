import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ProgressText } from '@/app/_components/progress-text';
import { isLocale } from '@/lib/i18n/locales';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { projectDashboard } from '@/lib/server/review/project-dashboard';
import { formatDay } from '@/lib/time/format-date-time';
import { MemorySection } from './memory-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

const DAYS = 14;

export default async function ProjectDashboardPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/dashboard`);
  const data = await loadForPage(() => projectDashboard(user, { projectId, days: DAYS }));
  const [t, nav, status, format, locale] = await Promise.all([
    getTranslations('dashboard'),
    getTranslations('nav'),
    getTranslations('status'),
    getFormatter(),
    getLocale(),
  ]);
  const tQa = await getTranslations('qa');
  const peak = Math.max(1, ...data.days.map((d) => d.approved + d.rejected));
  const documentRows: [string, number][] = [
    [status('draft'), data.documents.draft],
    [status('in_review'), data.documents.in_review],
    [status('approved'), data.documents.approved],
    [status('reopened'), data.documents.reopened],
  ];
  const beadRows: [string, number][] = [
    [t('beadsApproved'), data.beads.approved],
    [t('beadsPending'), data.beads.pending],
    [t('beadsRejected'), data.beads.rejected],
    [t('beadsExcluded'), data.beads.excluded],
  ];
  return (
    <main>
      <p className="muted">
        <Link href="/projects">{nav('projects')}</Link> / <Link href={`/projects/${projectId}`}>{data.project.name}</Link> /
      </p>
      <h1>{t('heading')}</h1>
      <p data-testid="project-progress">
        {t('progress')} <ProgressText progress={data.progress} />
      </p>
      <div className="grid-2">
        <section aria-labelledby="docs-heading">
          <h2 id="docs-heading">{t('documentsByStatus')}</h2>
          <table className="list">
            <tbody>
              {documentRows.map(([label, n]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{format.number(n)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('total')}</th>
                <td>{format.number(data.documents.total)}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <section aria-labelledby="beads-heading">
          <h2 id="beads-heading">{t('beads')}</h2>
          <table className="list">
            <tbody>
              {beadRows.map(([label, n]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{format.number(n)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('total')}</th>
                <td>{format.number(data.beads.total)}</td>
              </tr>
            </tbody>
          </table>
          <p className="muted">{t('pendingNote')}</p>
        </section>
      </div>
      <MemorySection projectId={projectId} memory={data.memory} />
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
      <h2>{t('throughput', { days: DAYS })}</h2>
      <table className="list">
        <thead>
          <tr>
            <th>{t('day')}</th>
            <th>{t('approved')}</th>
            <th>{t('rejected')}</th>
            <th>{t('signedOff')}</th>
            <th aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {data.days.map((d) => (
            <tr key={d.day}>
              <td>
                <time dateTime={d.day}>{formatDay(d.day, isLocale(locale) ? locale : undefined)}</time>
              </td>
              <td>{format.number(d.approved)}</td>
              <td>{format.number(d.rejected)}</td>
              <td>{format.number(d.signedOff)}</td>
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
