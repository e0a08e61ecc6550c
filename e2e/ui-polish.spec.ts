import type { Page } from '@playwright/test';
import { formatDateTime } from '../lib/time/format-date-time';
import { expect, test } from './factories';
import { apiToken, bearer, demo, demoProjectId, signIn } from './fixtures';

// Friction from a desk's real pass (issue 12, items 7 and 12; decision 024): every main page works at phone width
// without sideways scrolling and with Sign out on screen; icons and the web manifest exist; a page the user may not
// open answers 404 like one that does not exist; inputs inside bold labels are not bold; one font per Korean line.

const WIDTHS = [390, 1440] as const;

interface Ids {
  projectId: string;
  documentId: string;
}

async function demoIds(page: Page): Promise<Ids> {
  const token = await apiToken(page.request, demo.admin);
  const projectId = await demoProjectId(page.request, token);
  const response = await page.request.get(`/api/v1/projects/${projectId}/documents`, { headers: bearer(token) });
  const { documents } = (await response.json()) as { documents: { id: string }[] };
  return { projectId, documentId: documents[0].id };
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll, `${what}: page is ${widths.scroll} px wide in a ${widths.inner} px window`).toBeLessThanOrEqual(widths.inner);
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the sign-in page does not scroll sideways', async ({ page }) => {
      await page.goto('/signin');
      await expect(page.getByLabel('Email')).toBeVisible();
      await expectNoSidewaysScroll(page, 'sign-in');
    });

    test('every main page fits the window and keeps Sign out on screen', async ({ page }) => {
      const { projectId, documentId } = await demoIds(page);
      await signIn(page, demo.admin);
      const pages: [string, string][] = [
        ['projects', '/projects'],
        ['project page', `/projects/${projectId}`],
        ['editor', `/projects/${projectId}/documents/${documentId}`],
        ['my queue', '/queue'],
        ['review queue', '/review'],
        ['history', `/projects/${projectId}/documents/${documentId}/history`],
        ['settings', `/projects/${projectId}/settings`],
      ];
      for (const [what, url] of pages) {
        const response = await page.goto(url);
        expect(response?.status(), what).toBe(200);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expectNoSidewaysScroll(page, what);
        await expect(page.getByRole('button', { name: 'Sign out' }), what).toBeInViewport({ ratio: 1 });
        await expect(page.getByTestId('signed-in-as'), what).toBeInViewport();
      }
    });

    test('the editor keeps a usable bead list', async ({ page }) => {
      const { projectId, documentId } = await demoIds(page);
      await signIn(page, demo.admin);
      await page.goto(`/projects/${projectId}/documents/${documentId}`);
      const list = page.getByRole('listbox').first();
      await expect(list.getByRole('option').first()).toBeVisible();
      const box = await list.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(300);
      await expectNoSidewaysScroll(page, 'editor');
    });
  });
}

test('the favicon, the app icon and the web manifest are served', async ({ request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]); // ICO header
  expect((await request.get('/icon.svg')).status()).toBe(200);
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  const parsed = (await manifest.json()) as { name: string; icons: { src: string }[] };
  expect(parsed.name).toBe('Bitext Desk');
  for (const icon of parsed.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});

test('the layout links the icons and the manifest', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
});

test('a page the user may not open answers 404, like one that does not exist', async ({ page, desk }) => {
  const { projectId } = await demoIds(page);
  await signIn(page, demo.editor);
  const settings = await page.goto(`/projects/${projectId}/settings`);
  expect(settings?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const admin = await page.goto('/admin');
  expect(admin?.status()).toBe(404);

  const otherProject = await desk.otherProject();
  expect((await page.goto(`/projects/${otherProject}`))?.status()).toBe(404);
});

test('inputs inside bold labels are not bold', async ({ page }) => {
  const { projectId } = await demoIds(page);
  await signIn(page, demo.admin);
  for (const url of ['/signin', `/projects/${projectId}`, `/projects/${projectId}/settings`]) {
    await page.goto(url);
    const weights = await page.evaluate(() =>
      [...document.querySelectorAll('label')]
        .filter((label) => Number(getComputedStyle(label).fontWeight) >= 600)
        .flatMap((label) => [...label.querySelectorAll('input:not([type=checkbox]):not([type=radio]), select, textarea')])
        .map((control) => getComputedStyle(control).fontWeight),
    );
    if (url !== '/signin') expect(weights.length, url).toBeGreaterThan(0);
    for (const weight of weights) expect(weight, url).toBe('400');
  }
});

test('a Korean line with digits and Latin renders in one font', async ({ page }) => {
  await page.goto('/signin');
  await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.id = 'font-probe';
    probe.lang = 'ko';
    probe.textContent = '서울시는 2025년 3월 1일부터 KTX 노선을 운행한다';
    document.body.append(probe);
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#font-probe' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  const korean = ['Noto Sans KR', 'Noto Sans CJK KR', 'NanumGothic', 'Nanum Gothic', 'Apple SD Gothic Neo', 'Malgun Gothic'];
  test.skip(
    !fonts.some((f) => korean.includes(f.familyName)),
    `no Korean font installed here (CI has fonts-nanum); used ${fonts.map((f) => f.familyName).join(', ')}`,
  );
  expect(fonts.map((f) => f.familyName)).toHaveLength(1);
});

test.describe('a desk in Seoul', () => {
  test.use({ timezoneId: 'Asia/Seoul' });

  test('sees dates in one format, in KST', async ({ page }) => {
    const { projectId, documentId } = await demoIds(page);
    await signIn(page, demo.admin);
    await page.goto(`/projects/${projectId}/documents/${documentId}/history`);
    const first = page.locator('main time').first();
    await expect(first).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
    const iso = await first.getAttribute('datetime');
    await expect(first).toHaveText(formatDateTime(iso, 'Asia/Seoul'));
    await expect(first).toHaveAttribute('title', 'Asia/Seoul');
  });
});

test('a URL import error names the host, suggests pasting, and sits under the URL field', async ({ page }) => {
  const { projectId } = await demoIds(page);
  await signIn(page, demo.admin);
  await page.goto(`/projects/${projectId}`);
  await page.getByRole('tab', { name: 'From a URL' }).click();
  const field = page.getByLabel('English-edition article URL');
  await field.fill('https://english.no-such-host.invalid/news/1');
  await page.getByRole('button', { name: 'Fetch and preview' }).click();
  const error = page.getByTestId('url-import-error');
  await expect(error).toHaveRole('alert');
  await expect(error).toContainText('“english.no-such-host.invalid”');
  await expect(error).toContainText('paste the article text instead');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-describedby', 'url-import-error');
});
