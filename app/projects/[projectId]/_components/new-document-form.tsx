'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { createDocumentAction } from '../actions';

export function NewDocumentForm({ projectId, sourceLang, targetLang }: { projectId: string; sourceLang: string; targetLang: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await createDocumentAction({
      projectId,
      title: String(form.get('title') ?? ''),
      sourceText: String(form.get('sourceText') ?? ''),
      targetText: String(form.get('targetText') ?? ''),
    });
    setPending(false);
    if (!result.ok) return setError(result.error);
    router.push(`/projects/${projectId}/documents/${result.data.id}`);
  }

  return (
    <form className="stack panel" onSubmit={onSubmit}>
      <label>Title<input name="title" required maxLength={300} /></label>
      <div className="grid-2">
        <label>Source text ({sourceLang})<textarea name="sourceText" lang={sourceLang} required placeholder="Paste the original article; separate paragraphs with a blank line." /></label>
        <label>Target text ({targetLang})<textarea name="targetText" lang={targetLang} required placeholder="Paste the translated article." /></label>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <div><button type="submit" disabled={pending}>{pending ? 'Aligning…' : 'Import and align'}</button></div>
    </form>
  );
}
