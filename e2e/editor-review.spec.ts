import type { Browser, Page } from '@playwright/test';
import { expect, test } from './factories';
import { demo, open, signIn } from './fixtures';

// Issue 5 inside the alignment editor, keyboard first: the editor confirms and sends the document to review; the
// reviewer rejects one bead with a reason (x, Enter) and approves the others (a); the editor sees the reason and
// fixes the text; the reviewer sees the word diff and approves; a comment with an @mention is added and resolved;
// a label is set (t, 3) and used as a filter; sign-off makes the editor read-only until the reviewer reopens it.
// Each test imports its own article pair into a project of its own (e2e/factories.ts).

const KO = '서울시가 심야 버스를 늘린다.\n\n요금은 2,500원이다.\n\n사고는 없었다.';
const EN = 'Seoul adds night buses.\n\nThe fare is 2,500 won.\n\nThere were no accidents.';
const REASON = 'The Korean says 2,500 won but the desk style sheet has 1,500 won';

/** A signed-in page with the document open; resolves once the editor has announced itself (first heartbeat). */
async function openAs(browser: Browser, email: string, path: string, id: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await show(page, path, id);
  return page;
}

async function show(page: Page, path: string, id: string): Promise<void> {
  const heartbeat = page.waitForResponse((r) => r.url().endsWith(`/api/v1/documents/${id}/presence`) && r.ok());
  await open(page, path);
  await expect(page.getByTestId('bead-list')).toBeVisible();
  await heartbeat;
}

const rows = (page: Page) => page.getByTestId('bead-list').getByRole('option');
const row = (page: Page, n: number) => rows(page).nth(n - 1);
const savedAs = (page: Page, version: number) => expect(page.getByTestId('save-status')).toContainText(`saved as version ${version}`);
const docStatus = (page: Page) => page.getByTestId('document-status');

/** Sign-off asks first (issue 12): open the dialog, then confirm without a note. */
async function signOff(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign off…' }).click();
  await page.getByTestId('sign-off-dialog').getByRole('button', { name: 'Sign off', exact: true }).click();
}

