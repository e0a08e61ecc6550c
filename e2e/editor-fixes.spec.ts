import { expect, test, type APIRequestContext, type Page, type Route } from '@playwright/test';
import { apiToken, bearer, demo, demoProjectId, signIn } from './fixtures';

// Issue 12, "wrong results" found in a real editing and review pass: shortcuts on hidden beads, keys dropped
// while saving, J across beads, export links that export unreviewed work and internal comments, two progress
// figures for one document, queue links that open at bead 1, and a one-click sign-off. Every test imports its
// own article pair through the API, so no two tests (or workers) share a document. At 1440 px wide.

test.use({ viewport: { width: 1440, height: 900 } });

const SOURCE = [
  '서울시는 2025년 3월 1일부터 심야버스 3개 노선을 운행한다.',
  '요금은 1,500원이다.',
  '정부는 이 사업에 120억원을 투자했다.',
  '첫 노선은 강남역에서 출발한다.',
  '시는 이용객 2만명을 예상한다.',
];
const TARGET = [
  'Seoul will run three late-night bus routes from March 1, 2025.',
  'The fare is 1,500 won.',
  'The government invested 12 billion won in the project.',
  'The first route starts at Gangnam Station.',
  'The city expects 20,000 riders.',
];

interface Doc {
  version: number;
  status: string;
  beads: { id: string; source: string[]; target: string[]; status: string }[];
}

interface Pair {
  projectId: string;
  id: string;
  title: string;
  path: string;
  editor: string;
  reviewer: string;
}

async function importPair(request: APIRequestContext, what: string): Promise<Pair> {
  const editor = await apiToken(request, demo.editor);
  const reviewer = await apiToken(request, demo.reviewer);
  const projectId = await demoProjectId(request, editor);
  const title = `${what} ${Date.now()}`;
  const response = await request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: bearer(editor),
    data: { title, source: { text: SOURCE.join(' ') }, target: { text: TARGET.join(' ') } },
  });
  expect(response.status()).toBe(201);
  const id = ((await response.json()) as { id: string }).id;
  const pair = { projectId, id, title, path: `/projects/${projectId}/documents/${id}`, editor, reviewer };
  expect((await load(request, pair)).beads.map((b) => `${b.source.length}:${b.target.length}`), 'the engine aligns this pair 1:1').toEqual(['1:1', '1:1', '1:1', '1:1', '1:1']);
  return pair;
}

async function load(request: APIRequestContext, pair: Pair): Promise<Doc> {
  const response = await request.get(`/api/v1/documents/${pair.id}`, { headers: bearer(pair.editor) });
  expect(response.status()).toBe(200);
  return (await response.json()) as Doc;
}

async function post(request: APIRequestContext, token: string, path: string, data: object): Promise<void> {
  const response = await request.post(path, { headers: bearer(token), data });
  expect(response.ok(), await response.text()).toBe(true);
}

async function operate(request: APIRequestContext, pair: Pair, operation: object): Promise<void> {
  const { version } = await load(request, pair);
  await post(request, pair.editor, `/api/v1/documents/${pair.id}/operations`, { baseVersion: version, operation });
}

async function decide(request: APIRequestContext, pair: Pair, beadId: string, decision: 'approve' | 'reject', reason?: string): Promise<void> {
  const { version } = await load(request, pair);
  await post(request, pair.reviewer, `/api/v1/documents/${pair.id}/beads/${beadId}/review`, { decision, reason, baseVersion: version });
}

async function openEditor(page: Page, pair: Pair, email: string = demo.editor, query = ''): Promise<void> {
  await signIn(page, email);
  const heartbeat = page.waitForResponse((r) => r.url().endsWith(`/api/v1/documents/${pair.id}/presence`) && r.ok());
  await page.goto(`${pair.path}${query}`);
  await expect(page.getByTestId('bead-list')).toBeVisible();
  await heartbeat;
}

const dock = (page: Page) => page.getByTestId('dock-info');
const status = (page: Page) => page.getByTestId('save-status');
const statuses = async (request: APIRequestContext, pair: Pair) => (await load(request, pair)).beads.map((b) => b.status);

