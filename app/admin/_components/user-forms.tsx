'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { createUserAction, resetPasswordAction, setUserActiveAction } from '../actions';

type Message = { ok: boolean; text: string } | undefined;

function Feedback({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error'}>
      {message.text}
    </p>
  );
}

export function CreateUserForm() {
  const t = useTranslations('admin');
  const router = useRouter();
  const [message, setMessage] = useState<Message>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get('email') ?? '');
    const result = await createUserAction({
      email,
      name: String(form.get('name') ?? ''),
      password: String(form.get('password') ?? ''),
      isAdmin: form.get('isAdmin') === 'on',
    });
    setMessage(result.ok ? { ok: true, text: t('created', { email }) } : { ok: false, text: result.message });
    if (result.ok) {
      formElement.reset();
      router.refresh();
    }
  }

  return (
    <form className="inline panel" onSubmit={onSubmit}>
      <label>
        {t('colName')}
        <input name="name" required />
      </label>
      <label>
        {t('colEmail')}
        <input name="email" type="email" required />
      </label>
      <label>
        {t('initialPassword')}
        <input name="password" type="password" minLength={10} required autoComplete="new-password" />
      </label>
      <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <input name="isAdmin" type="checkbox" /> {t('administrator')}
      </label>
      <button type="submit">{t('createUser')}</button>
      <Feedback message={message} />
    </form>
  );
}

export function UserRowActions({ userId, email, active }: { userId: string; email: string; active: boolean }) {
  const t = useTranslations('admin');
  const router = useRouter();
  const [message, setMessage] = useState<Message>();

  async function toggle() {
    const result = await setUserActiveAction(userId, !active);
    setMessage(result.ok ? undefined : { ok: false, text: result.message });
    router.refresh();
  }

  async function onReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const password = String(new FormData(formElement).get('password') ?? '');
    const result = await resetPasswordAction(userId, password);
    setMessage(result.ok ? { ok: true, text: t('passwordSet', { email }) } : { ok: false, text: result.message });
    if (result.ok) formElement.reset();
  }

  return (
    <div style={{ display: 'grid', gap: 6 }}>
      <div>
        <button
          type="button"
          className={active ? 'danger' : 'secondary'}
          onClick={toggle}
          aria-label={t(active ? 'deactivateLabel' : 'activateLabel', { email })}
        >
          {t(active ? 'deactivate' : 'activate')}
        </button>
      </div>
      <form className="inline" onSubmit={onReset}>
        <input
          name="password"
          type="password"
          minLength={10}
          required
          placeholder={t('newPassword')}
          aria-label={t('newPasswordLabel', { email })}
          autoComplete="new-password"
        />
        <button type="submit" className="secondary">
          {t('resetPassword')}
        </button>
      </form>
      <Feedback message={message} />
    </div>
  );
}
