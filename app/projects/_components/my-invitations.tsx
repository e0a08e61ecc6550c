'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { LocalTime } from '@/app/_components/local-time';
import { acceptInviteAction, declineInviteAction } from '../actions';

export interface MyInvitation {
  id: string;
  projectId: string;
  projectName: string;
  role: string;
  createdAt: string;
}

// Invitations addressed to the signed-in user's email (decision 025): nothing is shared with them until they
// accept here, whether their account existed when they were invited or was created later.
export function MyInvitations({ invites }: { invites: MyInvitation[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string; projectId?: string }>();
  const [pending, setPending] = useState(false);

  async function answer(invite: MyInvitation, accept: boolean) {
    setPending(true);
    const result = accept ? await acceptInviteAction(invite.id) : await declineInviteAction(invite.id);
    setPending(false);
    setMessage(result.ok ? { ok: true, text: result.data.message, projectId: accept ? invite.projectId : undefined } : { ok: false, text: result.error });
    if (result.ok) router.refresh();
  }

  if (invites.length === 0 && !message) return null;
  return (
    <section aria-labelledby="my-invitations">
      <h2 id="my-invitations">Invitations</h2>
      {invites.length > 0 && (
        <>
          <p className="muted">You join a project only when you accept its invitation.</p>
          <table className="list">
            <thead><tr><th>Project</th><th>Role</th><th>Invited</th><th>Answer</th></tr></thead>
            <tbody>
              {invites.map((invite) => (
                <tr key={invite.id}>
                  <td>{invite.projectName}</td>
                  <td>{invite.role}</td>
                  <td><LocalTime value={invite.createdAt} /></td>
                  <td>
                    <button type="button" disabled={pending} onClick={() => answer(invite, true)} aria-label={`Accept the invitation to ${invite.projectName}`}>Accept</button>{' '}
                    <button type="button" className="secondary" disabled={pending} onClick={() => answer(invite, false)} aria-label={`Decline the invitation to ${invite.projectName}`}>Decline</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error'}>
          {message.text}{message.projectId && <> <Link href={`/projects/${message.projectId}`}>Open the project</Link></>}
        </p>
      )}
    </section>
  );
}