test('the selection is always a shown bead: a filter or search moves it, and Home then X never touches a hidden bead', async ({ page, request }) => {
  const pair = await importPair(request, 'Hidden selection');
  const { beads } = await load(request, pair);
  await decide(request, pair, beads[2].id, 'reject', 'The amount is 12 billion won, check the unit');

  await openEditor(page, pair);
  await expect(dock(page)).toContainText('Bead 1 of 5 ·');

  // Only the rejected bead 3 shows: it is the selection, counted among the shown beads.
  await page.getByRole('checkbox', { name: /Rejected/ }).check();
  await expect(dock(page)).toContainText('Bead 1 of 1 shown (bead 3 of 5 in the document)');
  await page.keyboard.press('Home'); // focus is still on the checkbox
  await page.keyboard.press('Shift+X');
  await expect(status(page)).toContainText('Excluded bead 3 from review');
  expect(await statuses(request, pair)).toEqual(['auto', 'auto', 'excluded', 'auto', 'auto']);
  await expect(dock(page)).toHaveText('No bead of 5 matches the filters or search; nothing is selected.');
  await page.getByRole('checkbox', { name: /Rejected/ }).uncheck();

  // A search that shows only bead 4: the bar counts shown beads; merging into the hidden bead 5 is refused.
  const search = page.getByRole('searchbox', { name: 'Search the document' });
  await search.fill('Gangnam');
  await search.press('Enter');
  await expect(dock(page)).toContainText('Bead 1 of 1 shown (bead 4 of 5 in the document)');
  const before = (await load(request, pair)).version;
  await page.keyboard.press('m');
  await expect(status(page)).toHaveText('Bead 5 is hidden by the filter or search; clear it to merge with it.');
  await page.keyboard.press('End');
  await page.keyboard.press('c');
  await expect(status(page)).toContainText(`Confirmed bead 4 · saved as version ${before + 1}`);
  expect(await statuses(request, pair)).toEqual(['auto', 'auto', 'excluded', 'confirmed', 'auto']);
});

/** Holds the next operation request in the browser until `release` is called. */
async function holdNextOperation(page: Page): Promise<{ held: Promise<void>; release: (how: 'continue' | 'abort') => void }> {
  let onHeld!: () => void;
  let decide!: (how: 'continue' | 'abort') => void;
  const held = new Promise<void>((resolve) => (onHeld = resolve));
  const decision = new Promise<'continue' | 'abort'>((resolve) => (decide = resolve));
  const handler = async (route: Route) => {
    await page.unroute((url) => url.pathname.endsWith('/operations'), handler);
    onHeld();
    if ((await decision) === 'abort') await route.abort('internetdisconnected');
    else await route.continue();
  };
  await page.route((url) => url.pathname.endsWith('/operations'), handler);
  return { held, release: decide };
}

