import 'server-only';
import type { XmlInput } from '@/lib/formats/decode-xml-input';
import { formatTmxDate } from '@/lib/formats/export-unit';
import { readTmxBatches, TMX_READ_LIMITS, type TmxHeader } from '@/lib/formats/tmx-reader';
import type { TmxUnit, TmxUnitProblem } from '@/lib/formats/tmx-unit-builder';
import { projectAccess } from '@/lib/server/access';
import { auditBulk } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { bulkTransaction, withBulkConnections, type BulkClient } from '@/lib/server/db';
import { sqlStateOf } from '@/lib/server/database-data-error';
import { AppError, notFound } from '@/lib/server/errors';
import { env } from '@/lib/env';
import { createImportingDocument, discardImportingDocument, finishImportingDocument, releaseImportingDocument } from './importing-document';
import type { MemoryUnitRow } from './insert-memory-units';
import { chunkWriters, documentCheckFor, type ChunkWriters, type DocumentCheck } from './tmx-chunk-writers';

// TMX into a project, streaming with flat memory (decision 037) through several connections (decision 053): the
// file is parsed as a stream (safe reader: no DTD entities, no external anything) and every usable unit becomes an
// approved 1-1 bead of one "translation memory" document, inserted in chunks of CHUNK_UNITS as the parse goes.
// The document is first committed as `importing`, which no reader sees; each chunk is then committed on its own
// by one of `writers` connections (tmx-chunk-writers.ts), at most one chunk each in flight plus the one being
// parsed, whatever the size of the file; one last transaction makes the document `approved`, with its audit row
// and the caller's `beforeCommit`, so everything appears at once. A broken file, a refused one, a writer's error
// or a cancelled job deletes the document (and its rows by cascade); after a crash, the workers' sweep does
// (importing-document.ts). Units the reader refuses (no xml:lang, one language only) are reported and skipped.
// Approved beads feed the project's learned lexicon (lib/server/documents/project-lexicon.ts).

export interface TmxImportResult {
  documentId: string | null;
  imported: number;
  skipped: number;
  /** Units skipped, with the problem's code (and its `tuv` or `lang`) for the interface and an English `message`. */
  errors: Pick<TmxUnitProblem, 'position' | 'tuid' | 'code' | 'tuv' | 'lang' | 'message'>[];
}

export interface TmxImportProgress {
  imported: number;
  skipped: number;
}

export interface TmxImportOptions {
  projectId: string;
  body: XmlInput;
  fileName?: string | null;
  /**
   * Called after each chunk commits (still invisible), for progress bars, one call at a time; the chunk's connection
   * waits for it. Throwing cancels the import (a batch job whose claim was lost).
   */
  onProgress?: (progress: TmxImportProgress) => void | Promise<void>;
  /** Runs in the import's last transaction before it commits (a batch job marks its item done there: decision 037). */
  beforeCommit?: (client: BulkClient, written: { documentId: string; imported: number; skipped: number }) => Promise<void>;
  /** For tests: called every time a chunk is handed to a writer, with its units and the chunks now being written. */
  onChunk?: (held: { units: number; inFlight: number }) => void;
  /** Connections writing chunks at once (default `BITEXT_TMX_WRITERS`, 2). */
  writers?: number;
  /** How chunks make sure the document exists (tmx-chunk-writers.ts); by default what the database role allows. */
  documentCheck?: DocumentCheck;
}

/** Units per INSERT chunk: parameters of 2,000 units serialise in a few milliseconds (decision 017). */
export const CHUNK_UNITS = 2_000;
const FOREIGN_KEY_VIOLATION = '23503';
/** Problems kept for the answer; the rest are only counted. */
export const MAX_REPORTED_ERRORS = 1_000;
/**
 * The unit's TMX metadata as stored on its bead: only what the unit has. Most units carry a tuid and little else,
 * and every byte here is parsed as jsonb by PostgreSQL (nine keys with nulls cost it ~1 CPU-second per 100,000
 * units; decision 054). The export reads absent keys as empty.
 */
function unitMeta(unit: TmxUnit): string {
  const meta: Record<string, unknown> = {};
  if (unit.tuid !== null) meta.tuid = unit.tuid;
  if (unit.created) meta.created = formatTmxDate(unit.created);
  if (unit.changed) meta.changed = formatTmxDate(unit.changed);
  if (unit.creator !== null) meta.creator = unit.creator;
  if (unit.changer !== null) meta.changer = unit.changer;
  if (unit.notes.length > 0) meta.notes = unit.notes;
  if (Object.keys(unit.props).length > 0) meta.props = unit.props;
  if (unit.confidence !== null) meta.confidence = unit.confidence;
  if (unit.status !== null) meta.status = unit.status;
  return JSON.stringify(meta);
}

