/**
 * Screenshots of the editor, the review queue and a project page at 1440 and 390 px, in English and in Korean
 * (the browser asks for Korean; the demo admin has chosen no language, so Accept-Language decides; decision 030),
 * into docs/screenshots/ (`NAME-WIDTH.png` and `NAME-WIDTH-ko.png`). Hangul needs a Korean font (fonts-nanum).
 * Not part of CI: run against a running demo server (BITEXT_DEMO=1), e.g.
 *   npx tsx scripts/screenshots.ts http://127.0.0.1:3110
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../e2e/chromium-launch';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = path.join(process.cwd(), 'docs', 'screenshots');

async function main(): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  const tokenAnswer = await fetch(`${base}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password: 'bitext-demo-2026' }),
  });
  const { token } = (await tokenAnswer.json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}` };
  const { projects } = (await (await fetch(`${base}/api/v1/projects`, { headers: auth })).json()) as {
    projects: { id: string; name: string }[];
  };
  const project = projects.find((p) => p.name.startsWith('Newsroom demo')) ?? projects[0];
  const { documents } = (await (await fetch(`${base}/api/v1/projects/${project.id}/documents`, { headers: auth })).json()) as {
    documents: { id: string }[];
  };
  // One document waits for review, so the review queue has a row to show (a no-op when it already does).
  if (documents[1])
    await fetch(`${base}/api/v1/documents/${documents[1].id}/submit`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
    });
  const shots: [string, string][] = [
    ['project', `/projects/${project.id}`],
    ['editor', `/projects/${project.id}/documents/${documents[0].id}`],
    ['review-queue', '/review'],
  ];
  for (const language of ['en', 'ko'] as const) {
    for (const width of [1440, 390]) {
      const context = await browser.newContext({
        viewport: { width, height: width === 390 ? 844 : 900 },
        baseURL: base,
        timezoneId: 'Asia/Seoul',
        locale: language === 'ko' ? 'ko-KR' : 'en-GB',
      });
      const page = await context.newPage();
      await page.goto('/signin');
      await page.locator('input[name="email"]').fill('admin@example.com');
      await page.locator('input[name="password"]').fill('bitext-demo-2026');
      await page.locator('form button[type="submit"]').last().click();
      await page.waitForURL(/\/projects$/);
      for (const [name, url] of shots) {
        await page.goto(url);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const suffix = language === 'ko' ? '-ko' : '';
        await page.screenshot({ path: path.join(out, `${name}-${width}${suffix}.png`), fullPage: name !== 'editor' });
      }
      await context.close();
    }
  }
  await browser.close();
}

void main();