test('keys pressed while a change is saving wait their turn: m then u merges, then undoes', async ({ page, request }) => {
  const pair = await importPair(request, 'Queued keys');
  const start = (await load(request, pair)).version;
  await openEditor(page, pair);

  const merge = await holdNextOperation(page);
  await page.keyboard.press('m');
  await merge.held;
  await page.keyboard.press('u');
  await expect(status(page)).toHaveText('Saving… 1 key waiting');
  merge.release('continue');
  await expect(status(page)).toHaveText(`Undone · saved as version ${start + 2}`);
  const after = await load(request, pair);
  expect(after.version).toBe(start + 2);
  expect(after.beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual(['1:1', '1:1', '1:1', '1:1', '1:1']);

  // When the change fails, the keys behind it are not run, and the bar says so.
  const lost = await holdNextOperation(page);
  await page.keyboard.press('m');
  await lost.held;
  // c waits for the merge; j waits behind it (a move runs at once only while no key waits: decision 029).
  await page.keyboard.press('c');
  await page.keyboard.press('j');
  await expect(status(page)).toHaveText('Saving… 2 keys waiting');
  lost.release('abort');
  await expect(page.getByTestId('dropped-keys')).toHaveText('2 keys not run: the change before them was not saved.');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  expect((await load(request, pair)).version).toBe(start + 2);
  await expect(dock(page)).toContainText('Bead 1 of 5 ·');
});

test('J joins segments inside the bead and refuses at the end of the bead instead of merging beads', async ({ page, request }) => {
  const pair = await importPair(request, 'Join inside');
  await operate(request, pair, { type: 'merge', beadId: (await load(request, pair)).beads[0].id });
  const merged = await load(request, pair);
  expect(merged.beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual(['2:2', '1:1', '1:1', '1:1']);

  await openEditor(page, pair);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(']');
  await expect(dock(page)).toContainText('target segment 2 of 2');
  await page.keyboard.press('Shift+J');
  await expect(status(page)).toHaveText('This is the last target segment of bead 1; J joins segments inside a bead only. To join across beads, merge them first (m).');
  expect((await load(request, pair)).version).toBe(merged.version);

  await page.keyboard.press('[');
  await page.keyboard.press('Shift+J');
  await expect(status(page)).toContainText(`saved as version ${merged.version + 1}`);
  const joined = await load(request, pair);
  expect(joined.beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual(['2:1', '1:1', '1:1', '1:1']);
});

test('export links default to approved beads without reviewer comments; more is an explicit choice with a warning', async ({ page, request }) => {
  const pair = await importPair(request, 'Export defaults');
  const { beads } = await load(request, pair);
  await post(request, pair.reviewer, `/api/v1/documents/${pair.id}/comments`, { beadId: beads[0].id, body: 'Internal only: ask @editor about the date' });
  await operate(request, pair, { type: 'confirm', beadIds: [beads[0].id] });
  await decide(request, pair, beads[0].id, 'approve');

  await signIn(page, demo.editor);
  await page.goto(`/projects/${pair.projectId}`);
  const link = page.getByRole('link', { name: `Export ${pair.title} as TMX (approved beads)` });
  const href = await link.getAttribute('href');
  expect(href).toBe(`/api/v1/documents/${pair.id}/export?format=tmx`);
  const tmx = await (await page.request.get(href!)).text();
  expect(tmx.match(/<tu /g) ?? []).toHaveLength(1);
  expect(tmx).not.toContain('<note');
  expect(tmx).not.toContain('Internal only');

  const panel = page.getByRole('form', { name: 'Export' });
  const exportButton = panel.getByRole('link', { name: 'Export project' });
  await expect(exportButton).not.toHaveAttribute('href', /status=all|includeComments/);
  await expect(panel.getByTestId('export-all-warning')).toHaveCount(0);
  await panel.getByLabel('Beads').selectOption('all');
  await expect(panel.getByTestId('export-all-warning')).toContainText('Includes beads nobody has approved');
  await expect(exportButton).toHaveAttribute('href', /status=all/);
  await panel.getByLabel('Include reviewer comments as notes').check();
  const withComments = await exportButton.getAttribute('href');
  expect(withComments).toContain('includeComments=1');
  const everything = await (await page.request.get(`${withComments}&documents=${pair.id}`)).text();
  expect(everything.match(/<tu /g) ?? []).toHaveLength(5);
  expect(everything).toContain('Internal only: ask @editor about the date');
});

test('progress has one definition: a signed-off document with an excluded bead is 100% in the editor, on the project page and in the API', async ({ page, request }) => {
  const pair = await importPair(request, 'One progress');
  const { beads } = await load(request, pair);
  await operate(request, pair, { type: 'review', event: 'exclude', beadIds: [beads[4].id] });
  await operate(request, pair, { type: 'confirmUpTo', beadId: beads[3].id });
  await post(request, pair.editor, `/api/v1/documents/${pair.id}/submit`, {});
  await post(request, pair.reviewer, `/api/v1/documents/${pair.id}/review/approve-all`, { baseVersion: (await load(request, pair)).version });
  await post(request, pair.reviewer, `/api/v1/documents/${pair.id}/sign-off`, {});
  expect((await load(request, pair)).status).toBe('approved');

  const expected = '4 of 4 confirmed (100%) · 1 excluded';
  await openEditor(page, pair);
  await expect(page.getByTestId('progress-text')).toHaveText(expected);
  await page.goto(`/projects/${pair.projectId}`);
  await expect(page.getByRole('row').filter({ hasText: pair.title }).getByTestId('document-progress')).toHaveText(expected);
  const listed = await request.get(`/api/v1/projects/${pair.projectId}/documents`, { headers: bearer(pair.editor) });
  const { documents } = (await listed.json()) as { documents: { id: string; progress: number; done: number; counted: number; excluded: number }[] };
  expect(documents.find((d) => d.id === pair.id)).toMatchObject({ progress: 1, done: 4, counted: 4, excluded: 1 });
});

test('My queue links to the rejected bead, and the editor opens with it selected', async ({ page, request }) => {
  const pair = await importPair(request, 'Deep link');
  const { beads } = await load(request, pair);
  await decide(request, pair, beads[3].id, 'reject', 'Gangnam Station is the first stop, not the start');

  await signIn(page, demo.editor);
  await page.goto('/queue');
  const link = page.getByRole('link', { name: `Open bead 4 of ${pair.title}` });
  await expect(link).toHaveAttribute('href', `${pair.path}?bead=${beads[3].id}`);
  await link.click();
  await expect(page.getByTestId('bead-list')).toBeVisible();
  await expect(dock(page)).toContainText('Bead 4 of 5 ·');
  await expect(page.locator(`#bead-${beads[3].id}`)).toBeInViewport();
  await expect(page.getByTestId('dock-reject-reason')).toContainText('Gangnam Station is the first stop');
});

test('sign-off asks first, takes a note and warns about open comment threads', async ({ page, request }) => {
  const pair = await importPair(request, 'Sign-off dialog');
  const { beads } = await load(request, pair);
  await operate(request, pair, { type: 'confirmUpTo', beadId: beads[4].id });
  await post(request, pair.editor, `/api/v1/documents/${pair.id}/submit`, {});
  await post(request, pair.reviewer, `/api/v1/documents/${pair.id}/comments`, { beadId: beads[1].id, body: 'Is 1,500 won still the fare?' });
  await post(request, pair.reviewer, `/api/v1/documents/${pair.id}/review/approve-all`, { baseVersion: (await load(request, pair)).version });

  await openEditor(page, pair, demo.reviewer);
  const docStatus = page.getByTestId('document-status');
  await page.getByRole('button', { name: 'Sign off…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign off this document?' });
  await expect(dialog.getByTestId('open-threads-warning')).toContainText('1 comment thread is still open.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(docStatus).toHaveText('in review');

  await page.getByRole('button', { name: 'Sign off…' }).click();
  await dialog.getByLabel('Note for the history (optional)').fill('Fare checked with the desk');
  await dialog.getByRole('button', { name: 'Sign off', exact: true }).click();
  await expect(docStatus).toHaveText('signed off');
  await page.goto(`${pair.path}/history`);
  await expect(page.getByRole('row').filter({ hasText: 'Fare checked with the desk' })).toHaveCount(1);
});
