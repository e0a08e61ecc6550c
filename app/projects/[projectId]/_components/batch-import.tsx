'use client';

import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { callApi, failureText, jsonRequest } from '@/lib/http/api-outcome';
import { useBatchItemText } from './use-batch-item-text';
import { useFormUpload } from './use-form-upload';

const itemTextSchema = z
  .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
  .nullable()
  .optional();

const batchSchema = z.object({
  id: z.string(),
  source: z.string(),
  total: z.number(),
  done: z.number(),
  failed: z.number(),
  pending: z.number(),
  /** Items that "Retry" would re-queue: failed URL pairs, interrupted file pairs, and waiting items whose job was lost. */
  retryable: z.number(),
  /** The progress view of big batches (decision 037): rate, time left, TMX units so far. */
  perMinute: z.number().nullable(),
  secondsLeft: z.number().nullable(),
  tmxUnits: z.number(),
  /** False for a big batch, which lists only its running and failed items. */
  allItemsListed: z.boolean(),
  items: z.array(
    z.object({
      index: z.number(),
      title: z.string(),
      /** Since decision 048: the title and error as catalog keys (older rows: English text only). */
      titleText: itemTextSchema,
      status: z.string(),
      error: z.string().nullable(),
      errorText: itemTextSchema,
      documentId: z.string().nullable(),
      /** TMX items: units imported so far. */
      progress: z.number().nullable(),
      retryable: z.boolean(),
    }),
  ),
});
export type Batch = z.infer<typeof batchSchema>;
const batchesSchema = z.object({ batches: z.array(batchSchema) });

const rich = { strong: (chunks: ReactNode) => <strong>{chunks}</strong>, code: (chunks: ReactNode) => <code>{chunks}</code> };

const ITEM_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
const isItemStatus = (status: string): status is (typeof ITEM_STATUSES)[number] => (ITEM_STATUSES as readonly string[]).includes(status);

/** Rate, time left and TMX units of a running batch, from the server's figures. */
function BatchRate({ batch }: { batch: Batch }) {
  const t = useTranslations('batchProgress');
  const minutes = batch.secondsLeft === null ? null : Math.max(1, Math.round(batch.secondsLeft / 60));
  const parts = [
    batch.perMinute !== null && t('rate', { rate: Math.round(batch.perMinute) }),
    batch.pending > 0 && minutes !== null && t('timeLeft', { minutes }),
    batch.pending > 0 && batch.tmxUnits > 0 && t('tmxUnits', { units: batch.tmxUnits }),
  ].filter(Boolean);
  return (
    <>
      {parts.length > 0 && <p className="muted">{parts.join(' · ')}</p>}
      {!batch.allItemsListed && <p className="muted">{t('onlyRunningAndFailed')}</p>}
    </>
  );
}

export function BatchImport({ projectId, initialBatches }: { projectId: string; initialBatches: Batch[] }) {
  const t = useTranslations('batchImport');
  const format = useFormatter();
  const tApi = useTranslations('api');
  const itemText = useBatchItemText();
  const [batches, setBatches] = useState<Batch[]>(initialBatches);
  // A newer list from the server (the page refreshed after a large TMX became a batch on its tab) replaces ours.
  const [listed, setListed] = useState(initialBatches);
  if (listed !== initialBatches) {
    setListed(initialBatches);
    setBatches(initialBatches);
  }
  const [retryError, setRetryError] = useState<string>();
  const [retrying, setRetrying] = useState<string>();
  const running = batches.some((b) => b.pending > 0);

  async function refresh() {
    const result = await callApi(`/api/v1/projects/${projectId}/batches`, batchesSchema);
    if (result.ok) setBatches(result.data.batches);
  }

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void refresh(), 1500); // progress while jobs run
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running]);

  const {
    error: uploadError,
    pending,
    onSubmit,
  } = useFormUpload(`/api/v1/projects/${projectId}/batches`, z.object({ id: z.string() }), { onDone: refresh });
  const error = uploadError ?? retryError;

  async function retry(batchId: string) {
    setRetrying(batchId);
    setRetryError(undefined);
    const result = await callApi(`/api/v1/batches/${batchId}/retry`, z.object({ retried: z.number() }), jsonRequest({}));
    setRetrying(undefined);
    if (!result.ok) return setRetryError(failureText(result, tApi));
    await refresh();
  }

  return (
    <div className="stack">
      <form className="stack panel" onSubmit={onSubmit}>
        <p className="muted">{t('intro')}</p>
        <ul className="muted">
          <li>{t.rich('csv', rich)}</li>
          <li>{t.rich('zip', rich)}</li>
        </ul>
        <label>
          {t('file')}
          <input name="file" type="file" accept=".csv,text/csv,.zip,application/zip" required />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div>
          <button type="submit" disabled={pending}>
            {pending ? t('starting') : t('start')}
          </button>
        </div>
      </form>
      {batches.map((b) => (
        <div key={b.id} className="panel" aria-label={t('batchLabel', { source: b.source })}>
          <p>
            <strong>{b.source}</strong> · {t('counts', { done: b.done, failed: b.failed, pending: b.pending, total: b.total })}
            {b.retryable > 0 && ' '}
            {b.retryable > 0 && (
              <button type="button" className="secondary" disabled={retrying === b.id} onClick={() => void retry(b.id)}>
                {retrying === b.id ? t('retrying') : t('retry', { count: b.retryable })}
              </button>
            )}
          </p>
          <div
            className="progress"
            role="progressbar"
            aria-valuenow={b.done + b.failed}
            aria-valuemin={0}
            aria-valuemax={b.total}
            aria-label={t('progressLabel', { source: b.source })}
          >
            <span style={{ width: `${b.total ? ((b.done + b.failed) / b.total) * 100 : 0}%` }} />
          </div>
          <BatchRate batch={b} />
          <ul>
            {b.items.map((item) => {
              const title = itemText.title(item);
              const error = itemText.error(item);
              return (
                <li key={item.index}>
                  {item.documentId ? <Link href={`/projects/${projectId}/documents/${item.documentId}`}>{title}</Link> : title} —{' '}
                  {isItemStatus(item.status) ? t(`status.${item.status}`) : item.status}
                  {item.status === 'running' && item.progress ? <> ({format.number(item.progress)})</> : null}
                  {error && <span className={item.status === 'failed' ? 'error-inline' : 'muted'}>: {error}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
