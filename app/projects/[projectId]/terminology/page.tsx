import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/permissions';
import { beadHref } from '@/lib/review/bead-link';
import { projectAccess } from '@/lib/server/access';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { projectTerminology } from '@/lib/server/memory/project-terminology';
import { PreferButton, ProposalDecision } from './_components/term-decision';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('terminology'))('title') };
}

const concordance = (projectId: string, q: string) => `/concordance?${new URLSearchParams({ q, project: projectId }).toString()}`;

// Issue 15 items 2 and 3: how the project's approved beads render its recurring terms, and glossary entries mined
// from them. Every member reads it; admins, editors and reviewers settle terms (project:terminology).
export default async function TerminologyPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/terminology`);
  const { ctx, answer } = await loadForPage(async () => ({
    ctx: await projectAccess(user, projectId, 'project:read'),
    answer: await projectTerminology(user, { projectId }),
  }));
  const t = await getTranslations('terminology');
  const canDecide = can(ctx.role, 'project:terminology');
  return (
    <main>
      <p className="muted">
        <Link href="/projects">{t('projects')}</Link> / <Link href={`/projects/${projectId}`}>{ctx.project.name}</Link> /{' '}
        <Link href={`/projects/${projectId}/glossary`}>{t('glossary')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro', { count: answer.beadsRead })}</p>
      {answer.truncated && <p className="muted">{t('truncated', { count: answer.beadsRead })}</p>}

      <section aria-labelledby="inconsistent">
        <h2 id="inconsistent">{t('inconsistentTitle')}</h2>
        {answer.terms.length === 0 ? (
          <p className="muted">{t('noInconsistent')}</p>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>{t('term')}</th>
                <th>{t('renderings')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.terms.map((term) => (
                <tr key={term.term} aria-label={term.term}>
                  <td lang="ko">
                    <Link href={concordance(projectId, term.term)}>{term.term}</Link>
                    <br />
                    <span className="muted">{t('beads', { count: term.beads })}</span>
                  </td>
                  <td>
                    <ul className="plain">
                      {term.renderings.map((r) => (
                        <li key={r.text} data-testid="rendering">
                          <strong lang="en">{r.text}</strong> {t('times', { count: r.count })}
                          {r.uses[0] && (
                            <>
                              {' '}
                              · <Link href={beadHref(projectId, r.uses[0].documentId, r.uses[0].beadId)}>{t('example')}</Link>
                            </>
                          )}{' '}
                          {r.preferred ? (
                            <span className="badge approved">{t('preferred')}</span>
                          ) : (
                            canDecide && <PreferButton projectId={projectId} source={term.term} target={r.text} />
                          )}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="proposals">
        <h2 id="proposals">{t('proposalsTitle')}</h2>
        <p className="muted">{t('proposalsIntro')}</p>
        {answer.proposals.length === 0 ? (
          <p className="muted">{t('noProposals')}</p>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>{t('term')}</th>
                <th>{t('kind')}</th>
                <th>{t('evidence')}</th>
                <th>{canDecide ? t('decide') : t('english')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.proposals.slice(0, 200).map((p) => (
                <tr key={p.source} aria-label={p.source}>
                  <td lang="ko">
                    <Link href={concordance(projectId, p.source)}>{p.source}</Link>
                  </td>
                  <td>{t(`kinds.${p.kind}`)}</td>
                  <td>{t('evidenceOf', { count: p.count, beads: p.beads })}</td>
                  <td>
                    {canDecide ? (
                      <ProposalDecision projectId={projectId} source={p.source} target={p.target} />
                    ) : (
                      <span lang="en">{p.target}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
