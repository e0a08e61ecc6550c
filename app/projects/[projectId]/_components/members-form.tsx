'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { roles } from '@/lib/permissions';
import { cancelInviteAction, setMemberAction } from '../actions';
import { LocalTime } from '@/app/_components/local-time';

export interface PendingInvite {
  id: string;
  email: string;
  role: string;
  createdAt: string;
}

// Adding an email that is not yet a member always invites it (decision 025): the answer and the list below are
// the same whether or not the email has an account, and the invitation stays here until its person accepts.
export function MembersForm({ projectId, invites }: { projectId: string; invites: PendingInvite[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await setMemberAction(projectId, { email: String(form.get('email') ?? ''), role: String(form.get('role') ?? 'viewer') });
    setMessage(result.ok ? { ok: true, text: result.data.message } : { ok: false, text: result.error });
    if (result.ok) {
      formElement.reset();
      router.refresh();
    }
  }

  async function cancel(invite: PendingInvite) {
    const result = await cancelInviteAction(projectId, invite.id);
    setMessage(result.ok ? { ok: true, text: `Cancelled the invitation of ${invite.email}.` } : { ok: false, text: result.error });
    if (result.ok) router.refresh();
  }

  return (
    <>
      {invites.length > 0 && (
        <section aria-labelledby="pending-invites">
          <h3 id="pending-invites">Pending invitations</h3>
          <p className="muted">Each person joins when they accept on their Projects page (after signing in; someone without an account needs one from an administrator first).</p>
          <table className="list">
            <thead><tr><th>Email</th><th>Role</th><th>Invited</th><th>Action</th></tr></thead>
            <tbody>
              {invites.map((invite) => (
                <tr key={invite.id}>
                  <td>{invite.email}</td>
                  <td>{invite.role}</td>
                  <td><LocalTime value={invite.createdAt} /></td>
                  <td><button type="button" className="secondary" onClick={() => cancel(invite)} aria-label={`Cancel the invitation of ${invite.email}`}>Cancel</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <form className="inline panel" onSubmit={onSubmit} style={{ marginTop: 12 }}>
        <label>Email<input name="email" type="email" required maxLength={254} /></label>
        <label>Role
          <select name="role" defaultValue="editor">{roles.map((r) => <option key={r}>{r}</option>)}</select>
        </label>
        <button type="submit">Add or change member</button>
        {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error'}>{message.text}</p>}
      </form>
    </>
  );
}
