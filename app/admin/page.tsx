import type { Metadata } from 'next';
import Link from 'next/link';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { listMyProjects } from '@/lib/server/projects/manage-projects';
import { listUsers } from '@/lib/server/users/manage-users';
import { CreateProjectForm } from '@/app/projects/_components/create-project-form';
import { CreateUserForm, UserRowActions } from './_components/user-forms';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminPage() {
  const user = await requirePageUser('/admin');
  const data = await loadForPage(async () => ({ users: await listUsers(user), projects: await listMyProjects(user) }));
  return (
    <main>
      <h1>Administration</h1>
      <h2>Users</h2>
      <table className="list">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Status</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {data.users.map((u) => (
            <tr key={u.id}>
              <td>
                {u.name}
                {u.isAdmin && (
                  <span className="badge" style={{ marginLeft: 6 }}>
                    admin
                  </span>
                )}
              </td>
              <td>{u.email}</td>
              <td>
                {u.active ? 'active' : 'deactivated'}
                {u.locked ? ' · locked' : ''}
              </td>
              <td>
                {u.id === user.id ? <span className="muted">you</span> : <UserRowActions userId={u.id} email={u.email} active={u.active} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>New user</h2>
      <CreateUserForm />
      <h2>Projects</h2>
      <table className="list">
        <thead>
          <tr>
            <th>Project</th>
            <th>Languages</th>
            <th>Documents</th>
          </tr>
        </thead>
        <tbody>
          {data.projects.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={`/projects/${p.id}`}>{p.name}</Link>
              </td>
              <td>
                {p.sourceLang} → {p.targetLang}
              </td>
              <td>{p.documentCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>New project</h2>
      <CreateProjectForm />
    </main>
  );
}
