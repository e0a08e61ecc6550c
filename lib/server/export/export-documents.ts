import 'server-only';
import { visibleDocument } from '@/lib/server/documents/visible-documents';
import { z } from 'zod';
import { writeJsonl } from '@/lib/formats/jsonl-format';
import { writeTmx } from '@/lib/formats/tmx-writer';
import { writeTsv } from '@/lib/formats/tsv-format';
import { writeXliff } from '@/lib/formats/xliff-writer';
import { toXmlLang } from '@/lib/formats/language-codes';
import { documentAccess, projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import packageJson from '@/package.json';
import { BEAD_LABELS } from '@/lib/review/bead-labels';
import { exportUnits, type QaProject } from './export-units';
import { exportSlots, type SlotTicket } from './export-slots';

// Export of one document, selected documents or a whole project as TMX 1.4, XLIFF 1.2, TSV or JSONL. The
// body is a stream of text chunks: nothing is built in memory, and the response starts at once. At most
// EXPORT_SLOTS exports run at a time; the others wait in a bounded queue, beyond which the answer is 503
// SERVER_BUSY with Retry-After (decision 026).

const knownLabels = (list: string) =>
  list
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean)
    .every((l) => (BEAD_LABELS as readonly string[]).includes(l));

export const exportQuerySchema = z.object({
  format: z.enum(['tmx', 'tsv', 'xliff', 'jsonl']).default('tmx'),
  status: z.enum(['approved', 'all']).default('approved'),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
  excludeLabels: z
    .string()
    .max(500)
    .default('rewrite,exclude-from-tm')
    .refine(knownLabels, `excludeLabels must be a comma-separated list of ${BEAD_LABELS.join(', ')}.`),
  langCodes: z.enum(['region', 'primary']).default('region'),
  level: z.enum(['sentence', 'paragraph']).default('sentence'),
  documents: z.string().max(20_000).optional(),
  /** Reviewer comments (and their @mentions) are internal discussion: only exported when asked for (issue 12). */
  includeComments: z
    .enum(['0', '1', 'false', 'true'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});
/** A single document's export reads the same parameters except `documents`. */
export const documentExportQuerySchema = exportQuerySchema.omit({ documents: true });
export type ExportQuery = z.infer<typeof documentExportQuerySchema> & { documents?: string };

const contentTypes = {
  tmx: 'application/x-tmx+xml; charset=utf-8',
  xliff: 'application/x-xliff+xml; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
} as const;
const extensions = { tmx: 'tmx', xliff: 'xlf', tsv: 'tsv', jsonl: 'jsonl' } as const;

export interface ExportFile {
  fileName: string;
  contentType: string;
  /** Starts producing when one of the export slots is free (decision 026); ends the export when done. */
  chunks: AsyncGenerator<string>;
  /** The client went away: gives back the export's place in the queue or its slot. */
  cancel(): Promise<void>;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'export'
  );
}

/** Runs an export's chunks inside an export slot, waiting for one first; the slot is freed however it ends. */
async function* inSlot(ticket: SlotTicket, chunks: () => AsyncGenerator<string>): AsyncGenerator<string> {
  try {
    if (!(await ticket.start())) return;
    yield* chunks();
  } finally {
    ticket.release();
  }
}

interface ExportScope {
  name: string;
  sourceLang: string;
  targetLang: string;
  documentIds: string[];
  /** Whose QA settings decide the `x-qa` props (decision 041). */
  project: QaProject;
}

function writeFile(query: ExportQuery, scope: ExportScope): ExportFile {
  const ticket = exportSlots.admit();
  const units = () =>
    exportUnits({
      documentIds: scope.documentIds,
      sourceLang: scope.sourceLang,
      targetLang: scope.targetLang,
      langStyle: query.langCodes,
      level: query.level,
      includeComments: query.includeComments,
      qaProject: scope.project,
      filter: {
        approvedOnly: query.status === 'approved',
        minConfidence: query.minConfidence ?? null,
        excludeLabels: query.excludeLabels
          .split(',')
          .map((l) => l.trim())
          .filter(Boolean),
      },
    });
  const version = packageJson.version;
  const write = {
    tmx: () =>
      writeTmx(units(), { srclang: toXmlLang(scope.sourceLang, query.langCodes), creationToolVersion: version, segtype: query.level }),
    xliff: () =>
      writeXliff(units(), {
        sourceLanguage: toXmlLang(scope.sourceLang, query.langCodes),
        targetLanguage: toXmlLang(scope.targetLang, query.langCodes),
        original: scope.name,
        toolVersion: version,
      }),
    tsv: () => writeTsv(units()),
    jsonl: () => writeJsonl(units()),
  }[query.format];
  const chunks = inSlot(ticket, write);
  return {
    fileName: `${slug(scope.name)}.${extensions[query.format]}`,
    contentType: contentTypes[query.format],
    chunks,
    cancel: async () => {
      ticket.withdraw();
      await chunks.return(undefined);
    },
  };
}

export async function exportDocument(
  actor: SessionUser,
  { documentId, query }: { documentId: string; query: ExportQuery },
): Promise<ExportFile> {
  const ctx = await documentAccess(actor, documentId, 'document:export');
  return writeFile(query, {
    name: ctx.document.title,
    sourceLang: ctx.project.sourceLang,
    targetLang: ctx.project.targetLang,
    documentIds: [documentId],
    project: ctx.project,
  });
}

export async function exportProject(
  actor: SessionUser,
  { projectId, query }: { projectId: string; query: ExportQuery },
): Promise<ExportFile> {
  const { project } = await projectAccess(actor, projectId, 'document:export');
  const wanted = query.documents
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const documents = await db.document.findMany({
    where: { projectId, ...visibleDocument, ...(wanted ? { id: { in: wanted } } : {}) },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  if (wanted)
    checkWantedDocuments(
      wanted,
      documents.map((d) => d.id),
    );
  return writeFile(query, {
    name: project.name,
    sourceLang: project.sourceLang,
    targetLang: project.targetLang,
    documentIds: documents.map((d) => d.id),
    project,
  });
}

/** `?documents=` names documents of this project only: an unknown id is a 400, not a silently empty file. */
function checkWantedDocuments(wanted: string[], found: string[]): void {
  if (wanted.length === 0)
    throw new AppError(
      'INVALID_INPUT',
      'Query parameter documents: give document ids separated by commas, or leave it out for all documents.',
      { field: 'documents' },
    );
  const missing = [...new Set(wanted)].filter((id) => !found.includes(id));
  if (missing.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `Query parameter documents: no document ${missing
        .slice(0, 5)
        .map((id) => JSON.stringify(id.slice(0, 64)))
        .join(', ')} in this project.`,
      { field: 'documents' },
    );
  }
}

/** A streamed HTTP response for an export file. */
export function exportResponse(file: ExportFile): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await file.chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await file.cancel();
      },
    },
    { highWaterMark: 0 },
  ); // nothing is produced, and no export slot taken, before the client reads
  return new Response(stream, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'no-store',
    },
  });
}
