import type { Page } from '@playwright/test';
import { expect, nightBuses, test } from './factories';
import { bearer, demo, open, signIn } from './fixtures';

// Issue 15, concordance: an editor searches the approved pairs of their projects for a Korean or an English word,
// sees both sides with the match marked, and opens the bead in the editor. A search never shows a bead of a
// project the user is not in, and a bad search gets a message, not an error page.

async function search(page: Page, q: string, project?: string): Promise<void> {
  await page.getByLabel('Word or phrase').fill(q);
  if (project) await page.getByLabel('Project').selectOption({ label: project });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/concordance\?/);
}

test('an editor finds a Korean word inside longer words and an English phrase, and opens the bead', async ({ page, desk }) => {
  const pair = await desk.importPair({ title: 'Memory search', ...nightBuses }, { shape: nightBuses.shape });
  const { beads } = await desk.load(pair.id);
  await desk.operate(pair.id, { type: 'confirmUpTo', beadId: beads[4].id });
  await desk.post(`/api/v1/documents/${pair.id}/submit`, {});
  await desk.post(`/api/v1/documents/${pair.id}/review/approve-all`, { baseVersion: (await desk.load(pair.id)).version }, 'reviewer');

  await signIn(page, demo.editor);
  await page.getByRole('link', { name: 'Memory search' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Search the memory' })).toBeVisible();

  // 심야버스 is written onto its particle in the text (심야버스 3개 노선을): a substring search finds it.
  await search(page, '심야버스', desk.name);
  await expect(page.getByTestId('concordance-total')).toContainText('1 match');
  const row = page.getByRole('row').filter({ hasText: 'late-night bus routes' });
  await expect(row.locator('mark')).toHaveText('심야버스');

  await search(page, 'gangnam station', desk.name);
  const english = page.getByRole('row').filter({ hasText: '강남역' });
  await expect(english.locator('mark')).toHaveText('Gangnam Station');
  await english.getByRole('link', { name: 'Memory search' }).click();
  await expect(page).toHaveURL(new RegExp(`/documents/${pair.id}\\?bead=${beads[3].id}`));
});

test('a search never shows another project’s beads, and bad searches get a message', async ({ page, request, desk }) => {
  const other = await desk.otherProject();
  const admin = bearer(await desk.token('admin'));
  const secret = `기밀사업${Date.now()}`;
  const imported = await request.post(`/api/v1/projects/${other}/documents`, {
    headers: admin,
    data: { title: 'Not yours', source: { text: `${secret}은 비공개다.` }, target: { text: 'The project is private.' } },
  });
  expect(imported.status(), await imported.text()).toBe(201);

  await signIn(page, demo.editor);
  await open(page, `/concordance?q=${encodeURIComponent(secret)}&status=all`);
  await expect(page.getByTestId('concordance-total')).toHaveText('No matches.');
  // The same search by someone in that project finds it, so the empty answer above is membership, not the search.
  const found = await request.get(`/api/v1/concordance?q=${encodeURIComponent(secret)}&status=all`, { headers: admin });
  expect(((await found.json()) as { total: number }).total).toBe(1);

  // Asking for that project by id says it is not one of yours, without searching it.
  const response = await page.goto(`/concordance?q=${encodeURIComponent(secret)}&project=${other}&status=all`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That project is not one of yours.');
  await expect(page.getByTestId('concordance-total')).toHaveCount(0);

  for (const [query, message] of [
    ['q=a', /at least 2 characters/],
    [`q=${'가'.repeat(201)}`, /at most 200 characters/],
    ['q=%E2%80%94%E2%80%94&status=everything', /status/],
    ['q=abc&from=yesterday', /from/],
    ['q=ab%00cd', /cannot be searched/],
  ] as const) {
    const answer = await page.goto(`/concordance?${query}`);
    expect(answer?.status(), query).toBe(200);
    await expect(page.getByRole('main').getByRole('alert'), query).toHaveText(message);
  }
  // LIKE wildcards and SQL are text to search for, not syntax.
  for (const q of ["%' OR 1=1 --", '100%_', '\\%']) {
    await open(page, `/concordance?q=${encodeURIComponent(q)}&status=all`);
    await expect(page.getByTestId('concordance-total'), q).toHaveText('No matches.');
  }
});
