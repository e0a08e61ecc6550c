import path from 'node:path';
import { env } from '../../lib/env';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../lib/server/embedded-postgres';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under BITEXT_DATA_DIR (started or reused). */
export async function resolveDatabase(opts: { dataDirName?: string; port?: number; database?: string } = {}): Promise<EmbeddedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, stop: async () => undefined };
  return startEmbeddedPostgres({
    dataDir: path.join(env.BITEXT_DATA_DIR, opts.dataDirName ?? 'pg'),
    port: opts.port ?? env.BITEXT_PG_PORT,
    database: opts.database ?? env.BITEXT_PG_DATABASE,
    log: (line) => console.log(`[db] ${line}`),
  });
}
