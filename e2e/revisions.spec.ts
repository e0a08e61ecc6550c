import type { Browser, Page } from '@playwright/test';
import { expect, test } from './factories';
import { demo, open, signIn } from './fixtures';

// Issue 14 part 2, the desk's path: an article was approved and signed off; hours later the English edition corrects
// a figure. The editor pastes the corrected English on the document page; the other beads stay approved, the
// corrected one goes back to review, the document is reopened ("new revision"); the reviewer sees the word diff
// against what they approved, and the history shows the revision with its diff.

const KO = '서울시가 심야 버스를 늘린다.\n\n요금은 2,500원이다.\n\n사고는 없었다.';
const EN = 'Seoul adds night buses.\n\nThe fare is 2,500 won.\n\nThere were no accidents.';
const EN_REVISED = 'Seoul adds night buses.\n\nThe fare is 2,800 won.\n\nThere were no accidents.';

async function openAs(browser: Browser, email: string, path: string, id: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  const heartbeat = page.waitForResponse((r) => r.url().endsWith(`/api/v1/documents/${id}/presence`) && r.ok());
  await open(page, path);
  await expect(page.getByTestId('bead-list')).toBeVisible();
  await heartbeat;
  return page;
}

const row = (page: Page, n: number) =>
  page
    .getByTestId('bead-list')
    .getByRole('option')
    .nth(n - 1);

test('a corrected English edition: new revision → other beads stay approved → reviewer sees the diff → history', async ({
  browser,
  desk,
}) => {
  const { id, projectId } = await desk.importPair({ title: `Fare correction ${Date.now()}`, source: KO, target: EN });
  const doc = await desk.load(id);
  await desk.operate(id, { type: 'confirmUpTo', beadId: doc.beads[doc.beads.length - 1].id });
  await desk.post(`/api/v1/documents/${id}/submit`, {});
  await desk.post(`/api/v1/documents/${id}/review/approve-all`, { baseVersion: (await desk.load(id)).version }, 'reviewer');
  await desk.post(`/api/v1/documents/${id}/sign-off`, {}, 'reviewer');
  const path = `/projects/${projectId}/documents/${id}`;

  const editor = await openAs(browser, demo.editor, path, id);
  await expect(editor.getByTestId('document-status')).toHaveText('signed off');
  await editor.getByTestId('new-revision').click();
  const form = editor.getByTestId('revision-form');
  await form.getByRole('radio', { name: /target/ }).check();
  await form.getByRole('textbox', { name: 'Paste the new text' }).fill(EN_REVISED);
  await form.getByRole('button', { name: 'Apply revision' }).click();
  const result = editor.getByTestId('revision-result');
  await expect(result).toContainText('2 beads kept, 1 changed and back in review, 0 added, 0 removed');
  await expect(result).toContainText('reopened it');
  // The editor's live updates bring the change: no reload.
  await expect(editor.getByTestId('document-status')).toHaveText('reopened');
  await expect(row(editor, 2)).toHaveAttribute('data-status', 'edited');
  await expect(row(editor, 2)).toContainText('The fare is 2,800 won.');
  await expect(row(editor, 1)).toHaveAttribute('data-status', 'approved');
  await expect(row(editor, 3)).toHaveAttribute('data-status', 'approved');

  // The reviewer opens bead 2 and sees what changed since they approved it.
  const reviewer = await openAs(browser, demo.reviewer, `${path}?bead=${doc.beads[1].id}`, id);
  const diff = reviewer.getByTestId('review-diff');
  await expect(diff.locator('del')).toHaveText('500');
  await expect(diff.locator('ins')).toHaveText('800');

  // The history names the revision, who made it, and shows its word diff.
  await open(editor, `${path}/history`);
  const revision = editor.getByRole('row', { name: /New revision of the target: 1 beads changed, 0 added, 0 removed/ });
  await expect(revision).toContainText('Eun-ji Editor');
  await expect(revision.getByTestId('revision-diff').locator('ins')).toHaveText('800');
  await expect(editor.getByRole('row', { name: /Reopened/ }).filter({ hasText: 'new revision' })).toHaveCount(1);
});

test('a viewer has no New revision button; an empty or unsafe revision is refused with a message, nothing written', async ({
  browser,
  desk,
}) => {
  const { id, projectId } = await desk.importPair({ title: `Empty revision ${Date.now()}`, source: KO, target: EN });
  const path = `/projects/${projectId}/documents/${id}`;
  const viewer = await desk.user({ role: 'viewer' });
  const viewerPage = await openAs(browser, viewer.email, path, id);
  await expect(viewerPage.getByTestId('document-actions')).toBeVisible();
  await expect(viewerPage.getByTestId('new-revision')).toHaveCount(0);

  const editor = await openAs(browser, demo.editor, path, id);
  await editor.getByTestId('new-revision').click();
  const form = editor.getByTestId('revision-form');
  await form.getByRole('button', { name: 'Apply revision' }).click();
  await expect(form.getByRole('alert')).toHaveText('Paste the text, choose a file or enter an address.');
  await form.getByRole('textbox', { name: 'Paste the new text' }).fill('   ');
  await form.getByRole('button', { name: 'Apply revision' }).click();
  await expect(form.getByRole('alert')).toHaveText('Paste the text, choose a file or enter an address.');
  // A refusal from the server is shown as its message, and nothing is written.
  await form.getByRole('textbox', { name: 'Paste the new text' }).fill('');
  await form.getByRole('textbox', { name: 'or its web address' }).fill('http://169.254.169.254/latest/meta-data/');
  await form.getByRole('button', { name: 'Apply revision' }).click();
  await expect(form.getByRole('alert')).toContainText('private or local network');
  expect((await desk.load(id)).version).toBe(1);

  // Confirmed beads nobody reviewed yet: the corrected one shows the revision's own word diff in the dock.
  await form.getByRole('button', { name: 'Cancel' }).click();
  const doc = await desk.load(id);
  await desk.operate(id, { type: 'confirmUpTo', beadId: doc.beads[doc.beads.length - 1].id });
  await expect(editor.getByTestId('bead-list').getByRole('option').nth(2)).toHaveAttribute('data-status', 'confirmed');
  await editor.getByTestId('new-revision').click();
  await editor.getByTestId('revision-form').getByRole('textbox', { name: 'Paste the new text' }).fill(EN_REVISED);
  await editor.getByTestId('revision-form').getByRole('button', { name: 'Apply revision' }).click();
  await expect(editor.getByTestId('revision-result')).toContainText('1 changed');
  await expect(row(editor, 2)).toHaveAttribute('data-status', 'edited');
  await row(editor, 2).click();
  const diff = editor.getByTestId('revision-bead-diff');
  await expect(diff).toContainText('Changed by a new revision from Eun-ji Editor');
  await expect(diff.locator('ins')).toHaveText('800');
});
