import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { listMyProjects } from '@/lib/server/projects/manage-projects';
import { listMyInvites } from '@/lib/server/projects/my-invites';
import { CreateProjectForm } from './_components/create-project-form';
import { MyInvitations } from './_components/my-invitations';

export const metadata: Metadata = { title: 'Projects' };

export default async function ProjectsPage() {
  const user = await requirePageUser('/projects');
  const [projects, invites] = await Promise.all([listMyProjects(user), listMyInvites(user)]);
  return (
    <main>
      <h1>Projects</h1>
      <MyInvitations invites={invites.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() }))} />
      {projects.length === 0 ? (
        <p className="muted">You are not a member of any project yet. Create one, or ask a project administrator to invite you.</p>
      ) : (
        <table className="list">
          <thead>
            <tr><th>Project</th><th>Languages</th><th>Your role</th><th>Documents</th></tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id}>
                <td><Link href={`/projects/${p.id}`}>{p.name}</Link></td>
                <td>{p.sourceLang} → {p.targetLang}</td>
                <td>{p.role}</td>
                <td>{p.documentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>New project</h2>
      <CreateProjectForm />
    </main>
  );
}
