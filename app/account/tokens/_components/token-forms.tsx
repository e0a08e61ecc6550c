'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { createTokenAction, revokeTokenAction } from '../actions';

type Message = { ok: boolean; text: string } | undefined;

/** Days a new token lives; 0 = never expires. */
const EXPIRY_CHOICES = [30, 90, 365, 0];

export function CreateTokenForm() {
  const t = useTranslations('tokens');
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
      setMessage({ ok: false, text: result.message });
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
          {t('name')}
          <input name="name" required maxLength={100} placeholder={t('namePlaceholder')} />
        </label>
        <label>
          {t('expires')}
          <select name="expiresInDays" defaultValue="90">
            {EXPIRY_CHOICES.map((days) => (
              <option key={days} value={days}>
                {days === 0 ? t('expiryNever') : t('expiryDays', { days })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" required autoComplete="current-password" />
        </label>
        <button type="submit">{t('create')}</button>
        {message && (
          <p role="alert" className="error">
            {message.text}
          </p>
        )}
      </form>
      {created && (
        <div className="panel notice" role="status" style={{ marginTop: 12 }}>
          <p>{t.rich('created', { name: created.name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <p>
            <code aria-label={t('newToken')}>{created.token}</code>
          </p>
        </div>
      )}
    </>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations('tokens');
  const router = useRouter();
  const [message, setMessage] = useState<Message>();

  async function revoke() {
    if (!window.confirm(t('revokeConfirm', { name }))) return;
    const result = await revokeTokenAction(tokenId);
    if (!result.ok) setMessage({ ok: false, text: result.message });
    else router.refresh();
  }

  return (
    <>
      <button type="button" className="secondary" onClick={revoke} aria-label={t('revokeLabel', { name })}>
        {t('revoke')}
      </button>
      {message && (
        <span role="alert" className="error">
          {message.text}
        </span>
      )}
    </>
  );
}
