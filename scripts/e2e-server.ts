import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { databaseUrlFile } from '../e2e/database-url';
import { env } from '../lib/env';
import { freshTestDatabase } from '../lib/server/testing/test-database';
import { boot } from './lib/boot';

// The server Playwright starts: a fresh database (demo data seeded by boot), then the production build.
async function main(): Promise<void> {
  const database = await freshTestDatabase(`bitext_e2e_${env.PORT}`); // per port: parallel runs never share
  env.DATABASE_URL = database.url;
  fs.mkdirSync(path.dirname(databaseUrlFile(env.PORT)), { recursive: true });
  fs.writeFileSync(databaseUrlFile(env.PORT), database.url, { mode: 0o600 }); // for e2e/factories.ts
  if (!fs.existsSync(`${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`)) {
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('next build failed');
  }
  await boot('start');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
