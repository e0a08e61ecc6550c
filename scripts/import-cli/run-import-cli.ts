// `npm run import -- --project ID [--as EMAIL] [--workers N] PATH…`: an archive into a project through the web
// app's batches and jobs (lib/server/import/start-path-import.ts, decision 037). Exit status: 0 all imported,
// 1 some items failed, 2 usage or input error, 130 interrupted (run the same command again to resume).
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { env } from '../../lib/env';
import { migrate } from '../../lib/server/migrate';
import { resolveDatabase } from '../lib/database';
import { formatDuration, progressLine } from './progress-line';

const USAGE = `usage: npm run import -- --project ID [--as EMAIL] [--workers N] PATH…
  PATH  a folder of article pairs (name.ko.txt + name.en.html, or ko/ and en/ folders; .txt, .html, .docx),
        a .csv of URL pairs (english_url, korean_url, title), or a .tmx file. Several may be given.
  --as       the account the import is made as (default: the project's first admin)
  --workers  items imported at once in this process (default 4)
Run the same command again after an interruption: items already done are skipped.`;

const POLL_MS = 1000;
/** Items mostly wait on the database, so four at once keep 2 cores busy (432 against 376 pairs/min with 2, decision 037). */
const DEFAULT_WORKERS = 4;
const PLAIN_LINE_EVERY_MS = 10_000;

export async function runImportCli(argv: string[], out: NodeJS.WriteStream = process.stderr): Promise<number> {
  // This process serves no requests: the alignment engine may use every core, not one fewer (decision 048). Read
  // when the engine's pool is first made, after this.
  process.env.BITEXT_ENGINE_THREADS ??= String(os.availableParallelism());
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    out.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const database = await resolveDatabase();
  env.DATABASE_URL = database.url;
  await migrate(database.url);
  const { db, closeBulkPool } = await import('../../lib/server/db');
  const { toAppError } = await import('../../lib/server/errors');
  const { stopJobQueue } = await import('../../lib/server/jobs/job-queue');
  const lock = new pg.Client({ connectionString: database.url });
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const { planPathImport, startPathImport } = await import('../../lib/server/import/start-path-import');
    const { resumeInterruptedItems } = await import('../../lib/server/import/resume-interrupted-items');
    const { getBatchProgress } = await import('../../lib/server/import/batch-progress');
    const { startWorkers } = await import('../../lib/server/jobs/start-workers');
    const actor = await importActor(args.project, args.as);
    const plan = planPathImport(args.project, args.paths);
    // One command per set of paths at a time: a second one would resume the same batch under the first's feet.
    await lock.connect();
    const [{ locked }] = (await lock.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [plan.resumeKey])).rows;
    if (!locked) {
      out.write('Another `npm run import` of these paths is running; wait for it or stop it first.\n');
      return 2;
    }
    out.write(
      `Found ${plan.pairs.toLocaleString('en')} article pairs, ${plan.urls.toLocaleString('en')} URL pairs, ${plan.tmx} TMX files` +
        (plan.invalid ? `, ${plan.invalid.toLocaleString('en')} files or rows that cannot be imported` : '') +
        '.\n',
    );
    const { batchId, resumed } = await startPathImport(actor, { projectId: args.project, plan });
    if (resumed) {
      const { resumed: left } = await resumeInterruptedItems(actor, batchId);
      out.write(`Resuming batch ${batchId}: ${left.toLocaleString('en')} items left; items already done are skipped.\n`);
    } else out.write(`Batch ${batchId} queued.\n`);
    await startWorkers({ concurrency: args.workers });
    const started = Date.now();
    let lastPlain = 0;
    for (;;) {
      const progress = await getBatchProgress(actor, batchId);
      const finished = progress.queued + progress.running === 0;
      if (out.isTTY) out.write(`\r${progressLine(progress)}\x1b[K`);
      else if (finished || Date.now() - lastPlain >= PLAIN_LINE_EVERY_MS) {
        out.write(`${progressLine(progress)}\n`);
        lastPlain = Date.now();
      }
      if (finished) {
        if (out.isTTY) out.write('\n');
        out.write(
          `Done in ${formatDuration((Date.now() - started) / 1000)}: ${progress.done.toLocaleString('en')} imported, ` +
            `${progress.failed.toLocaleString('en')} failed, of ${progress.total.toLocaleString('en')}.\n`,
        );
        for (const failure of progress.failures) out.write(`  failed: ${failure.title}: ${failure.error ?? 'no reason recorded'}\n`);
        if (progress.failed > progress.failures.length)
          out.write(`  … and ${progress.failed - progress.failures.length} more (see the batch in the project's Import page).\n`);
        return progress.failed > 0 ? 1 : 0;
      }
      if (interrupted) {
        if (out.isTTY) out.write('\n');
        out.write('Interrupted. Run the same command again to resume; items already done are skipped.\n');
        return 130;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } catch (error) {
    const known = toAppError(error);
    if (!known) throw error;
    out.write(`import: ${known.message}\n`);
    return 2;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stopJobQueue().catch(() => undefined);
    await lock.end().catch(() => undefined);
    await db.$disconnect();
    await closeBulkPool();
    await database.stop();
  }
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { project: { type: 'string' }, as: { type: 'string' }, workers: { type: 'string' } },
  });
  if (!values.project) throw new Error('--project is required.');
  if (positionals.length === 0) throw new Error('Give at least one PATH.');
  const workers = values.workers === undefined ? DEFAULT_WORKERS : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) throw new Error('--workers must be a whole number from 1 to 16.');
  return { project: values.project, as: values.as, workers, paths: positionals };
}

async function importActor(projectId: string, email: string | undefined) {
  const { db } = await import('../../lib/server/db');
  const { loadActiveUser } = await import('../../lib/server/auth/load-user');
  const { AppError } = await import('../../lib/server/errors');
  const user = email
    ? await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } })
    : ((
        await db.membership.findFirst({
          where: { projectId, role: 'admin' },
          orderBy: { createdAt: 'asc' },
          select: { user: { select: { id: true } } },
        })
      )?.user ?? null);
  const actor = user ? await loadActiveUser(user.id) : null;
  if (!actor)
    throw new AppError('NOT_FOUND', email ? `No active account ${email}.` : `Project ${projectId} was not found or has no admin.`);
  return actor;
}
