import { articlePages, startLocalSite, type LocalSite } from '../lib/server/testing/local-site';
import { expect, test } from './factories';
import { bearer, demo, reload, signIn } from './fixtures';

// Import by URL from two local pages (the app may fetch 127.0.0.1 in tests only), look at the aligned
// result, then export TMX from the project page and check the file.

let site: LocalSite;

test.beforeAll(async () => {
  const pages = articlePages('/ko/strike');
  site = await startLocalSite({ '/en/strike': pages.english, '/ko/strike': pages.korean });
});
test.afterAll(() => site.close());

test('an editor imports an article pair by URL, sees it aligned, and exports TMX', async ({ page, request, desk }) => {
  await signIn(page, demo.editor);
  await page.getByRole('link', { name: desk.name }).click();
  await page.getByRole('tab', { name: 'From a URL' }).click();
  await page.getByLabel('English-edition article URL').fill(site.url('/en/strike'));
  await page.getByRole('button', { name: 'Fetch and preview' }).click();

  const preview = page.getByRole('form', { name: 'Import preview' });
  await expect(preview.getByText(/Found through the page’s Korean-language link/)).toBeVisible();
  await expect(preview.getByLabel('Title')).toHaveValue('Port strike ends after three days');
  await expect(preview.getByText(/Dock workers in Busan/)).toBeVisible();
  await expect(preview.getByText(/Cranes stand idle/)).toHaveCount(0);
  await expect(preview.getByLabel(/Korean text/)).toHaveValue(/부산항 부두 노동자들이/);
  const title = `Port strike ${Date.now()}`;
  await preview.getByLabel('Title').fill(title);
  await preview.getByRole('button', { name: 'Import this pair' }).click();

  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('부산항 부두 노동자들이 사흘간의 파업을 끝내고 금요일 업무에 복귀했다.').first()).toBeVisible();
  await expect(page.getByText(/Dock workers in Busan returned to work/).first()).toBeVisible();

  // The TMX link exports approved beads only (issue 12): confirm and approve everything through the API first.
  const documentId = new URL(page.url()).pathname.split('/').pop()!;
  const editor = await desk.token('editor');
  const reviewer = await desk.token('reviewer');
  const doc = (await (await request.get(`/api/v1/documents/${documentId}`, { headers: bearer(editor) })).json()) as {
    version: number;
    beads: { id: string }[];
  };
  const confirmed = await request.post(`/api/v1/documents/${documentId}/operations`, {
    headers: bearer(editor),
    data: { baseVersion: doc.version, operation: { type: 'confirmUpTo', beadId: doc.beads[doc.beads.length - 1].id } },
  });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  const approved = await request.post(`/api/v1/documents/${documentId}/review/approve-all`, {
    headers: bearer(reviewer),
    data: { baseVersion: ((await confirmed.json()) as { version: number }).version },
  });
  expect(approved.status(), await approved.text()).toBe(200);

  await page.goBack();
  await reload(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: `Export ${title} as TMX` }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.tmx$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const tmx = Buffer.concat(chunks).toString('utf8');
  expect(tmx).toContain('<tmx version="1.4">');
  expect(tmx).toContain('srclang="ko-KR"');
  expect(tmx).toContain('<seg>부산항 부두 노동자들이 사흘간의 파업을 끝내고 금요일 업무에 복귀했다.');
  expect(tmx).toContain(`<prop type="x-document-title">${title}</prop>`);
  expect(tmx).toContain(`<prop type="x-source-url">${site.url('/ko/strike')}</prop>`);
});

test('a URL that fails is reported clearly and creates nothing', async ({ page, desk }) => {
  await signIn(page, demo.editor);
  await page.getByRole('link', { name: desk.name }).click();
  await page.getByRole('tab', { name: 'From a URL' }).click();
  await page.getByLabel('English-edition article URL').fill(site.url('/error'));
  await page.getByRole('button', { name: 'Fetch and preview' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'HTTP 500' })).toBeVisible();
  await page.getByLabel('English-edition article URL').fill(site.url('/redirect-private'));
  await page.getByRole('button', { name: 'Fetch and preview' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'private or local network' })).toBeVisible();
});

test('a 50 MB paste is refused with a clear message and nothing is created', async ({ request, desk }) => {
  // In the test's own project, so documents other specs create meanwhile cannot change the count.
  const token = await desk.token('admin');
  const projectId = desk.projectId;
  const before = (
    (await (await request.get(`/api/v1/projects/${projectId}/documents`, { headers: bearer(token) })).json()) as { documents: unknown[] }
  ).documents.length;
  const huge = '가'.repeat(17 * 1024 * 1024); // ~51 MB of UTF-8
  const response = await request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    data: JSON.stringify({ title: 'Too big', source: { text: huge }, target: { text: 'Short.' } }),
  });
  expect(response.status()).toBe(413);
  expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/larger than the limit/);
  const after = (
    (await (await request.get(`/api/v1/projects/${projectId}/documents`, { headers: bearer(token) })).json()) as { documents: unknown[] }
  ).documents.length;
  expect(after).toBe(before);
});
