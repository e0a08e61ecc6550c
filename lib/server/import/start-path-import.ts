import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseBatchCsv } from '@/lib/import/parse-batch-csv';
import { pairArticleNames } from '@/lib/import/pair-article-names';
import { MAX_ARTICLE_FILE_BYTES } from '@/lib/import/read-article-file';
import { TMX_READ_LIMITS } from '@/lib/formats/tmx-reader';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError, toAppError } from '@/lib/server/errors';
import { createImportBatch, type BatchRow } from './create-import-batch';

// `npm run import -- --project ID PATH…`: local folders of article pairs (the zip batches' naming rules), CSV
// files of URL pairs and TMX files become one batch, queued as the web app's batches are, so the same jobs import
// them (decision 037). The batch remembers a digest of the project and the paths (`resumeKey`): the same command
// run again finds it and resumes it instead of importing twice.

/** Items one command may queue (a 50,000-pair archive fits; a typo pointing at `/` does not run for days). */
export const MAX_PATH_IMPORT_ITEMS = 200_000;

export interface PathImportPlan {
  resumeKey: string;
  source: string;
  /** Counted while scanning, before anything is read. */
  pairs: number;
  urls: number;
  tmx: number;
  invalid: number;
  rows: () => AsyncIterable<BatchRow>;
}

type Entry = { kind: 'pair'; name: string; korean: string; english: string } | { kind: 'tmx'; file: string; bytes: number };

function* walk(dir: string, root: string): Generator<{ name: string; file: string; bytes: number }> {
  for (const dirent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, dirent.name);
    if (dirent.isDirectory()) yield* walk(file, root);
    else if (dirent.isFile()) yield { name: path.relative(root, file).split(path.sep).join('/'), file, bytes: fs.statSync(file).size };
  }
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { numeric: true });

/** Reads what the paths hold (names and sizes, and CSV text) and says how it would be imported. */
export function planPathImport(projectId: string, paths: string[]): PathImportPlan {
  if (paths.length === 0) throw new AppError('INVALID_INPUT', 'Give at least one folder, CSV or TMX file to import.');
  const resolved = paths.map((p) => path.resolve(p));
  const entries: Entry[] = [];
  const urlRows: BatchRow[] = [];
  const invalid: BatchRow[] = [];
  for (const target of resolved) {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) throw new AppError('NOT_FOUND', `${target} does not exist.`);
    if (stat.isDirectory()) {
      const { pairs, errors } = pairArticleNames(walk(target, target), { maxFileBytes: MAX_ARTICLE_FILE_BYTES, sizeOf: (f) => f.bytes });
      const label = path.basename(target);
      for (const pair of pairs.sort(byName))
        entries.push({ kind: 'pair', name: `${label}/${pair.name}`, korean: pair.korean.file, english: pair.english.file });
      for (const error of errors.sort(byName))
        invalid.push({ title: `${label}/${error.name}`, error: error.message, errorText: error.text });
    } else if (/\.csv$/i.test(target)) {
      let parsed: ReturnType<typeof parseBatchCsv>;
      try {
        parsed = parseBatchCsv(fs.readFileSync(target, 'utf8'), { maxRows: MAX_PATH_IMPORT_ITEMS });
      } catch (error) {
        throw toAppError(error) ?? error;
      }
      for (const item of parsed.items)
        urlRows.push({
          title: item.title ?? item.englishUrl,
          input: { kind: 'urls', englishUrl: item.englishUrl, koreanUrl: item.koreanUrl, title: item.title },
        });
      for (const error of parsed.errors)
        invalid.push({
          title: `${path.basename(target)} line ${error.line}`,
          titleText: { code: 'fileLine', params: { file: path.basename(target), line: error.line } },
          error: error.message,
          errorText: error.text,
        });
    } else if (/\.(tmx|xml)$/i.test(target)) {
      if (stat.size > TMX_READ_LIMITS.maxBytes)
        invalid.push({
          title: path.basename(target),
          error: `${path.basename(target)} is larger than ${TMX_READ_LIMITS.maxBytes / 1024 / 1024} MB; split it.`,
          errorText: { code: 'tmxTooLarge', params: { file: path.basename(target), mb: TMX_READ_LIMITS.maxBytes / 1024 / 1024 } },
        });
      else entries.push({ kind: 'tmx', file: target, bytes: stat.size });
    } else throw new AppError('INVALID_INPUT', `${target}: give a folder of article pairs, a .csv of URL pairs or a .tmx file.`);
  }
  const total = entries.length + urlRows.length + invalid.length;
  if (total === 0) throw new AppError('UNPROCESSABLE', 'Nothing to import in those paths.');
  if (total > MAX_PATH_IMPORT_ITEMS)
    throw new AppError(
      'TOO_LARGE',
      `${total.toLocaleString('en')} items; one import may hold ${MAX_PATH_IMPORT_ITEMS.toLocaleString('en')}. Split it.`,
    );
  const resumeKey = crypto
    .createHash('sha256')
    .update(JSON.stringify([projectId, resolved]))
    .digest('hex');
  const source = `npm run import: ${resolved.map((p) => path.basename(p)).join(', ')}`.slice(0, 300);
  async function* rows(): AsyncGenerator<BatchRow> {
    for (const entry of entries) {
      if (entry.kind === 'tmx') {
        const fileName = path.basename(entry.file);
        yield { title: fileName, input: { kind: 'tmx', fileName, bytes: entry.bytes }, file: () => fs.createReadStream(entry.file) };
        continue;
      }
      // Read as the batch is written, one INSERT's worth at a time, never the whole archive.
      const [korean, english] = await Promise.all([fs.promises.readFile(entry.korean), fs.promises.readFile(entry.english)]);
      yield {
        title: entry.name,
        input: {
          kind: 'files',
          korean: { fileName: path.basename(entry.korean) },
          english: { fileName: path.basename(entry.english) },
          title: null,
        },
        files: { korean: new Uint8Array(korean), english: new Uint8Array(english) },
      };
    }
    yield* urlRows;
    yield* invalid;
  }
  const pairs = entries.filter((e) => e.kind === 'pair').length;
  return { resumeKey, source, pairs, urls: urlRows.length, tmx: entries.length - pairs, invalid: invalid.length, rows };
}

/** The batch of an earlier run of the same command, or a new batch. */
export async function startPathImport(
  actor: SessionUser,
  input: { projectId: string; plan: PathImportPlan },
): Promise<{ batchId: string; resumed: boolean }> {
  await projectAccess(actor, input.projectId, 'document:create');
  const earlier = await db.importBatch.findFirst({
    where: { projectId: input.projectId, resumeKey: input.plan.resumeKey },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  if (earlier) return { batchId: earlier.id, resumed: true };
  const { plan } = input;
  const created = await createImportBatch(actor, {
    projectId: input.projectId,
    source: plan.source,
    rows: plan.rows(),
    resumeKey: plan.resumeKey,
    auditDetails: { format: 'paths', pairs: plan.pairs, urls: plan.urls, tmx: plan.tmx, invalid: plan.invalid },
  });
  return { batchId: created.id, resumed: false };
}
