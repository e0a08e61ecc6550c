import 'server-only';
import { demoModeEnabled } from '@/lib/env';
import { loadActiveUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { createProject, listInvites, setMember } from '@/lib/server/projects/manage-projects';
import { acceptInvite } from '@/lib/server/projects/my-invites';
import { createUser } from '@/lib/server/users/manage-users';
import { demoArticles } from './demo-articles';
import { udhrPair } from './udhr';

// Demo accounts and a demo project, for development and demo mode only, into an empty database. A seed that
// was interrupted completes on the next start (each step adds only what is missing); once it has finished it
// never runs again, so demo documents someone deleted do not come back, and a database with real accounts is
// never seeded.

export const DEMO_PASSWORD = 'bitext-demo-2026';
export const DEMO_PROJECT = 'Newsroom demo (Korean → English)';
export const demoAccounts = [
  { email: 'admin@example.com', name: 'Ada Admin', role: 'admin', isAdmin: true },
  { email: 'editor@example.com', name: 'Eun-ji Editor', role: 'editor', isAdmin: false },
  { email: 'reviewer@example.com', name: 'Ryan Reviewer', role: 'reviewer', isAdmin: false },
] as const;

/** The documents of the demo project: the three articles and the Universal Declaration of Human Rights. */
export function demoDocuments() {
  const udhr = udhrPair();
  return [
    ...demoArticles.map((a) => ({ title: a.title, sourceText: a.ko, targetText: a.en, sourceUrl: a.sourceUrl, targetUrl: a.targetUrl })),
    { title: 'Universal Declaration of Human Rights', sourceText: udhr.ko, targetText: udhr.en, sourceUrl: null, targetUrl: null },
  ];
}

export async function seedDemo(log: (line: string) => void = () => undefined): Promise<void> {
  if (!demoModeEnabled()) return;
  if (await db.auditEvent.findFirst({ where: { action: 'seed.done' }, select: { id: true } })) return;
  const demoEmails = demoAccounts.map((a) => a.email);
  const [users, demoUsers] = await Promise.all([db.user.count(), db.user.count({ where: { email: { in: demoEmails } } })]);
  if (users > demoUsers) return log('The database has other accounts: no demo data is added.');
  for (const account of demoAccounts) {
    if (!(await db.user.findUnique({ where: { email: account.email }, select: { id: true } }))) {
      await createUser(null, { email: account.email, name: account.name, password: DEMO_PASSWORD, isAdmin: account.isAdmin });
      log(`Created demo account ${account.email}`);
    }
  }
  const adminRow = await db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' }, select: { id: true } });
  const admin = (await loadActiveUser(adminRow.id))!;
  let project = await db.project.findFirst({ where: { name: DEMO_PROJECT }, select: { id: true } });
  if (!project) {
    project = await createProject(admin, { name: DEMO_PROJECT, sourceLang: 'ko', targetLang: 'en' });
    // Demo accounts accept their invitations at once, as each person would on first sign-in (decision 025).
    for (const account of demoAccounts) {
      const { status } = await setMember(admin, project.id, { email: account.email, role: account.role });
      if (status === 'member') continue;
      const row = await db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true } });
      const invite = (await listInvites(admin, { projectId: project.id })).find((i) => i.email === account.email)!;
      await acceptInvite((await loadActiveUser(row.id))!, { inviteId: invite.id });
    }
    log(`Created the demo project`);
  }
  const existing = new Set((await db.document.findMany({ where: { projectId: project.id }, select: { title: true } })).map((d) => d.title));
  for (const d of demoDocuments()) {
    if (existing.has(d.title)) continue;
    await createDocument(admin, { projectId: project.id, ...d });
    log(`Created demo document "${d.title}"`);
  }
  await db.auditEvent.create({ data: { action: 'seed.done', actorId: null } });
}
