'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { createTokenAction, revokeTokenAction } from '../actions';

type Message = { ok: boolean; text: string } | undefined;

const EXPIRY_CHOICES = [
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: '1 year' },
  { days: 0, label: 'Never' },
];

export function CreateTokenForm() {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();
  const [created, setCreated] = useState<{ name: string; token: string }>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const days = Number(form.get('expiresInDays') ?? 0);
    const result = await createTokenAction({
      name: String(form.get('name') ?? ''),
      password: String(form.get('password') ?? ''),
      expiresInDays: days > 0 ? days : undefined,
    });
    if (!result.ok) {
      setCreated(undefined);
      setMessage({ ok: false, text: result.error });
      return;
    }
    setMessage(undefined);
    setCreated(result.data);
    formElement.reset();
    router.refresh();
  }

  return (
    <>
      <form className="inline panel" onSubmit={onSubmit}>
        <label>
          Name
          <input name="name" required maxLength={100} placeholder="nightly export" />
        </label>
        <label>
          Expires
          <select name="expiresInDays" defaultValue="90">
            {EXPIRY_CHOICES.map((c) => (
              <option key={c.days} value={c.days}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Your password
          <input name="password" type="password" required autoComplete="current-password" />
        </label>
        <button type="submit">Create token</button>
        {message && (
          <p role="alert" className="error">
            {message.text}
          </p>
        )}
      </form>
      {created && (
        <div className="panel notice" role="status" style={{ marginTop: 12 }}>
          <p>
            Your new token <strong>{created.name}</strong>. Copy it now: it is not shown again.
          </p>
          <p>
            <code aria-label="New token">{created.token}</code>
          </p>
        </div>
      )}
    </>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>();

  async function revoke() {
    if (!window.confirm(`Revoke the token "${name}"? Scripts using it stop working at once.`)) return;
    const result = await revokeTokenAction(tokenId);
    if (!result.ok) setMessage({ ok: false, text: result.error });
    else router.refresh();
  }

  return (
    <>
      <button type="button" className="secondary" onClick={revoke} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      {message && (
        <span role="alert" className="error">
          {message.text}
        </span>
      )}
    </>
  );
}
