'use client';

// "New revision" (issue 14 part 2, decision 045): a corrected version of one side of the article, pasted, as a file
// or from its web address, sent to POST /api/v1/documents/{id}/revisions exactly as the API takes it (multipart). The
// server keeps the beads that did not change, realigns what did and sends changed beads back to review; the editor
// receives the change through its live updates like anyone else's, so this form only reports what happened.

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { revisionResultSchema, type RevisionResult } from '@/lib/alignment/revision/revision-schema';
import { callApi, failureText } from '@/lib/http/api-outcome';
import styles from './editor.module.css';

interface Props {
  documentId: string;
  version: number;
  langs: { source: string; target: string };
  onClose: () => void;
}

export function RevisionForm({ documentId, version, langs, onClose }: Props) {
  const t = useTranslations('revision');
  const tApi = useTranslations('api');
  const [side, setSide] = useState<'source' | 'target'>('target');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  // With the version it was sent from: the editor's version moves on as the change arrives live.
  const [done, setDone] = useState<{ result: RevisionResult; from: number }>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = new FormData(event.currentTarget);
    const body = new FormData();
    const file = input.get('file');
    const url = String(input.get('url') ?? '').trim();
    const text = String(input.get('text') ?? '');
    if (file instanceof File && file.size > 0) body.set(side, file);
    else if (url) body.set(`${side}Url`, url);
    else if (text.trim()) body.set(`${side}Text`, text);
    else return setError(t('nothing'));
    const from = version;
    body.set('baseVersion', String(from));
    setPending(true);
    setError(undefined);
    const result = await callApi(`/api/v1/documents/${documentId}/revisions`, revisionResultSchema, {
      method: 'POST',
      body,
      cache: 'no-store',
    });
    setPending(false);
    if (!result.ok) return setError(failureText(result, tApi));
    setDone({ result: result.data, from });
  }

  if (done) {
    const { beads } = done.result.summary;
    return (
      <div className={styles.revisionForm} role="status" data-testid="revision-result">
        <p>{done.result.version === done.from ? t('unchanged') : t('applied', beads)}</p>
        {done.result.reopened && <p>{t('reopened')}</p>}
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    );
  }

  return (
    <form className={styles.revisionForm} onSubmit={onSubmit} aria-label={t('label')} data-testid="revision-form">
      <p className={styles.dockLabel}>{t('explain')}</p>
      <fieldset>
        <legend>{t('side')}</legend>
        {(['source', 'target'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="side" value={s} checked={side === s} onChange={() => setSide(s)} /> {t(s, { lang: langs[s] })}
          </label>
        ))}
      </fieldset>
      <label>
        {t('text')}
        <textarea name="text" lang={langs[side]} rows={6} placeholder={t('textPlaceholder')} />
      </label>
      <label>
        {t('file')}
        <input type="file" name="file" accept=".txt,.html,.htm,.docx" />
      </label>
      <label>
        {t('url')}
        <input type="url" name="url" placeholder={t('urlPlaceholder')} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <span className={styles.reopenForm}>
        <button type="submit" disabled={pending}>
          {pending ? t('applying') : t('submit')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('cancel')}
        </button>
      </span>
    </form>
  );
}
