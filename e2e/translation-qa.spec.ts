import type { Page } from '@playwright/test';
import { expect, qaDisagreement, test } from './factories';
import { bearer, demo, open, signIn } from './fixtures';

// Issue 14 / decision 041, the reviewer's path: open a document where two beads disagree (a number, a date),
// see each flag with its explanation and both spans marked, filter to the QA issues, jump between them with q / Q,
// dismiss one with a reason, and find only the other in the TMX export as <prop type="x-qa">.

const rows = (page: Page) => page.getByTestId('bead-list').getByRole('option');
const selected = (page: Page) => page.getByTestId('bead-list').locator('[role="option"][aria-selected="true"]');

test('a reviewer sees QA flags, filters and jumps to them, dismisses one with a reason, and the export keeps the other', async ({
  page,
  desk,
  request,
}) => {
  const { id, path } = await desk.importPair({ title: `QA ${Date.now()}`, ...qaDisagreement }, { shape: qaDisagreement.shape });
  const doc = await desk.load(id);
  const beadId = (n: number) => doc.beads[n - 1].id;

  await signIn(page, demo.reviewer);
  await open(page, path);
  await expect(page.getByTestId('bead-list')).toBeVisible();

  // The flags: on beads 2 and 4 only, with the check, the explanation and both spans marked.
  const flagged = page.getByTestId('qa-flag');
  await expect(flagged).toHaveCount(2);
  const bead2 = page.locator(`#bead-${beadId(2)}`);
  await expect(bead2.getByTestId('qa-flag')).toHaveText('⚑ 1 QA issue');
  await expect(bead2.getByTestId('qa-note')).toContainText('Number: "4만2천" has no counterpart in the translation');
  await expect(bead2.locator('mark[data-qa-mark]')).toHaveText([...qaDisagreement.flagged[2]]);
  await expect(page.locator(`#bead-${beadId(4)}`).locator('mark[data-qa-mark]')).toHaveText([...qaDisagreement.flagged[4]]);
  await expect(page.locator(`#bead-${beadId(1)}`).getByTestId('qa-flag')).toHaveCount(0);

  // Jump: q to the next bead with an open issue, Q back; the help overlay lists the key.
  await page.getByTestId('bead-list').focus();
  await page.keyboard.press('q');
  await expect(selected(page)).toHaveAttribute('data-bead-id', beadId(2));
  await page.keyboard.press('q');
  await expect(selected(page)).toHaveAttribute('data-bead-id', beadId(4));
  await page.keyboard.press('Shift+Q');
  await expect(selected(page)).toHaveAttribute('data-bead-id', beadId(2));
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Next / previous bead with an open QA issue');
  await page.keyboard.press('Escape');

  // The filter beside the others: two beads, with its count.
  const filter = page.getByRole('checkbox', { name: /QA issues/ });
  await expect(filter.locator('..')).toContainText('2');
  await filter.check();
  await expect(rows(page)).toHaveCount(2);

  // Dismiss bead 2's flag with a reason, from the dock (bead 2 is selected).
  const panel = page.getByTestId('qa-panel');
  await expect(panel).toContainText('Number');
  await panel.getByRole('button', { name: 'Dismiss…' }).click();
  await panel.getByRole('button', { name: 'Dismiss flag' }).click(); // a blank reason is not sent
  await expect(panel.getByRole('alert')).toHaveText('Give a reason for dismissing the flag.');
  await panel.getByRole('textbox', { name: 'Why is this not an error?' }).fill('The source has a typo: 4만2천 should read 2만4천.');
  await panel.getByRole('button', { name: 'Dismiss flag' }).click();

  // It stops counting: the filter shows bead 4 only, whose flag is still open.
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-bead-id', beadId(4));
  await expect(filter.locator('..')).toContainText('1');
  await filter.uncheck();
  await expect(page.getByTestId('qa-flag')).toHaveCount(1);
  await expect(page.locator(`#bead-${beadId(2)}`).locator('mark[data-qa-mark]')).toHaveCount(0);

  // The dismissal is stored (a reload shows it in the dock), and the export carries only the open flag.
  await page.reload();
  await page
    .locator(`#bead-${beadId(2)}`)
    .locator('[data-segment-text]')
    .first()
    .click();
  await expect(page.getByTestId('qa-dismissed')).toContainText('The source has a typo');
  const exported = await request.get(`/api/v1/documents/${id}/export?format=tmx&status=all`, {
    headers: bearer(await desk.token('reviewer')),
  });
  expect(exported.status()).toBe(200);
  const tmx = await exported.text();
  expect(tmx.match(/<prop type="x-qa">/g)).toHaveLength(1);
  expect(tmx).toContain('<prop type="x-qa">date: ');
  expect(tmx).not.toContain('<prop type="x-qa">number: ');
});

test('the dashboard counts open QA flags per document, and the project settings choose which checks run', async ({ page, desk }) => {
  const title = `QA dashboard ${Date.now()}`;
  const { id, path } = await desk.importPair({ title, ...qaDisagreement }, { shape: qaDisagreement.shape });
  await signIn(page, demo.admin);

  // The dashboard: this document, 2 open flags on 2 beads.
  await open(page, `${desk.path}/dashboard`);
  const qa = page.getByTestId('dashboard-qa');
  await expect(qa.getByRole('row', { name: title })).toContainText(`${title}22`);

  // Settings: numbers and dates off. The editor then flags nothing, and the dashboard has nothing to count.
  await open(page, `${desk.path}/settings`);
  const checks = page.getByTestId('qa-checks');
  await checks.getByRole('checkbox', { name: /Numbers/ }).uncheck();
  await checks.getByRole('checkbox', { name: /Dates and weekdays/ }).uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved: QA checks.')).toBeVisible();
  const saved = (await desk.load(id, 'admin')) as unknown as { beads: { qa: unknown[] }[] };
  expect(saved.beads.map((b) => b.qa.length)).toEqual([0, 0, 0, 0, 0]);

  await open(page, path);
  await expect(page.getByTestId('bead-list').getByRole('option')).toHaveCount(5);
  await expect(page.getByTestId('qa-flag')).toHaveCount(0);
  await open(page, `${desk.path}/dashboard`);
  await expect(page.getByTestId('dashboard-qa')).toContainText('No open QA flags in this project.');
});
