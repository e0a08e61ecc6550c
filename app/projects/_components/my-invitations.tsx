'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { LocalTime } from '@/app/_components/local-time';
import { isRole } from '@/lib/permissions';
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
  const t = useTranslations('invitations');
  const roleName = useTranslations('roles');
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string; projectId?: string }>();
  const [pending, setPending] = useState(false);
  // The page's own refresh after an answer; the link to the project waits for it, so that a click on the link
  // cannot race the refresh (it used to lose: the refreshed list replaced the project page, e2e under load).
  const [refreshing, startRefresh] = useTransition();

  async function answer(invite: MyInvitation, accept: boolean) {
    setPending(true);
    const result = accept ? await acceptInviteAction(invite.id) : await declineInviteAction(invite.id);
    setPending(false);
    setMessage(
      result.ok
        ? {
            ok: true,
            text: t(accept ? 'joined' : 'declined', {
              project: invite.projectName,
              role: isRole(invite.role) ? roleName(invite.role) : invite.role,
            }),
            projectId: accept ? invite.projectId : undefined,
          }
        : { ok: false, text: result.message },
    );
    if (result.ok) startRefresh(() => router.refresh());
  }

  if (invites.length === 0 && !message) return null;
  return (
    <section aria-labelledby="my-invitations">
      <h2 id="my-invitations">{t('title')}</h2>
      {invites.length > 0 && (
        <>
          <p className="muted">{t('note')}</p>
          <table className="list">
            <thead>
              <tr>
                <th>{t('project')}</th>
                <th>{t('role')}</th>
                <th>{t('invited')}</th>
                <th>{t('answer')}</th>
              </tr>
            </thead>
            <tbody>
              {invites.map((invite) => (
                <tr key={invite.id}>
                  <td>{invite.projectName}</td>
                  <td>{isRole(invite.role) ? roleName(invite.role) : invite.role}</td>
                  <td>
                    <LocalTime value={invite.createdAt} />
                  </td>
                  <td>
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => answer(invite, true)}
                      aria-label={t('acceptLabel', { project: invite.projectName })}
                    >
                      {t('accept')}
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      disabled={pending}
                      onClick={() => answer(invite, false)}
                      aria-label={t('declineLabel', { project: invite.projectName })}
                    >
                      {t('decline')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error'}>
          {message.text}
          {message.projectId && !refreshing && (
            <>
              {' '}
              <Link href={`/projects/${message.projectId}`}>{t('open')}</Link>
            </>
          )}
        </p>
      )}
    </section>
  );
}