test('editor and reviewer go through review in the editor: reject with a reason, fix, diff, approve, comment, label, sign off', async ({
  browser,
  desk,
}) => {
  const { projectId, id } = await desk.importPair({ title: `Editor review ${Date.now()}`, source: KO, target: EN });
  const path = `/projects/${projectId}/documents/${id}`;

  // The editor confirms every bead and hands the document to review.
  const editor = await openAs(browser, demo.editor, path, id);
  await expect(docStatus(editor)).toHaveText('draft');
  await editor.keyboard.press('G');
  await editor.keyboard.press('Shift+C');
  await savedAs(editor, 2);
  await expect(editor.getByTestId('progress-text')).toHaveText('3 of 3 confirmed (100%)');
  await editor.getByRole('button', { name: 'Send to review' }).click();
  await expect(docStatus(editor)).toHaveText('in review');
  await expect(editor.getByRole('button', { name: 'Send to review' })).toHaveCount(0);

  // The reviewer rejects the fare bead with a reason, using the keyboard only, and approves the other two.
  const reviewer = await openAs(browser, demo.reviewer, path, id);
  await expect(docStatus(reviewer)).toHaveText('in review');
  await reviewer.keyboard.press('j');
  await reviewer.keyboard.press('x');
  const reason = reviewer.getByRole('textbox', { name: /Why is bead 2 wrong/ });
  await expect(reason).toBeFocused();
  await reviewer.keyboard.press('Enter'); // a blank reason is not sent
  await expect(reason).toBeVisible();
  await reviewer.keyboard.type(REASON);
  await reviewer.keyboard.press('Enter');
  await savedAs(reviewer, 4);
  await expect(row(reviewer, 2)).toHaveAttribute('data-status', 'rejected');
  await expect(row(reviewer, 2).getByTestId('reject-note')).toContainText(REASON);
  await reviewer.keyboard.press('g');
  await reviewer.keyboard.press('a');
  await savedAs(reviewer, 5);
  await reviewer.keyboard.press('G');
  await reviewer.keyboard.press('a');
  await savedAs(reviewer, 6);
  await expect(row(reviewer, 1)).toHaveAttribute('data-status', 'approved');
  await expect(row(reviewer, 3)).toHaveAttribute('data-status', 'approved');

  // The editor sees the reason in the row and in the dock, finds the bead with the "Rejected" filter, and fixes it.
  await show(editor, path, id);
  await expect(row(editor, 2).getByTestId('reject-note')).toContainText(REASON);
  await editor.getByRole('checkbox', { name: /Rejected/ }).check();
  await expect(rows(editor)).toHaveCount(1);
  await editor.getByRole('checkbox', { name: /Rejected/ }).uncheck();
  await editor.getByTestId('bead-list').focus(); // back to the list: arrows and Enter belong to a focused checkbox
  await editor.keyboard.press('g');
  await editor.keyboard.press('j');
  await expect(editor.getByTestId('dock-reject-reason')).toContainText(REASON);
  await editor.keyboard.press('ArrowRight');
  await editor.keyboard.press('Enter');
  await expect(editor.getByRole('textbox', { name: /Text of target segment 1 in bead 2/ })).toBeFocused();
  await editor.keyboard.press('ControlOrMeta+a');
  await editor.keyboard.type('The fare is 1,500 won.');
  await editor.keyboard.press('Control+Enter');
  await savedAs(editor, 7);
  await editor.keyboard.press('c');
  await savedAs(editor, 8);
  await expect(row(editor, 2)).toHaveAttribute('data-status', 'confirmed');
  await expect(row(editor, 2).getByTestId('reject-note')).toHaveCount(0);

  // The reviewer sees what changed since the rejection as a word diff, and approves.
  await show(reviewer, path, id);
  await reviewer.getByRole('checkbox', { name: /Changed since review/ }).check();
  await expect(rows(reviewer)).toHaveCount(1);
  await reviewer.getByRole('checkbox', { name: /Changed since review/ }).uncheck();
  await reviewer.getByTestId('bead-list').focus();
  await reviewer.keyboard.press('g');
  await reviewer.keyboard.press('j');
  const diff = reviewer.getByTestId('review-diff');
  await expect(diff).toContainText(REASON);
  await expect(diff.locator('del')).toHaveText('2');
  await expect(diff.locator('ins')).toHaveText('1');
  await reviewer.keyboard.press('a');
  await savedAs(reviewer, 9);
  await expect(row(reviewer, 2)).toHaveAttribute('data-status', 'approved');

  // A comment with an @mention: the editor is notified (their queue), replies and resolves the thread. "@" suggests
  // the project's members; arrows move in the list, not in the bead list; Esc closes only the list; a click picks.
  await reviewer.keyboard.press('i');
  const box = reviewer.getByRole('combobox', { name: 'New comment on bead 2' });
  await expect(box).toBeFocused();
  const suggestions = reviewer.getByRole('listbox', { name: 'Project members' });
  await reviewer.keyboard.type('@');
  await expect(suggestions.getByRole('option')).toHaveText([/Ada Admin/, /Eun-ji Editor/, /Ryan Reviewer/]);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await reviewer.keyboard.press('ArrowDown');
  await expect(suggestions.getByRole('option', { selected: true })).toContainText('editor@example.com');
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await suggestions.getByRole('option', { selected: true }).getAttribute('id')) ?? '',
  );
  await expect(row(reviewer, 2)).toHaveAttribute('aria-selected', 'true');
  await reviewer.keyboard.press('Escape');
  await expect(suggestions).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(reviewer.getByTestId('comment-panel')).toBeVisible();
  await reviewer.keyboard.press('Backspace');
  await reviewer.keyboard.type('@ed');
  await expect(suggestions.getByRole('option')).toHaveCount(1);
  await suggestions.getByRole('option', { name: /Eun-ji Editor/ }).click();
  await expect(box).toHaveValue('@editor ');
  await expect(box).toBeFocused();
  await reviewer.keyboard.type('please add the fare change to the correction log');
  await reviewer.keyboard.press('Control+Enter');
  const thread = reviewer.getByTestId('comment-thread');
  await expect(thread).toContainText('please add the fare change');
  await expect(thread.getByText('@editor', { exact: true })).toBeVisible();
  await expect(row(reviewer, 2)).toContainText('1 comment');
  await reviewer.keyboard.press('Escape');

  const queue = await editor.request.get('/api/v1/queue/editor');
  const mentions = ((await queue.json()) as { mentions: { documentId: string; body: string }[] }).mentions;
  expect(mentions.some((m) => m.documentId === id && m.body.includes('correction log'))).toBe(true);

  await show(editor, path, id);
  await editor.getByRole('checkbox', { name: /With comments/ }).check();
  await expect(rows(editor)).toHaveCount(1);
  await editor.getByRole('checkbox', { name: /With comments/ }).uncheck();
  await editor.getByTestId('bead-list').focus();
  await editor.keyboard.press('g');
  await editor.keyboard.press('j');
  await editor.keyboard.press('i');
  const editorThread = editor.getByTestId('comment-thread');
  await editorThread.getByRole('button', { name: 'Reply' }).click();
  await editor.keyboard.type('Done, @rev');
  await expect(editor.getByRole('listbox', { name: 'Project members' }).getByRole('option', { selected: true })).toContainText(
    'Ryan Reviewer',
  );
  await editor.keyboard.press('Enter');
  await expect(editor.getByRole('combobox', { name: 'Reply' })).toHaveValue('Done, @reviewer ');
  await editor.keyboard.press('Control+Enter');
  await expect(editorThread).toContainText('Done, @reviewer');
  await expect(editorThread.getByText('@reviewer', { exact: true })).toBeVisible();
  await editorThread.getByRole('button', { name: 'Resolve' }).click();
  await expect(editorThread).toHaveAttribute('data-resolved', 'true');
  await expect(row(editor, 2)).not.toContainText('comment');

  // A label, set with the keyboard, shown as a chip and used as a filter.
  await show(reviewer, path, id);
  await reviewer.keyboard.press('g');
  await reviewer.keyboard.press('j');
  await reviewer.keyboard.press('t');
  await expect(reviewer.getByTestId('label-picker')).toBeFocused();
  await reviewer.keyboard.press('3');
  await expect(row(reviewer, 2).getByTestId('bead-labels')).toHaveText('mistranslation');
  await reviewer.keyboard.press('Escape');
  await expect(reviewer.getByTestId('label-picker')).toHaveCount(0);
  await reviewer.getByTestId('label-filter').selectOption('mistranslation');
  await expect(rows(reviewer)).toHaveCount(1);
  await expect(row(reviewer, 1)).toContainText('The fare is 1,500 won.');
  await reviewer.getByTestId('label-filter').selectOption('');
  await expect(rows(reviewer)).toHaveCount(3);

  // Sign-off makes the editor read-only; reopening with a reason opens it again.
  await signOff(reviewer);
  await expect(docStatus(reviewer)).toHaveText('signed off');
  await expect(reviewer.getByTestId('read-only-banner')).toContainText('Signed off — read-only until reopened');
  await show(editor, path, id);
  await expect(editor.getByTestId('read-only-banner')).toBeVisible();
  await expect(editor.getByRole('button', { name: /Confirm c/ })).toBeDisabled();
  await editor.keyboard.press('c');
  await expect(editor.getByTestId('save-status')).toHaveText('Signed off — read-only until reopened.');
  await reviewer.getByRole('button', { name: 'Reopen…' }).click();
  await reviewer.getByRole('textbox', { name: 'Reason for reopening' }).fill('Correction published');
  await reviewer.keyboard.press('Enter');
  await expect(docStatus(reviewer)).toHaveText('reopened');
  await expect(reviewer.getByTestId('read-only-banner')).toHaveCount(0);

  // The links out of the editor.
  await expect(reviewer.getByRole('link', { name: 'History', exact: true })).toHaveAttribute('href', `${path}/history`);
  await expect(reviewer.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('href', `/projects/${projectId}/dashboard`);
});

