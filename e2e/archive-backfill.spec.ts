import { tmxChunks } from '../lib/formats/testing/generated-tmx';
import { expect, test } from './factories';
import { signIn, demo } from './fixtures';

// A memory too large to import while the upload waits (decision 037): the TMX tab says it runs in the background,
// and the Batch tab shows it as a batch with its progress until its one item is done.

test('an editor imports a 9 MB memory in the background and follows it on the Batch tab', async ({ page, desk }) => {
  const units = 45_000;
  const tmx = Buffer.from([...tmxChunks(units)].join(''));
  expect(tmx.byteLength).toBeGreaterThan(8 * 1024 * 1024);
  await signIn(page, demo.editor);
  await page.getByRole('link', { name: desk.name }).click();
  await page.getByRole('tab', { name: 'TMX file' }).click();
  // The tab panel is labelled "TMX file" too: the input is the one file field that takes .tmx.
  await page
    .locator('input[type=file][accept=".tmx,.xml"]')
    .setInputFiles({ name: 'archive-memory.tmx', mimeType: 'application/x-tmx+xml', buffer: tmx });
  await page.getByRole('button', { name: 'Import TMX' }).click();
  await expect(page.getByRole('status')).toContainText('being imported in the background');

  await page.getByRole('tab', { name: 'Batch (CSV or zip)' }).click();
  const batch = page.getByLabel('Batch archive-memory.tmx');
  await expect(batch).toContainText('1 done, 0 failed, 0 waiting of 1', { timeout: 240_000 });
  await expect(batch).toContainText('items a minute');
  await expect(batch.getByRole('link', { name: 'archive-memory.tmx' })).toBeVisible();
});
