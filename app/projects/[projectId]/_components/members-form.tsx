'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { isRole, roles } from '@/lib/permissions';
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
  const t = useTranslations('members');
  const roleName = useTranslations('roles');
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get('email') ?? '');
    const role = String(form.get('role') ?? 'viewer');
    const result = await setMemberAction(projectId, { email, role });
    const params = { email, role: isRole(role) ? roleName(role) : role };
    setMessage(
      result.ok
        ? { ok: true, text: t(result.data.status === 'member' ? 'nowMember' : 'invitationSent', params) }
        : { ok: false, text: result.message },
    );
    if (result.ok) {
      formElement.reset();
      router.refresh();
    }
  }

  async function cancel(invite: PendingInvite) {
    const result = await cancelInviteAction(projectId, invite.id);
    setMessage(result.ok ? { ok: true, text: t('cancelled', { email: invite.email }) } : { ok: false, text: result.message });
    if (result.ok) router.refresh();
  }

  return (
    <>
      {invites.length > 0 && (
        <section aria-labelledby="pending-invites">
          <h3 id="pending-invites">{t('pending')}</h3>
          <p className="muted">{t('pendingNote')}</p>
          <table className="list">
            <thead>
              <tr>
                <th>{t('email')}</th>
                <th>{t('role')}</th>
                <th>{t('invited')}</th>
                <th>{t('action')}</th>
              </tr>
            </thead>
            <tbody>
              {invites.map((invite) => (
                <tr key={invite.id}>
                  <td>{invite.email}</td>
                  <td>{isRole(invite.role) ? roleName(invite.role) : invite.role}</td>
                  <td>
                    <LocalTime value={invite.createdAt} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => cancel(invite)}
                      aria-label={t('cancelLabel', { email: invite.email })}
                    >
                      {t('cancel')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <form className="inline panel" onSubmit={onSubmit} style={{ marginTop: 12 }}>
        <label>
          {t('email')}
          <input name="email" type="email" required maxLength={254} />
        </label>
        <label>
          {t('role')}
          <select name="role" defaultValue="editor">
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('submit')}</button>
        {message && (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error'}>
            {message.text}
          </p>
        )}
      </form>
    </>
  );
}
