'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { createProjectAction } from '../actions';

export function CreateProjectForm() {
  const t = useTranslations('projects');
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await createProjectAction({
      name: String(form.get('name') ?? ''),
      sourceLang: String(form.get('sourceLang') ?? 'ko'),
      targetLang: String(form.get('targetLang') ?? 'en'),
    });
    setPending(false);
    if (!result.ok) return setError(result.message);
    router.push(`/projects/${result.data.id}`);
  }

  return (
    <form className="inline panel" onSubmit={onSubmit}>
      <label>
        {t('name')}
        <input name="name" required maxLength={200} />
      </label>
      <label>
        {t('sourceLanguage')}
        <input name="sourceLang" defaultValue="ko" size={6} />
      </label>
      <label>
        {t('targetLanguage')}
        <input name="targetLang" defaultValue="en" size={6} />
      </label>
      <button type="submit" disabled={pending}>
        {t('create')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
