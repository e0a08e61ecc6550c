import { expect, test } from './factories';
import { PASTED_ENGLISH_PAGE, PASTED_KOREAN_PAGE } from '../lib/import/testing/web-text-fixtures';
import { demo, signIn } from './fixtures';

// Pasted news pages (issue 11, decision 022): the form says which boilerplate lines it left out before the editor
// opens the document, and the caption credit is a segment of its own.

test('an editor pastes two news pages, sees the dropped boilerplate listed, and opens a clean document', async ({ page, desk }) => {
  await signIn(page, demo.editor);
  await page.getByRole('link', { name: desk.name }).click();
  await page.getByRole('tab', { name: 'Paste text' }).click();
  await page.getByLabel('Title').fill(`Floating library ${Date.now()}`);
  await page.getByLabel(/Source text/).fill(PASTED_KOREAN_PAGE);
  await page.getByLabel(/Target text/).fill(PASTED_ENGLISH_PAGE);
  await page.getByRole('button', { name: 'Import and align' }).click();

  const notice = page.getByTestId('dropped-lines');
  await expect(notice).toContainText(/lines? of news-site boilerplate were left out/);
  await notice.getByText(/Target \(en\): 11 line/).click();
  await expect(notice).toContainText('Please direct questions or comments to [desk@example.com]');
  await notice.getByRole('button', { name: 'Open the document' }).click();

  const list = page.getByTestId('bead-list');
  await expect(list).toBeVisible();
  await expect(list.getByText('(Yonhap)', { exact: true })).toBeVisible();
  await expect(list).not.toContainText('Posted on');
  await expect(list).not.toContainText('Facebook Twitter');
  await expect(list).not.toContainText('많이 본 기사');
});
