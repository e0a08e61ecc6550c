import { expect, test } from './factories';
import { demo, signIn } from './fixtures';

// Moved links (issue 11, decision 022), as an editor makes one: mark the omission with M, go to the addition, press
// M again; the row shows where its target comes from; undo takes it apart exactly, redo brings it back, and M on
// the moved link unlinks it. Fictional text without numbers, so the engine aligns it 1:1 and proposes no move.

const SOURCE = [
  '시장은 새 공원을 열었다.',
  '주민들은 산책로를 반겼다.',
  '공원에는 작은 호수가 있다.',
  '개장식에는 합창단이 노래했다.',
  '시는 나무를 더 심을 계획이다.',
];
const TARGET = [
  'The mayor opened a new park.',
  'Residents welcomed the walking paths.',
  'The park has a small lake.',
  'A choir sang at the opening.',
  'The city plans to plant more trees.',
];

test('an editor links a moved sentence with M, sees where it came from, undoes, redoes and unlinks it', async ({ page, desk }) => {
  const { projectId, id } = await desk.importPair(
    { title: 'Moved link', source: SOURCE, target: TARGET },
    { shape: ['1:1', '1:1', '1:1', '1:1', '1:1'] },
  );
  const aligned = await desk.load(id);

  // Tear two pairs apart, the way the engine shows a moved paragraph: an omission early, an addition late.
  await desk.operate(id, { type: 'detach', segmentId: aligned.beads[1].source[0] });
  await desk.operate(id, { type: 'detach', segmentId: aligned.beads[4].source[0] });
  const torn = await desk.load(id);
  expect(torn.beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual(['1:1', '1:0', '0:1', '1:1', '1:1', '1:0', '0:1']);
  let version = torn.version;

  await signIn(page, demo.editor);
  await page.goto(`/projects/${projectId}/documents/${id}`);
  await expect(page.getByTestId('bead-list')).toBeVisible();
  const dock = page.getByTestId('dock-info');
  const saved = (v: number) => expect(page.getByTestId('save-status')).toContainText(`saved as version ${v}`);
  const markers = page.getByTestId('moved-marker');

  await page.keyboard.press('j');
  await expect(dock).toContainText('Bead 2 of 7 · 1:0');
  await page.keyboard.press('Shift+M');
  await expect(dock).toContainText('marked for a moved link');
  await page.keyboard.press('G');
  await expect(dock).toContainText('Bead 7 of 7 · 0:1');
  await page.keyboard.press('Shift+M');
  await saved(++version);

  await expect(markers).toHaveCount(1);
  await expect(markers).toHaveText('↕ moved · target from ¶1');
  const movedRow = page.locator('[data-moved="true"]');
  await expect(movedRow).toContainText(SOURCE[1]);
  await expect(movedRow).toContainText(TARGET[4]);
  expect((await desk.load(id)).beads.filter((b) => b.moved)).toHaveLength(1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await saved(++version);
  await expect(markers).toHaveCount(0);
  expect((await desk.load(id)).beads.map((b) => [b.id, b.source, b.target])).toEqual(torn.beads.map((b) => [b.id, b.source, b.target]));

  await page.keyboard.press('U');
  await saved(++version);
  await expect(markers).toHaveCount(1);

  // M on the moved link unlinks it; the dock button says so first.
  await movedRow.getByText(SOURCE[1]).click();
  await expect(page.getByRole('button', { name: /Unlink moved/ })).toBeVisible();
  await page.keyboard.press('Shift+M');
  await saved(++version);
  await expect(markers).toHaveCount(0);
  expect((await desk.load(id)).beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual([
    '1:1',
    '1:0',
    '0:1',
    '1:1',
    '1:1',
    '1:0',
    '0:1',
  ]);
});
