import { expect, test } from './factories';
import { open, signIn, demo } from './fixtures';

// Decision 040 (issue 13 item 3): a long document opens from one compact copy of itself, and the list draws only
// the rows in view. Both are proven by counting (ids in the page, rows in the DOM), never by timing.

const BEADS = 600;
const sentences = (side: 'ko' | 'en') =>
  Array.from({ length: BEADS }, (_, i) =>
    side === 'ko'
      ? `서울시는 ${i + 1}번째 계획에 ${(i % 90) + 10}억원을 쓰기로 했다.`
      : `Seoul will spend ${(i % 90) + 10} billion won on plan ${i + 1}.`,
  );

test('a 600-bead document opens with each id sent once and only the rows in view drawn', async ({ page, desk }) => {
  test.slow(); // importing and aligning 600 pairs
  const pair = await desk.importPair({ title: 'Long report', source: sentences('ko'), target: sentences('en') });
  const doc = await desk.load(pair.id);
  expect(doc.beads.length).toBeGreaterThanOrEqual(BEADS * 0.9);

  await signIn(page, demo.editor);
  // The page's HTML holds the document once: a segment or bead out of view appears exactly once (beads point at
  // their segments by position, decision 040; no row is drawn for it), and no per-bead key is repeated.
  const html = await (await page.request.get(pair.path)).text();
  const occurrences = (needle: string) => html.split(needle).length - 1;
  for (const id of [doc.source[300].id, doc.target[301].id, doc.beads[300].id, doc.beads.at(-1)!.id]) expect(occurrences(id), id).toBe(1);
  expect(occurrences('changedSinceReview\\":false')).toBe(0); // the plain view would say it 600 times

  await open(page, pair.path);
  const list = page.getByTestId('bead-list');
  await expect(list).toBeVisible();
  const rows = page.locator('[role="option"]');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThanOrEqual(40);

  // The keyboard still reaches the last bead, and the list still draws only what is in view.
  await list.focus();
  await page.keyboard.press('End');
  const last = page.locator(`[role="option"][data-bead-id="${doc.beads.at(-1)!.id}"]`);
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toBeInViewport();
  expect(await rows.count()).toBeLessThanOrEqual(40);
});
