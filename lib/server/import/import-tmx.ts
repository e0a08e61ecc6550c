import 'server-only';
import type { XmlInput } from '@/lib/formats/decode-xml-input';
import { formatTmxDate } from '@/lib/formats/export-unit';
import { readTmxStream, TMX_READ_LIMITS, type TmxHeader } from '@/lib/formats/tmx-reader';
import type { TmxUnit, TmxUnitProblem } from '@/lib/formats/tmx-unit-builder';
import { projectAccess } from '@/lib/server/access';
import { auditBulk } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { bulkTransaction, type BulkClient } from '@/lib/server/db';
import { newId } from '@/lib/server/documents/new-id';
import { AppError } from '@/lib/server/errors';
import { insertMemoryUnits, type MemoryUnitRow } from './insert-memory-units';

// TMX into a project, streaming with flat memory (decision 037): the file is parsed as a stream (safe reader: no
// DTD entities, no external anything) and every usable unit becomes an approved 1-1 bead of one "translation
// memory" document, inserted in chunks of CHUNK_UNITS as the parse goes. At most two chunks are held at once
// (one being inserted while the next is parsed, so the parser and PostgreSQL work side by side), whatever the
// size of the file. Everything is written in one transaction, so a broken file, a refused one or a crash halfway
// leaves nothing behind. Units the reader refuses (no xml:lang, one language only) are reported and skipped.
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
  /** Called after each chunk is inserted (not yet committed), for progress bars. */
  onProgress?: (progress: TmxImportProgress) => void | Promise<void>;
  /** Runs in the import's transaction before it commits (a batch job marks its item done there: decision 037). */
  beforeCommit?: (client: BulkClient, written: { documentId: string; imported: number; skipped: number }) => Promise<void>;
  /** For tests: called with the number of units held in memory every time a chunk is handed to the database. */
  onChunk?: (held: { units: number }) => void;
}

/** Units per INSERT chunk: parameters of 2,000 units serialise in a few milliseconds (decision 017). */
export const CHUNK_UNITS = 2_000;
/** Problems kept for the answer; the rest are only counted. */
export const MAX_REPORTED_ERRORS = 1_000;
function unitMeta(unit: TmxUnit): string {
  return JSON.stringify({
    tuid: unit.tuid,
    created: unit.created ? formatTmxDate(unit.created) : null,
    changed: unit.changed ? formatTmxDate(unit.changed) : null,
    creator: unit.creator,
    changer: unit.changer,
    notes: unit.notes,
    props: unit.props,
    confidence: unit.confidence,
    status: unit.status,
  });
}

function title(fileName: string | null | undefined, header: TmxHeader | null): string {
  return `Translation memory: ${fileName?.trim() || header?.attributes['o-tmf'] || 'imported TMX'}`.slice(0, 300);
}

export async function importTmx(actor: SessionUser, input: TmxImportOptions): Promise<TmxImportResult> {
  const { project } = await projectAccess(actor, input.projectId, 'document:create');
  const errors: TmxImportResult['errors'] = [];
  let skipped = 0;
  const written = await bulkTransaction(async (client) => {
    let header: TmxHeader | null = null;
    let document: string | null = null;
    let updatedAt = '';
    let imported = 0;
    let chunk: MemoryUnitRow[] = [];
    let inFlight: Promise<void> | null = null;
    const flush = async () => {
      if (inFlight) await inFlight; // at most one chunk in the database while the next one fills
      inFlight = null;
      if (chunk.length === 0) return;
      if (!document) {
        document = newId();
        await client.query(
          `INSERT INTO "Document" ("id", "projectId", "title", "status", "kind", "updatedAt") VALUES ($1, $2, $3, 'approved', 'memory', now())`,
          [document, project.id, title(input.fileName, header)],
        );
        const [now] = (await client.query<{ now: string }>(`SELECT localtimestamp(3)::text AS now`)).rows;
        updatedAt = now.now; // what now() gives the document row, for every bead of the import
      }
      const rows = chunk;
      const offset = imported;
      chunk = [];
      imported += rows.length;
      input.onChunk?.({ units: rows.length });
      const progress = { imported, skipped };
      inFlight = insertMemoryUnits(client, document, offset, rows, updatedAt).then(() => input.onProgress?.(progress));
      inFlight.catch(() => undefined); // awaited by the next flush; if the parse fails first, the rollback wins
    };
    for await (const item of readTmxStream(input.body, { sourceLang: project.sourceLang, targetLang: project.targetLang })) {
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
    await flush();
    await flush(); // waits for the last chunk
    if (!document) {
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
    await auditBulk(client, {
      actorId: actor.id,
      action: 'tmx.import',
      projectId: project.id,
      documentId: document,
      target: document,
      after: { fileName: input.fileName ?? null, imported, skipped },
    });
    await input.beforeCommit?.(client, { documentId: document, imported, skipped });
    return { id: document, imported };
  });
  return { documentId: written.id, imported: written.imported, skipped, errors };
}

/** The largest TMX file accepted, in bytes (the reader's cap). */
export const MAX_TMX_BYTES = TMX_READ_LIMITS.maxBytes;
