import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { demoModeEnabled, env } from '../../lib/env';
import { migrate } from '../../lib/server/migrate';
import { resolveDatabase } from './database';

// Shared by `npm run dev` and `npm start`: database (embedded when DATABASE_URL is unset), migrations,
// auth secret, demo data, then Next itself, with clean shutdown on SIGINT/SIGTERM.

function authSecret(mode: 'dev' | 'start'): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (mode === 'start' && env.NODE_ENV === 'production' && env.BITEXT_DEMO !== '1') {
    throw new Error(
      'NEXTAUTH_SECRET is required in production: set it to a random string of 32+ characters (e.g. `openssl rand -base64 32`).',
    );
  }
  const file = path.join(env.BITEXT_DATA_DIR, 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(env.BITEXT_DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export async function boot(mode: 'dev' | 'start'): Promise<void> {
  const started = Date.now();
  const secret = authSecret(mode);
  const db = await resolveDatabase();
  env.DATABASE_URL = db.url; // lib/server/db.ts reads it on first import, below
  const result = await migrate(db.url);
  if (result.applied.length) console.log(`[db] Applied migrations: ${result.applied.join(', ')}`);
  if (demoModeEnabled()) {
    const { seedDemo, DEMO_PASSWORD } = await import('../../lib/server/seed/seed-demo');
    await seedDemo((line) => console.log(`[seed] ${line}`));
    console.log(`[seed] Demo accounts: admin@example.com, editor@example.com, reviewer@example.com — password ${DEMO_PASSWORD}`);
  }
  const { db: client } = await import('../../lib/server/db');
  await client.$disconnect();

  const require = createRequire(import.meta.url);
  const nextBin = require.resolve('next/dist/bin/next');
  if (mode === 'start' && !fs.existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    throw new Error('No production build found: run `npm run build` first.');
  }
  const url = `http://localhost:${env.PORT}`;
  // A keep-alive longer than clients' and load balancers' idle reuse, so a reused connection is never reset.
  const keepAlive = mode === 'start' ? ['--keepAliveTimeout', '65000'] : [];
  const child = spawn(process.execPath, [nextBin, mode, '--port', String(env.PORT), ...keepAlive], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? url,
    },
  });
  console.log(`\nBitext Desk is starting at ${url} (ready in a few seconds; setup took ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 0)));
  await db.stop();
  process.exit(code);
}
