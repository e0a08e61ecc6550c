'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { GLOSSARY_FILE_LIMITS } from '@/lib/formats/glossary-file';
import { callApi, failureText } from '@/lib/http/api-outcome';

const importResultSchema = z.object({
  added: z.number(),
  duplicates: z.number(),
  rejected: z.array(
    z.object({
      line: z.number(),
      text: z.string(),
      code: z.enum(['no_tab', 'no_comma', 'extra_columns', 'source_empty', 'target_empty', 'source_too_long', 'target_too_long']),
      columns: z.number().optional(),
    }),
  ),
  rejectedCount: z.number(),
  total: z.number(),
});
type ImportResult = z.infer<typeof importResultSchema>;

// The file goes to the REST endpoint as the request body (files can be larger than a server action takes).
// Sent as application/octet-stream: the API refuses text/plain from a session cookie (a type any other site's
// form could send; decision 015), and the endpoint reads the bytes whatever the type says.
export function GlossaryImportForm({ projectId }: { projectId: string }) {
  const t = useTranslations('glossary');
  const tApi = useTranslations('api');
  const router = useRouter();
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setError(t('chooseFile'));
    setPending(true);
    setError(undefined);
    setResult(undefined);
    const format = /\.csv$/i.test(file.name) ? '&format=csv' : /\.tsv$/i.test(file.name) ? '&format=tsv' : '';
    const response = await callApi(
      `/api/v1/projects/${projectId}/glossary/import?name=${encodeURIComponent(file.name)}${format}`,
      importResultSchema,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: file,
      },
    );
    setPending(false);
    if (!response.ok) return setError(failureText(response, tApi));
    setResult(response.data);
    router.refresh();
  }

  return (
    <form className="stack panel" onSubmit={onSubmit} aria-label={t('importLabel')}>
      <p className="muted" style={{ margin: 0 }}>
        {t.rich('importIntro', { code: (chunks) => <code>{chunks}</code>, max: GLOSSARY_FILE_LIMITS.entriesPerImport })}
      </p>
      <label>
        {t('file')}
        <input name="file" type="file" accept=".tsv,.csv,.txt,text/tab-separated-values,text/csv,text/plain" required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && (
        <div role="status" className="notice">
          {t('importResult', {
            added: result.added,
            duplicates: result.duplicates,
            rejectedCount: result.rejectedCount,
            total: result.total,
          })}
          {result.rejected.length > 0 && (
            <ul>
              {result.rejected.map((r) => (
                <li key={r.line}>
                  {t('rejectedLine', {
                    line: r.line,
                    reason: t(`rejection.${r.code}`, { columns: r.columns ?? 0, max: GLOSSARY_FILE_LIMITS.termChars }),
                  })}{' '}
                  <span className="muted">({r.text})</span>
                </li>
              ))}
              {result.rejectedCount > result.rejected.length && (
                <li>{t('rejectedMore', { count: result.rejectedCount - result.rejected.length })}</li>
              )}
            </ul>
          )}
        </div>
      )}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t('importing') : t('importSubmit')}
        </button>
      </div>
    </form>
  );
}
