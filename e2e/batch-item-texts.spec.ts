import { expect, test } from './factories';
import { appOrigin, demo, signIn } from './fixtures';

// Batch items that failed say why in the reader's language (decision 048): the reasons and "Line N" titles are
// stored as catalog keys with their values, so the same batch reads in English and, after switching, in Korean.

test("a batch's failed CSV rows read in English and in Korean", async ({ page, desk }) => {
  const csv = ['english_url,korean_url', ',', 'ftp://news.example/1,'].join('\n');
  await signIn(page, demo.editor);
  await page.getByRole('link', { name: desk.name }).click();
  await page.getByRole('tab', { name: 'Batch (CSV or zip)' }).click();
  await page.getByLabel('CSV or zip file').setInputFiles({ name: 'desk.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Start batch import' }).click();
  const batch = page.getByLabel('Batch desk.csv');
  await expect(batch.getByRole('listitem')).toHaveText([
    'Line 2 — failed: Line 2: english_url is empty.',
    'Line 3 — failed: Line 3: english_url must start with http:// or https://.',
  ]);

  await page.context().addCookies([{ name: 'bitext-locale', value: 'ko', url: appOrigin }]);
  await page.reload();
  await page.getByRole('tab', { name: '일괄 (CSV 또는 zip)' }).click();
  await expect(page.getByLabel('일괄 가져오기 desk.csv').getByRole('listitem')).toHaveText([
    '2행 — 실패: 2행: english_url이 비어 있습니다.',
    '3행 — 실패: 3행: english_url은(는) http:// 또는 https://로 시작해야 합니다.',
  ]);
});
