'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { createDocumentAction } from '../actions';
import { DroppedLinesNotice, hasDroppedLines, KeepBoilerplateBox, type DroppedLines } from './dropped-lines-notice';

// Paste a pair and align it. News-site furniture is dropped on import unless the editor ticks the box; what was
// dropped is listed before the document opens, so nothing goes unseen (decision 022).

export function NewDocumentForm({ projectId, sourceLang, targetLang }: { projectId: string; sourceLang: string; targetLang: string }) {
  const t = useTranslations('importPanel');
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [dropped, setDropped] = useState<{ id: string; lines: DroppedLines } | null>(null);
  const open = (id: string) => router.push(`/projects/${projectId}/documents/${id}`);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    setDropped(null);
    const result = await createDocumentAction({
      projectId,
      title: String(form.get('title') ?? ''),
      sourceText: String(form.get('sourceText') ?? ''),
      targetText: String(form.get('targetText') ?? ''),
      keepBoilerplate: form.get('keepBoilerplate') === 'true',
    });
    setPending(false);
    if (!result.ok) return setError(result.message);
    if (!hasDroppedLines(result.data.dropped)) return open(result.data.id);
    setDropped({ id: result.data.id, lines: result.data.dropped });
  }

  return (
    <form className="stack panel" onSubmit={onSubmit}>
      <label>
        {t('title')}
        <input name="title" required maxLength={300} />
      </label>
      <div className="grid-2">
        <label>
          {t('sourceText', { lang: sourceLang })}
          <textarea name="sourceText" lang={sourceLang} required placeholder={t('sourcePlaceholder')} />
        </label>
        <label>
          {t('targetText', { lang: targetLang })}
          <textarea name="targetText" lang={targetLang} required placeholder={t('targetPlaceholder')} />
        </label>
      </div>
      <KeepBoilerplateBox />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {dropped && (
        <DroppedLinesNotice dropped={dropped.lines} langs={{ source: sourceLang, target: targetLang }} onOpen={() => open(dropped.id)} />
      )}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t('aligning') : t('submit')}
        </button>
      </div>
    </form>
  );
}
