import { z } from 'zod';
import { writeJsonl } from '@/lib/formats/jsonl-format';
import { writeTmx } from '@/lib/formats/tmx-writer';
import { writeTsv } from '@/lib/formats/tsv-format';
import { writeXliff } from '@/lib/formats/xliff-writer';
import { toXmlLang } from '@/lib/formats/language-codes';
import { documentAccess, projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import packageJson from '@/package.json';
import { exportUnits } from './export-units';

// Export of one document, selected documents or a whole project as TMX 1.4, XLIFF 1.2, TSV or JSONL. The
// body is a stream of text chunks: nothing is built in memory, and the response starts at once.

export const exportQuerySchema = z.object({
  format: z.enum(['tmx', 'tsv', 'xliff', 'jsonl']).default('tmx'),
  status: z.enum(['approved', 'all']).default('approved'),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
  excludeLabels: z.string().max(500).default('rewrite,exclude-from-tm'),
  langCodes: z.enum(['region', 'primary']).default('region'),
  level: z.enum(['sentence', 'paragraph']).default('sentence'),
  documents: z.string().max(20_000).optional(),
  /** Reviewer comments (and their @mentions) are internal discussion: only exported when asked for (issue 12). */
  includeComments: z.enum(['0', '1', 'false', 'true']).default('0').transform((v) => v === '1' || v === 'true'),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

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
  chunks: AsyncGenerator<string>;
}

function slug(text: string): string {
  return text.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).toLowerCase() || 'export';
}

function writeFile(query: ExportQuery, scope: { name: string; sourceLang: string; targetLang: string; documentIds: string[] }): ExportFile {
  const units = exportUnits({
    documentIds: scope.documentIds, sourceLang: scope.sourceLang, targetLang: scope.targetLang, langStyle: query.langCodes, level: query.level,
    includeComments: query.includeComments,
    filter: {
      approvedOnly: query.status === 'approved',
      minConfidence: query.minConfidence ?? null,
      excludeLabels: query.excludeLabels.split(',').map((l) => l.trim()).filter(Boolean),
    },
  });
  const version = packageJson.version;
  const chunks = {
    tmx: () => writeTmx(units, { srclang: toXmlLang(scope.sourceLang, query.langCodes), creationToolVersion: version, segtype: query.level }),
    xliff: () => writeXliff(units, { sourceLanguage: toXmlLang(scope.sourceLang, query.langCodes), targetLanguage: toXmlLang(scope.targetLang, query.langCodes), original: scope.name, toolVersion: version }),
    tsv: () => writeTsv(units),
    jsonl: () => writeJsonl(units),
  }[query.format]();
  return { fileName: `${slug(scope.name)}.${extensions[query.format]}`, contentType: contentTypes[query.format], chunks };
}

export async function exportDocument(actor: SessionUser, documentId: string, query: ExportQuery): Promise<ExportFile> {
  const ctx = await documentAccess(actor, documentId, 'document:export');
  return writeFile(query, { name: ctx.document.title, sourceLang: ctx.project.sourceLang, targetLang: ctx.project.targetLang, documentIds: [documentId] });
}

export async function exportProject(actor: SessionUser, projectId: string, query: ExportQuery): Promise<ExportFile> {
  const { project } = await projectAccess(actor, projectId, 'document:export');
  const wanted = query.documents?.split(',').map((id) => id.trim()).filter(Boolean);
  const documents = await db.document.findMany({
    where: { projectId, ...(wanted ? { id: { in: wanted } } : {}) },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  return writeFile(query, { name: project.name, sourceLang: project.sourceLang, targetLang: project.targetLang, documentIds: documents.map((d) => d.id) });
}

/** A streamed HTTP response for an export file. */
export function exportResponse(file: ExportFile): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await file.chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await file.chunks.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'no-store',
    },
  });
}
