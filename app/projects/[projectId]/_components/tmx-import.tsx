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
  errors: z.array(z.object({ position: z.number(), tuid: z.string().nullable(), message: z.string() })),
});
/** 202: a large file is imported by a background job (decision 037). */
const tmxQueuedSchema = z.object({ batchId: z.string() });
type TmxResult = z.infer<typeof tmxResultSchema> | z.infer<typeof tmxQueuedSchema>;

export function TmxImport({ projectId }: { projectId: string }) {
  const router = useRouter();
  const t = useTranslations('importPanel');
  const [result, setResult] = useState<TmxResult>();
  const { error, pending, onSubmit } = useFormUpload(`/api/v1/projects/${projectId}/tmx`, z.union([tmxResultSchema, tmxQueuedSchema]), {
    onStart: () => setResult(undefined),
    onDone: (data) => {
      setResult(data);
      router.refresh();
    },
  });

  return (
    <form className="stack panel" onSubmit={onSubmit}>
      <p className="muted">
        Units become approved beads of a translation-memory document and teach the aligner this project&apos;s vocabulary. UTF-8 or UTF-16;
        files that declare XML entities are refused.
      </p>
      <label>
        TMX file
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
          Imported {result.imported} unit{result.imported === 1 ? '' : 's'}
          {result.skipped ? `, skipped ${result.skipped}` : ''}.
          {result.errors.length > 0 && (
            <ul>
              {result.errors.slice(0, 20).map((e) => (
                <li key={e.position}>
                  Unit {e.position}
                  {e.tuid ? ` (${e.tuid})` : ''}: {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Importing…' : 'Import TMX'}
        </button>
      </div>
    </form>
  );
}
