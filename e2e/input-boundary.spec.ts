import { expect, test } from './factories';
import { apiToken, bearer, demo, signIn } from './fixtures';

// Decision 018 against the production build: paths Next cannot decode get a JSON 400 (not Next's plain 500),
// and a pair that cannot be a translation is imported with a warning the editor sees on the document page.

test('a path with %ff or %00 answers a JSON 400, not a plain 500', async ({ request }) => {
  const token = await apiToken(request, demo.editor);
  for (const path of ['/api/v1/documents/%ff', '/api/v1/documents/ab%00cd', '/projects/%ff']) {
    const response = await request.get(path, { headers: bearer(token) });
    expect(response.status(), path).toBe(400);
    expect(response.headers()['content-type'], path).toContain('application/json');
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('INVALID_INPUT');
  }
});

test('a NUL in a query or a JSON body is a 400 naming where it is', async ({ request, desk }) => {
  const token = await desk.token('editor');
  const projectId = desk.projectId;
  const search = await request.get(`/api/v1/projects/${projectId}/glossary?q=%00`, { headers: bearer(token) });
  expect(search.status()).toBe(400);
  expect(((await search.json()) as { error: { message: string } }).error.message).toMatch(/^The query parameter q: contains a NUL/);
  const created = await request.post('/api/v1/projects', {
    headers: { ...bearer(token), 'content-type': 'application/json' },
    data: '{"name": "Desk\\u0000one"}',
  });
  expect(created.status()).toBe(400);
  expect(((await created.json()) as { error: { message: string } }).error.message).toMatch(/^name: contains a NUL/);
});

test('a pasted pair that cannot be a translation is imported, and the document page says so', async ({ page, desk }) => {
  await signIn(page, demo.editor);
  await page.getByRole('link', { name: desk.name }).click();
  const title = `Mismatched pair ${Date.now()}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel(/Source text/).fill('부산항 노동자들이 파업을 끝냈다.');
  await page
    .getByLabel(/Target text/)
    .fill(Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of an unrelated English report.`).join(' '));
  await page.getByRole('button', { name: 'Import and align' }).click();

  const warnings = page.getByRole('status', { name: 'Import warnings' });
  await expect(warnings).toBeVisible();
  await expect(warnings).toContainText('These texts may not be translations of each other.');
  await expect(warnings).toContainText('The source has 1 sentence and the target 60 sentences');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
});
