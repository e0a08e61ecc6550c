/**
 * Screenshots of the editor, the review queue and a project page at 1440 and 390 px (English) into
 * docs/screenshots/. Not part of CI: run against a running demo server (BITEXT_DEMO=1), e.g.
 *   npx tsx scripts/screenshots.ts http://127.0.0.1:3110
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = path.join(process.cwd(), 'docs', 'screenshots');
const debianChromium = '/usr/bin/chromium';

async function main(): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch(fs.existsSync(debianChromium) ? { executablePath: debianChromium, args: ['--no-sandbox', '--disable-gpu'] } : {});
  const tokenAnswer = await fetch(`${base}/api/v1/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.com', password: 'bitext-demo-2026' }) });
  const { token } = (await tokenAnswer.json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}` };
  const { projects } = (await (await fetch(`${base}/api/v1/projects`, { headers: auth })).json()) as { projects: { id: string; name: string }[] };
  const project = projects.find((p) => p.name.startsWith('Newsroom demo')) ?? projects[0];
  const { documents } = (await (await fetch(`${base}/api/v1/projects/${project.id}/documents`, { headers: auth })).json()) as { documents: { id: string }[] };
  const shots: [string, string][] = [
    ['project', `/projects/${project.id}`],
    ['editor', `/projects/${project.id}/documents/${documents[0].id}`],
    ['review-queue', '/review'],
  ];
  for (const width of [1440, 390]) {
    const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 }, baseURL: base, timezoneId: 'Asia/Seoul' });
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('Email').fill('admin@example.com');
    await page.getByLabel('Password').fill('bitext-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    for (const [name, url] of shots) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: name !== 'editor' });
    }
    await context.close();
  }
  await browser.close();
}

void main();