function title(fileName: string | null | undefined, header: TmxHeader | null): string {
  return `Translation memory: ${fileName?.trim() || header?.attributes['o-tmf'] || 'imported TMX'}`.slice(0, 300);
}

export async function importTmx(actor: SessionUser, input: TmxImportOptions): Promise<TmxImportResult> {
  const { project } = await projectAccess(actor, input.projectId, 'document:create');
  const errors: TmxImportResult['errors'] = [];
  let skipped = 0;
  const written = await withBulkConnections(input.writers ?? env.BITEXT_TMX_WRITERS, async (clients) => {
    const [control] = clients; // holds the document's lock from its creation to the end (importing-document.ts)
    let header: TmxHeader | null = null;
    // Set by the first chunk: the importing document and the connections writing into it.
    const state: { open: { document: { id: string; updatedAt: string }; writers: ChunkWriters } | null } = { open: null };
    let imported = 0;
    let committed = 0;
    let progress: Promise<void> = Promise.resolve();
    let chunk: MemoryUnitRow[] = [];
    // Progress calls one at a time and in order, whichever connection committed.
    const reportProgress = (units: number): Promise<void> => {
      const next = progress.then(async () => {
        committed += units;
        await input.onProgress?.({ imported: committed, skipped });
      });
      progress = next.catch(() => undefined);
      return next;
    };
    const flush = async () => {
      if (chunk.length === 0) return;
      if (!state.open) {
        // Asked before the document exists, so a failure here leaves nothing for the sweep.
        const check = input.documentCheck ?? (await documentCheckFor(control));
        const document = await createImportingDocument(control, { projectId: project.id, title: title(input.fileName, header) });
        state.open = { document, writers: chunkWriters(clients, document, check, reportProgress) };
      }
      const { writers } = state.open;
      const rows = chunk;
      chunk = [];
      await writers.write(imported, rows);
      imported += rows.length;
      input.onChunk?.({ units: rows.length, inFlight: writers.inFlight() });
    };
    try {
      for await (const items of readTmxBatches(input.body, { sourceLang: project.sourceLang, targetLang: project.targetLang })) {
        for (const item of items) {
          if (item.kind === 'header') header = item.header;
          else if (item.kind === 'problem') {
            skipped += 1;
            if (errors.length < MAX_REPORTED_ERRORS)
              errors.push({
                position: item.problem.position,
                tuid: item.problem.tuid,
                code: item.problem.code,
                ...(item.problem.tuv === undefined ? {} : { tuv: item.problem.tuv }),
                ...(item.problem.lang === undefined ? {} : { lang: item.problem.lang }),
                message: item.problem.message,
              });
          } else {
            chunk.push({ sourceText: item.unit.sourceText, targetText: item.unit.targetText, meta: unitMeta(item.unit) });
            if (chunk.length >= CHUNK_UNITS) await flush();
          }
        }
      }
      await flush();
      if (!state.open) {
        throw new AppError(
          'UNPROCESSABLE',
          errors.length
            ? `No unit could be imported: ${errors
                .slice(0, 3)
                .map((e) => e.message)
                .join(' ')}`
            : `The file has no translation units with both ${project.sourceLang} and ${project.targetLang} text.`,
          { errors: errors.slice(0, 100) },
        );
      }
      const { document, writers } = state.open;
      await writers.drain();
      const { id } = document;
      await bulkTransaction(control, async () => {
        if (!(await finishImportingDocument(control, id))) throw notFound('That project');
        await auditBulk(control, {
          actorId: actor.id,
          action: 'tmx.import',
          projectId: project.id,
          documentId: id,
          target: id,
          after: { fileName: input.fileName ?? null, imported, skipped },
        });
        await input.beforeCommit?.(control, { documentId: id, imported, skipped });
      });
      // Committed: the import succeeded. A lock that cannot be released went with its broken connection.
      await releaseImportingDocument(control, id).catch(() => undefined);
      return { id, imported };
    } catch (error) {
      if (state.open) {
        const { document, writers } = state.open;
        const { id } = document;
        await writers.settle();
        // If this fails too (the database went away), the lock goes with the connection and the sweep deletes it.
        await discardImportingDocument(control, id).catch((cleanup: unknown) =>
          console.error('[import] could not delete a failed TMX import; the sweep will', id, cleanup),
        );
      }
      // A chunk refused for its document (foreign key): the project, and the document with it, was deleted meanwhile.
      throw sqlStateOf(error) === FOREIGN_KEY_VIOLATION ? notFound('That project') : error;
    }
  });
  return { documentId: written.id, imported: written.imported, skipped, errors };
}

/** The largest TMX file accepted, in bytes (the reader's cap). */
export const MAX_TMX_BYTES = TMX_READ_LIMITS.maxBytes;
