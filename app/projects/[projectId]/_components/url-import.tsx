'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { callApi, failureText, jsonRequest } from '@/lib/http/api-outcome';
import { urlPreviewSchema, type UrlPreview } from '@/lib/import/url-preview-schema';

export function UrlImport({ projectId }: { projectId: string }) {
  const t = useTranslations('urlImport');
  const tApi = useTranslations('api');
  const router = useRouter();
  const [preview, setPreview] = useState<UrlPreview>();
  const [error, setError] = useState<string>();
  const [fetchError, setFetchError] = useState<string>();
  const urlField = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<'preview' | 'save' | null>(null);

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending('preview');
    setError(undefined);
    setFetchError(undefined);
    setPreview(undefined);
    const result = await callApi(
      `/api/v1/projects/${projectId}/import-preview`,
      urlPreviewSchema,
      jsonRequest({ url: form.get('url'), sourceUrl: form.get('sourceUrl') || null }),
    );
    setPending(null);
    if (!result.ok) {
      // Shown under the URL field, where the user is looking, announced (role="alert"), with focus back in the field.
      setFetchError(failureText(result, tApi));
      urlField.current?.focus();
      return;
    }
    setPreview(result.data);
  }

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview) return;
    const form = new FormData(event.currentTarget);
    const sourceText = String(form.get('sourceText') ?? '');
    setPending('save');
    const result = await callApi(
      `/api/v1/projects/${projectId}/documents`,
      z.object({ id: z.string() }),
      jsonRequest({
        title: form.get('title'),
        source: { text: sourceText, url: preview.source?.url ?? null },
        target: { text: preview.target.text, url: preview.target.url },
      }),
    );
    setPending(null);
    if (!result.ok) return setError(failureText(result, tApi));
    router.push(`/projects/${projectId}/documents/${result.data.id}`);
  }

  return (
    <div className="stack">
      <form className="stack panel" onSubmit={onPreview}>
        <label>
          {t('url')}
          <input
            ref={urlField}
            name="url"
            type="url"
            required
            placeholder={t('urlPlaceholder')}
            aria-invalid={fetchError ? true : undefined}
            aria-describedby={fetchError ? 'url-import-error' : undefined}
          />
        </label>
        {fetchError && (
          <p id="url-import-error" role="alert" className="error" data-testid="url-import-error">
            {fetchError}
          </p>
        )}
        <label>
          {t('sourceUrl')}
          <input name="sourceUrl" type="url" />
        </label>
        <div>
          <button type="submit" disabled={pending !== null}>
            {pending === 'preview' ? t('fetching') : t('fetch')}
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {preview && (
        <form className="stack panel" onSubmit={onSave} aria-label={t('preview')}>
          <label>
            {t('title')}
            <input name="title" defaultValue={preview.target.title} required maxLength={300} />
          </label>
          {preview.warnings.map((w) => (
            <p key={w.side} className="error" role="status">
              {t(`languageWarning.${w.side}.${w.detected}`)}
            </p>
          ))}
          <div className="grid-2">
            <div>
              <h3>{t('targetHeading', { paragraphs: preview.target.paragraphs })}</h3>
              <p className="muted">
                <a href={preview.target.url ?? '#'}>{preview.target.url}</a>
              </p>
              <div className="preview-text" lang="en">
                {preview.target.text}
              </div>
            </div>
            <div>
              <h3>{preview.source ? t('sourceHeadingFound', { paragraphs: preview.source.paragraphs }) : t('sourceHeading')}</h3>
              {preview.source && preview.foundBy && (
                <p className="muted">
                  {t(`foundBy.${preview.foundBy}`)} <a href={preview.source.url ?? '#'}>{preview.source.url}</a>
                </p>
              )}
              {preview.sourceError && (
                <p role="alert" className="error">
                  {preview.sourceError.code === 'failed'
                    ? t('sourceFailed', { url: preview.sourceError.url ?? '', reason: preview.sourceError.reason ?? '' })
                    : t('sourceNotFound')}
                </p>
              )}
              <label>
                {t('sourceText')}
                <textarea name="sourceText" lang="ko" defaultValue={preview.source?.text ?? ''} required />
              </label>
            </div>
          </div>
          <div>
            <button type="submit" disabled={pending !== null}>
              {pending === 'save' ? t('aligning') : t('save')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
