'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { z } from 'zod';
import { useFormUpload } from './use-form-upload';

const tmxResultSchema = z.object({
  documentId: z.string().nullable(),
  imported: z.number(),
  skipped: z.number(),
  errors: z.array(
    z.object({
      position: z.number(),
      tuid: z.string().nullable(),
      code: z.enum(['MISSING_LANG', 'MISSING_SEG', 'NO_SOURCE', 'NO_TARGET', 'SEGMENT_TOO_LARGE']),
      tuv: z.number().optional(),
      lang: z.string().optional(),
    }),
  ),
});
/** 202: a large file is imported by a background job (decision 037). */
const tmxQueuedSchema = z.object({ batchId: z.string() });
type TmxResult = z.infer<typeof tmxResultSchema> | z.infer<typeof tmxQueuedSchema>;

export function TmxImport({ projectId }: { projectId: string }) {
  const t = useTranslations('importPanel');
  const router = useRouter();
  const [result, setResult] = useState<TmxResult>();
  const problem = (e: z.infer<typeof tmxResultSchema>['errors'][number]) =>
    t(`tmxProblem.${e.code}`, { tuv: e.tuv ?? 0, lang: e.lang || 'none' });
  const { error, pending, onSubmit } = useFormUpload(`/api/v1/projects/${projectId}/tmx`, z.union([tmxResultSchema, tmxQueuedSchema]), {
    onStart: () => setResult(undefined),
    onDone: (data) => {
      setResult(data);
      router.refresh();
    },
  });

  return (
    <form className="stack panel" onSubmit={onSubmit}>
      <p className="muted">{t('tmxIntro')}</p>
      <label>
        {t('tmxFile')}
        <input name="file" type="file" accept=".tmx,.xml" required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && 'batchId' in result && (
        <p role="status" className="notice">
          {t('tmxQueued')}
        </p>
      )}
      {result && 'imported' in result && (
        <div role="status" className="notice">
          {t('tmxResult', { imported: result.imported, skipped: result.skipped })}
          {result.errors.length > 0 && (
            <ul>
              {result.errors.slice(0, 20).map((e) => (
                <li key={e.position}>
                  {e.tuid
                    ? t('tmxUnitErrorWithId', { position: e.position, tuid: e.tuid, message: problem(e) })
                    : t('tmxUnitError', { position: e.position, message: problem(e) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t('importing') : t('tmxSubmit')}
        </button>
      </div>
    </form>
  );
}
