'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { reopenAction } from '@/app/review/actions';

export function ReopenForm({ documentId, version }: { documentId: string; version: number }) {
  const t = useTranslations('history');
  const router = useRouter();
  const [error, setError] = useState<string>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    const result = await reopenAction(documentId, { reason, baseVersion: version });
    if (result.ok) router.refresh();
    else setError(result.message);
  }

  return (
    <form className="inline panel" onSubmit={onSubmit}>
      <label>
        {t('reopenReason')}
        <input name="reason" required maxLength={1000} size={50} />
      </label>
      <button type="submit">{t('reopen')}</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
