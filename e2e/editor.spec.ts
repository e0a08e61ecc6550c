import type { Page } from '@playwright/test';
import { expect, nightBuses, test, type Doc } from './factories';
import { demo, open, reload, signIn } from './fixtures';

// The alignment editor (issue 4), as editors use it: keyboard only, every change saved as it happens, undo/redo
// from the server's log, and a refused (409) change when someone else changed the document meanwhile.
// Each test imports its own article pair into a project of its own (e2e/factories.ts).

const SOURCE = nightBuses.source;
const TARGET = nightBuses.target.map((t) => t.replace('The government', 'The Goverment')); // a typo to fix

/** "1:1 1:1 …" with the texts, from the server's point of view. */
function shapes(doc: Doc): string[] {
  const text = new Map([...doc.source, ...doc.target].map((s) => [s.id, s.text]));
  return doc.beads.map((b) => `${b.source.map((s) => text.get(s)).join(' ')} | ${b.target.map((t) => text.get(t)).join(' ')}`);
}

const expectedFixed = SOURCE.map((s, i) => `${s} | ${TARGET[i].replace('Goverment', 'Government')}`);

/** Signs in and opens the document; resolves once the page has announced itself (first presence heartbeat). */
async function openDocument(page: Page, projectId: string, id: string, email: string): Promise<void> {
  await signIn(page, email);
  const heartbeat = page.waitForResponse((r) => r.url().endsWith(`/api/v1/documents/${id}/presence`) && r.ok());
  await open(page, `/projects/${projectId}/documents/${id}`);
  await expect(page.getByTestId('bead-list')).toBeVisible();
  await heartbeat;
}

const dock = (page: Page) => page.getByTestId('dock-info');
const saved = (page: Page, version: number) => expect(page.getByTestId('save-status')).toContainText(`saved as version ${version}`);

test('an editor fixes a misaligned document with the keyboard only, reloads, undoes and redoes', async ({ page, desk }) => {
  const { projectId, id } = await desk.importPair({ title: 'Keyboard fix', source: SOURCE, target: TARGET }, { shape: nightBuses.shape });
  const aligned = await desk.load(id);

  // Misalign it the way a weak alignment would: 2:2 at the top, a target pulled up, a pair torn apart.
  const [b1, , , b4, b5] = aligned.beads;
  await desk.operate(id, { type: 'merge', beadId: b1.id });
  await desk.operate(id, { type: 'move', segmentId: b4.target[0], direction: 'up' });
  await desk.operate(id, { type: 'detach', segmentId: b5.source[0] });
  const misaligned = await desk.load(id);
  expect(misaligned.beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual(['2:2', '1:2', '1:0', '1:0', '0:1']);
  let version = misaligned.version;

  await openDocument(page, projectId, id, demo.editor);
  await expect(dock(page)).toContainText('Bead 1 of 5 · 2:2');

  // Split the 2:2 bead after its first source segment.
  await page.keyboard.press('s');
  await saved(page, ++version);
  await expect(dock(page)).toContainText('Bead 1 of 6 · 1:1');

  // Bead 3 holds two targets: select its last target and move it down into the next bead.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(dock(page)).toContainText('Bead 3 of 6 · 1:2');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(']');
  await expect(dock(page)).toContainText('target segment 2 of 2');
  await page.keyboard.press('Alt+ArrowDown');
  await saved(page, ++version);
  await expect(dock(page)).toContainText('Bead 4 of 6 · 1:1'); // the selection follows the moved segment

  // Merge the lone source segment with its lone target.
  await page.keyboard.press('j');
  await expect(dock(page)).toContainText('Bead 5 of 6 · 1:0');
  await page.keyboard.press('m');
  await saved(page, ++version);
  await expect(dock(page)).toContainText('Bead 5 of 5 · 1:1');

  // Fix the typo in bead 3's target.
  await page.keyboard.press('g');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const textarea = page.getByRole('textbox', { name: /Text of target segment 1 in bead 3/ });
  await expect(textarea).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(TARGET[2].replace('Goverment', 'Government'));
  await expect(page.locator('ins')).toHaveText('Government');
  await page.keyboard.press('Control+Enter');
  await saved(page, ++version);
  await expect(page.getByTestId('bead-list')).toContainText('The Government invested');

  // Confirm bead 3, then everything up to the last bead.
  await page.keyboard.press('c');
  await saved(page, ++version);
  await expect(page.getByTestId('progress-text')).toHaveText('1 of 5 confirmed (20%)');
  await page.keyboard.press('G');
  await page.keyboard.press('Shift+C');
  await saved(page, ++version);
  await expect(page.getByTestId('progress-text')).toHaveText('5 of 5 confirmed (100%)');

  // Nothing lived only in the browser.
  await reload(page);
  await expect(page.getByTestId('progress-text')).toHaveText('5 of 5 confirmed (100%)');
  await expect(page.getByTestId('bead-list')).toContainText('The Government invested');
  const fixed = await desk.load(id);
  expect(shapes(fixed)).toEqual(expectedFixed);
  expect(fixed.beads.every((b) => b.status === 'confirmed')).toBe(true);

  // Undo and redo come from the server's log and survive the reload.
  await page.keyboard.press('u');
  await saved(page, ++version);
  await expect(page.getByTestId('progress-text')).toHaveText('1 of 5 confirmed (20%)');
  await page.keyboard.press('ControlOrMeta+z');
  await saved(page, ++version);
  await expect(page.getByTestId('progress-text')).toHaveText('0 of 5 confirmed (0%)');
  await page.keyboard.press('Shift+U');
  await saved(page, ++version);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await saved(page, ++version);
  await expect(page.getByTestId('progress-text')).toHaveText('5 of 5 confirmed (100%)');
  expect(shapes(await desk.load(id))).toEqual(expectedFixed);

  // The help overlay lists the shortcuts.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Merge the bead with the next one');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('two editors on different beads both save at once, and each sees the other’s change live', async ({ browser, desk }) => {
  const { projectId, id } = await desk.importPair({ title: 'Conflict', source: SOURCE, target: TARGET });

  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await openDocument(second, projectId, id, demo.admin);
  await openDocument(first, projectId, id, demo.editor);
  await expect(first.getByTestId('presence')).toContainText('Ada Admin');

  // The editor confirms bead 1; the admin confirms bead 2: different places, so neither is refused.
  await first.keyboard.press('c');
  await saved(first, 2);
  // Without a reload, the admin's view shows the editor's change, and the editor's view shows where the admin is.
  await expect(second.getByTestId('doc-meta')).toContainText('version 2');
  await expect(second.getByTestId('progress-text')).toHaveText('1 of 5 confirmed (20%)');
  await second.keyboard.press('j');
  await expect(first.getByTestId('presence')).toContainText('Ada Admin (bead 2)');
  await second.keyboard.press('c');
  await saved(second, 3);
  await expect(first.getByTestId('progress-text')).toHaveText('2 of 5 confirmed (40%)');
  await expect(first.getByTestId('doc-meta')).toContainText('version 3');

  const doc = await desk.load(id);
  expect(doc.version).toBe(3);
  expect(doc.beads.slice(0, 2).map((b) => b.status)).toEqual(['confirmed', 'confirmed']);
});
