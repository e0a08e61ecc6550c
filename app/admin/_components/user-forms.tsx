'use client';

import { useRouter } from 'next/navigation';
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
    setMessage(result.ok ? { ok: true, text: `Created ${email}.` } : { ok: false, text: result.error });
    if (result.ok) {
      formElement.reset();
      router.refresh();
    }
  }

  return (
    <form className="inline panel" onSubmit={onSubmit}>
      <label>
        Name
        <input name="name" required />
      </label>
      <label>
        Email
        <input name="email" type="email" required />
      </label>
      <label>
        Initial password
        <input name="password" type="password" minLength={10} required autoComplete="new-password" />
      </label>
      <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <input name="isAdmin" type="checkbox" /> Administrator
      </label>
      <button type="submit">Create user</button>
      <Feedback message={message} />
    </form>
  );
}

export function UserRowActions({ userId, email, active }: { userId: string; email: string; active: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();

  async function toggle() {
    const result = await setUserActiveAction(userId, !active);
    setMessage(result.ok ? undefined : { ok: false, text: result.error });
    router.refresh();
  }

  async function onReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const password = String(new FormData(formElement).get('password') ?? '');
    const result = await resetPasswordAction(userId, password);
    setMessage(result.ok ? { ok: true, text: `New password set for ${email}.` } : { ok: false, text: result.error });
    if (result.ok) formElement.reset();
  }

  return (
    <div style={{ display: 'grid', gap: 6 }}>
      <div>
        <button
          type="button"
          className={active ? 'danger' : 'secondary'}
          onClick={toggle}
          aria-label={`${active ? 'Deactivate' : 'Activate'} ${email}`}
        >
          {active ? 'Deactivate' : 'Activate'}
        </button>
      </div>
      <form className="inline" onSubmit={onReset}>
        <input
          name="password"
          type="password"
          minLength={10}
          required
          placeholder="New password"
          aria-label={`New password for ${email}`}
          autoComplete="new-password"
        />
        <button type="submit" className="secondary">
          Reset password
        </button>
      </form>
      <Feedback message={message} />
    </div>
  );
}
