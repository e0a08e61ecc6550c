import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { databaseUrlFile } from './database-url';
import { expect, nightBuses, test } from './factories';
import { demo, open, signIn } from './fixtures';

// Scale-out (issue 13, decision 042): a second web instance and a background worker from the same build, on the
// same database as the instance Playwright started. One person edits through each instance; each change reaches
// the other instance's page live, through PostgreSQL (LISTEN/NOTIFY), not through any process's memory.

const port = Number(process.env.E2E_PORT ?? 3100);
const secondPort = port + 1;
const SECRET = 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz'; // the same as playwright.config.ts: one app

const children: ChildProcess[] = [];

/** Starts a process and resolves once `ready` says it is up; its output is kept for the failure message. */
function start(name: string, command: string[], env: Record<string, string>, ready: (output: string) => Promise<boolean> | boolean) {
  const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return expect
    .poll(
      async () => {
        if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
        return ready(output);
      },
      { timeout: 180_000, intervals: [500] },
    )
    .toBe(true);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const databaseUrl = fs.readFileSync(databaseUrlFile(port), 'utf8').trim();
  const require = createRequire(import.meta.url);
  const common = { NODE_ENV: 'production', DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: '1' };
  // The second web instance runs no worker of its own; the separate worker process does the background work.
  await start(
    'second web instance',
    [require.resolve('next/dist/bin/next'), 'start', '--port', String(secondPort)],
    { ...common, PORT: String(secondPort), NEXTAUTH_URL: `http://127.0.0.1:${secondPort}`, BITEXT_WORKERS: 'off' },
    async () => (await fetch(`http://127.0.0.1:${secondPort}/signin`).catch(() => null))?.ok ?? false,
  );
  await start('worker', [require.resolve('tsx/cli'), '--conditions=react-server', 'scripts/worker.ts'], common, (output) =>
    output.includes('[worker] ready'),
  );
});

test.afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

async function openOn(page: Page, projectId: string, id: string, email: string): Promise<void> {
  await signIn(page, email);
  await open(page, `/projects/${projectId}/documents/${id}`);
  await expect(page.getByTestId('bead-list')).toBeVisible();
}

test('two web instances and a worker on one database: each instance’s change arrives live on the other', async ({ browser, desk }) => {
  const { projectId, id } = await desk.importPair({ title: 'Two instances', source: nightBuses.source, target: nightBuses.target });
  const first = await (await browser.newContext({ baseURL: `http://127.0.0.1:${port}` })).newPage();
  const second = await (await browser.newContext({ baseURL: `http://127.0.0.1:${secondPort}` })).newPage();
  await openOn(first, projectId, id, demo.editor);
  await openOn(second, projectId, id, demo.admin);
  await expect(first.getByTestId('presence')).toContainText('Ada Admin');

  // Through the first instance: confirm bead 1. The second instance's page shows it without a reload.
  await first.keyboard.press('c');
  await expect(first.getByTestId('save-status')).toContainText('saved as version 2');
  await expect(second.getByTestId('doc-meta')).toContainText('version 2');
  await expect(second.getByTestId('progress-text')).toHaveText('1 of 5 confirmed (20%)');

  // Through the second instance: move to bead 3 (the first page shows where) and merge it with bead 4.
  await second.keyboard.press('j');
  await second.keyboard.press('j');
  await expect(first.getByTestId('presence')).toContainText('Ada Admin (bead 3)');
  await second.keyboard.press('m');
  await expect(second.getByTestId('save-status')).toContainText('saved as version 3');
  await expect(first.getByTestId('doc-meta')).toContainText('version 3');
  await expect(first.locator('[role="option"]')).toHaveCount(4);

  const doc = await desk.load(id);
  expect(doc.version).toBe(3);
  expect(doc.beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual(['1:1', '1:1', '2:2', '1:1']);
});
