import type { Page, Route } from '@playwright/test';
import { expect, nightBuses, test, type Desk, type Pair } from './factories';
import { bearer, demo, signIn } from './fixtures';

// Issue 12, "wrong results" found in a real editing and review pass: shortcuts on hidden beads, keys dropped
// while saving, J across beads, export links that export unreviewed work and internal comments, two progress
// figures for one document, queue links that open at bead 1, and a one-click sign-off. Every test imports its
// own article pair into a project of its own (e2e/factories.ts). At 1440 px wide.

test.use({ viewport: { width: 1440, height: 900 } });

async function importPair(desk: Desk, what: string): Promise<Pair> {
  const title = `${what} ${Date.now()}`; // unique in the demo editor's queue, which spans projects
  return desk.importPair({ title, source: nightBuses.source, target: nightBuses.target }, { shape: nightBuses.shape });
}

async function decide(desk: Desk, pair: Pair, beadId: string, decision: 'approve' | 'reject', reason?: string): Promise<void> {
  const { version } = await desk.load(pair.id);
  await desk.post(`/api/v1/documents/${pair.id}/beads/${beadId}/review`, { decision, reason, baseVersion: version }, 'reviewer');
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
const statuses = async (desk: Desk, pair: Pair) => (await desk.load(pair.id)).beads.map((b) => b.status);

test('the selection is always a shown bead: a filter or search moves it, and Home then X never touches a hidden bead', async ({
  page,
  desk,
}) => {
  const pair = await importPair(desk, 'Hidden selection');
  const { beads } = await desk.load(pair.id);
  await decide(desk, pair, beads[2].id, 'reject', 'The amount is 12 billion won, check the unit');

  await openEditor(page, pair);
  await expect(dock(page)).toContainText('Bead 1 of 5 ·');

  // Only the rejected bead 3 shows: it is the selection, counted among the shown beads.
  await page.getByRole('checkbox', { name: /Rejected/ }).check();
  await expect(dock(page)).toContainText('Bead 1 of 1 shown (bead 3 of 5 in the document)');
  await page.keyboard.press('Home'); // focus is still on the checkbox
  await page.keyboard.press('Shift+X');
  await expect(status(page)).toContainText('Excluded bead 3 from review');
  expect(await statuses(desk, pair)).toEqual(['auto', 'auto', 'excluded', 'auto', 'auto']);
  await expect(dock(page)).toHaveText('No bead of 5 matches the filters or search; nothing is selected.');
  await page.getByRole('checkbox', { name: /Rejected/ }).uncheck();

  // A search that shows only bead 4: the bar counts shown beads; merging into the hidden bead 5 is refused.
  const search = page.getByRole('searchbox', { name: 'Search the document' });
  await search.fill('Gangnam');
  await search.press('Enter');
  await expect(dock(page)).toContainText('Bead 1 of 1 shown (bead 4 of 5 in the document)');
  const before = (await desk.load(pair.id)).version;
  await page.keyboard.press('m');
  await expect(status(page)).toHaveText('Bead 5 is hidden by the filter or search; clear it to merge with it.');
  await page.keyboard.press('End');
  await page.keyboard.press('c');
  await expect(status(page)).toContainText(`Confirmed bead 4 · saved as version ${before + 1}`);
  expect(await statuses(desk, pair)).toEqual(['auto', 'auto', 'excluded', 'confirmed', 'auto']);
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

test('keys pressed while a change is saving wait their turn: m then u merges, then undoes', async ({ page, desk }) => {
  const pair = await importPair(desk, 'Queued keys');
  const start = (await desk.load(pair.id)).version;
  await openEditor(page, pair);

  const merge = await holdNextOperation(page);
  await page.keyboard.press('m');
  await merge.held;
  await page.keyboard.press('u');
  await expect(status(page)).toHaveText('Saving… 1 key waiting');
  merge.release('continue');
  await expect(status(page)).toHaveText(`Undone · saved as version ${start + 2}`);
  const after = await desk.load(pair.id);
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
  expect((await desk.load(pair.id)).version).toBe(start + 2);
  await expect(dock(page)).toContainText('Bead 1 of 5 ·');
});

test('J joins segments inside the bead and refuses at the end of the bead instead of merging beads', async ({ page, desk }) => {
  const pair = await importPair(desk, 'Join inside');
  await desk.operate(pair.id, { type: 'merge', beadId: (await desk.load(pair.id)).beads[0].id });
  const merged = await desk.load(pair.id);
  expect(merged.beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual(['2:2', '1:1', '1:1', '1:1']);

  await openEditor(page, pair);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(']');
  await expect(dock(page)).toContainText('target segment 2 of 2');
  await page.keyboard.press('Shift+J');
  await expect(status(page)).toHaveText(
    'This is the last target segment of bead 1; J joins segments inside a bead only. To join across beads, merge them first (m).',
  );
  expect((await desk.load(pair.id)).version).toBe(merged.version);

  await page.keyboard.press('[');
  await page.keyboard.press('Shift+J');
  await expect(status(page)).toContainText(`saved as version ${merged.version + 1}`);
  const joined = await desk.load(pair.id);
  expect(joined.beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual(['2:1', '1:1', '1:1', '1:1']);
});

test('export links default to approved beads without reviewer comments; more is an explicit choice with a warning', async ({
  page,
  desk,
}) => {
  const pair = await importPair(desk, 'Export defaults');
  const { beads } = await desk.load(pair.id);
  await desk.post(
    `/api/v1/documents/${pair.id}/comments`,
    { beadId: beads[0].id, body: 'Internal only: ask @editor about the date' },
    'reviewer',
  );
  await desk.operate(pair.id, { type: 'confirm', beadIds: [beads[0].id] });
  await decide(desk, pair, beads[0].id, 'approve');

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

test('progress has one definition: a signed-off document with an excluded bead is 100% in the editor, on the project page and in the API', async ({
  page,
  request,
  desk,
}) => {
  const pair = await importPair(desk, 'One progress');
  const { beads } = await desk.load(pair.id);
  await desk.operate(pair.id, { type: 'review', event: 'exclude', beadIds: [beads[4].id] });
  await desk.operate(pair.id, { type: 'confirmUpTo', beadId: beads[3].id });
  await desk.post(`/api/v1/documents/${pair.id}/submit`, {});
  await desk.post(`/api/v1/documents/${pair.id}/review/approve-all`, { baseVersion: (await desk.load(pair.id)).version }, 'reviewer');
  await desk.post(`/api/v1/documents/${pair.id}/sign-off`, {}, 'reviewer');
  expect((await desk.load(pair.id)).status).toBe('approved');

  const expected = '4 of 4 confirmed (100%) · 1 excluded';
  await openEditor(page, pair);
  await expect(page.getByTestId('progress-text')).toHaveText(expected);
  await page.goto(`/projects/${pair.projectId}`);
  await expect(page.getByRole('row').filter({ hasText: pair.title }).getByTestId('document-progress')).toHaveText(expected);
  const listed = await request.get(`/api/v1/projects/${pair.projectId}/documents`, { headers: bearer(await desk.token()) });
  const { documents } = (await listed.json()) as {
    documents: { id: string; progress: number; done: number; counted: number; excluded: number }[];
  };
  expect(documents.find((d) => d.id === pair.id)).toMatchObject({ progress: 1, done: 4, counted: 4, excluded: 1 });
});

test('My queue links to the rejected bead, and the editor opens with it selected', async ({ page, desk }) => {
  const pair = await importPair(desk, 'Deep link');
  const { beads } = await desk.load(pair.id);
  await decide(desk, pair, beads[3].id, 'reject', 'Gangnam Station is the first stop, not the start');

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

test('sign-off asks first, takes a note and warns about open comment threads', async ({ page, desk }) => {
  const pair = await importPair(desk, 'Sign-off dialog');
  const { beads } = await desk.load(pair.id);
  await desk.operate(pair.id, { type: 'confirmUpTo', beadId: beads[4].id });
  await desk.post(`/api/v1/documents/${pair.id}/submit`, {});
  await desk.post(`/api/v1/documents/${pair.id}/comments`, { beadId: beads[1].id, body: 'Is 1,500 won still the fare?' }, 'reviewer');
  await desk.post(`/api/v1/documents/${pair.id}/review/approve-all`, { baseVersion: (await desk.load(pair.id)).version }, 'reviewer');

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
