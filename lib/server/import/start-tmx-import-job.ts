import 'server-only';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { createImportBatch } from './create-import-batch';

// A TMX upload too large to import while the request waits becomes a batch of one item (decision 037): the file is
// stored in 1 MB pieces with its job in one transaction, and a worker imports it with importTmx, reporting the
// units imported so far on the item. The batch shows in the project's batch list like CSV and zip batches.

/** Uploads up to this size are imported while the request waits (a few seconds); larger ones become a job. */
export const INLINE_TMX_BYTES = 8 * 1024 * 1024;

export async function startTmxImportJob(
  actor: SessionUser,
  input: { projectId: string; fileName: string; bytes: number; file: () => AsyncIterable<Uint8Array> },
): Promise<{ batchId: string }> {
  await projectAccess(actor, input.projectId, 'document:create');
  const fileName = input.fileName.trim().slice(0, 255) || 'memory.tmx';
  const batch = await createImportBatch(actor, {
    projectId: input.projectId,
    source: fileName,
    rows: [{ title: fileName, input: { kind: 'tmx', fileName, bytes: input.bytes }, file: input.file }],
    auditDetails: { format: 'tmx', bytes: input.bytes },
  });
  return { batchId: batch.id };
}

/** A web ReadableStream (an uploaded File's) as the async iterable the batch writer reads. */
export async function* readableChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