test('an editor excludes a bead (X); sign-off is refused with the server’s message until approve-all clears the rest', async ({
  browser,
  desk,
}) => {
  const { projectId, id } = await desk.importPair({ title: `Exclude and approve all ${Date.now()}`, source: KO, target: EN });
  const path = `/projects/${projectId}/documents/${id}`;

  const editor = await openAs(browser, demo.editor, path, id);
  await editor.keyboard.press('G');
  await editor.keyboard.press('Shift+X');
  await savedAs(editor, 2);
  await expect(row(editor, 3)).toHaveAttribute('data-status', 'excluded');
  await editor.keyboard.press('Shift+X'); // X again includes it
  await savedAs(editor, 3);
  await expect(row(editor, 3)).toHaveAttribute('data-status', 'edited');
  await editor.keyboard.press('Shift+X');
  await savedAs(editor, 4);
  await editor.keyboard.press('k');
  await editor.keyboard.press('Shift+C');
  await savedAs(editor, 5);
  await editor.getByRole('button', { name: 'Send to review' }).click();
  await expect(docStatus(editor)).toHaveText('in review');

  const reviewer = await openAs(browser, demo.reviewer, path, id);
  await signOff(reviewer);
  await expect(reviewer.getByRole('alert').filter({ hasText: '2 beads are neither approved nor excluded.' })).toBeVisible();
  await expect(docStatus(reviewer)).toHaveText('in review');
  await reviewer.getByRole('button', { name: 'Dismiss' }).click();

  await reviewer.getByRole('button', { name: 'Approve all confirmed (2)' }).click();
  await expect(reviewer.getByTestId('save-status')).toContainText('Approved 2 confirmed beads');
  await expect(row(reviewer, 1)).toHaveAttribute('data-status', 'approved');
  await expect(row(reviewer, 3)).toHaveAttribute('data-status', 'excluded');
  await signOff(reviewer);
  await expect(docStatus(reviewer)).toHaveText('signed off');
  await expect(reviewer.getByRole('button', { name: /Approve a/ })).toBeDisabled();

  // The dashboard's memory: the two approved beads (the excluded one is not memory), growth this week, top terms.
  await reviewer.goto(`/projects/${projectId}/dashboard`);
  const memory = reviewer.getByTestId('dashboard-memory');
  await expect(memory.getByTestId('memory-units')).toHaveText('2');
  await expect(memory.getByRole('row', { name: 'Words (Korean) 6' })).toBeVisible();
  await expect(memory.getByRole('row', { name: 'Words (English) 9' })).toBeVisible();
  await expect(memory.getByRole('img', { name: /^Bar chart: 2 units approved in the last 12 weeks, most in the week of / })).toBeVisible();
  const terms = memory.getByTestId('memory-top-terms').getByRole('link');
  await expect(terms).toHaveText(['버스', '서울시', '심야', '요금']);
  await expect(terms.first()).toHaveAttribute('href', `/concordance?q=${encodeURIComponent('버스')}&project=${projectId}`);
  await expect(memory.getByRole('link', { name: 'Full terminology analysis' })).toHaveAttribute(
    'href',
    `/projects/${projectId}/terminology`,
  );
});
