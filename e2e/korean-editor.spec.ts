import type { Page } from '@playwright/test';
import { expect, nightBuses, test } from './factories';
import { appOrigin, demo, hydrated, signIn } from './fixtures';

// Issue 12 item 14: the editor's panels and the document history in Korean. A reviewer of the desk's project
// reads the editor with the interface set to Korean (the signed-out choice, a cookie: the demo account itself
// keeps no language, so the other specs stay English): the help overlay, the reason box, the comment panel, the
// sign-off dialog, the engine's reason for a bead, a label's name, the import warnings, and the history rows,
// each naming its bead. At 1440 and 390 px.

async function inKorean(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await page.context().addCookies([{ name: 'bitext-locale', value: 'ko', url: appOrigin }]);
}

for (const width of [1440, 390]) {
  test(`the editor's panels and the history read Korean at ${width} px`, async ({ page, desk }) => {
    await page.setViewportSize({ width, height: 900 });
    const pair = await desk.importPair(
      { title: `야간 버스 ${Date.now()}`, source: nightBuses.source, target: nightBuses.target },
      { shape: nightBuses.shape },
    );
    await desk.post(`/api/v1/documents/${pair.id}/submit`, {});
    const { beads, version } = await desk.load(pair.id);
    await desk.post(`/api/v1/documents/${pair.id}/labels`, { beadId: beads[2].id, labels: ['style'] });
    await desk.post(`/api/v1/documents/${pair.id}/comments`, { beadId: beads[0].id, body: 'Check the date' });
    await desk.post(
      `/api/v1/documents/${pair.id}/beads/${beads[1].id}/review`,
      { decision: 'reject', reason: 'The fare is wrong', baseVersion: version },
      'reviewer',
    );

    await inKorean(page, demo.reviewer);
    await page.goto(pair.path);
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const list = page.getByTestId('bead-list');
    await expect(list).toBeVisible();
    await list.focus();

    // The dock names the selected bead and gives the engine's reason in Korean.
    await expect(page.getByTestId('dock-info')).toContainText('5개 중 1번째 쌍');
    await expect(page.getByTestId('dock-info')).toContainText('길이');
    // Labels and the rejection note on the rows.
    await expect(page.locator('[data-bead-id]').nth(2).getByTestId('bead-labels')).toHaveText('문체');
    await expect(page.locator('[data-bead-id]').nth(1).getByTestId('reject-note')).toContainText('✗ 반려: The fare is wrong');

    // The help overlay.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '단축키' });
    await expect(help).toContainText('다음 쌍과 병합');
    await expect(help.getByRole('button', { name: /닫기/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);

    // The sign-off dialog, with the open thread.
    await page.getByRole('button', { name: '서명…' }).click();
    const dialog = page.getByRole('dialog', { name: '이 문서에 서명할까요?' });
    await expect(dialog.getByTestId('open-threads-warning')).toContainText('아직 열린 댓글 스레드가 1개 있습니다.');
    await expect(dialog.getByLabel('이력에 남길 메모 (선택)')).toBeVisible();
    await dialog.getByRole('button', { name: '취소' }).click();
    await expect(dialog).toHaveCount(0);

    // The reason box for a rejection.
    await list.focus();
    await page.keyboard.press('x');
    await expect(page.getByLabel('1번 쌍은 무엇이 틀렸나요? 편집자가 이 사유를 봅니다.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^반려/ })).toBeDisabled();
    await page.keyboard.press('Escape');

    // The comment panel: the thread, a new comment, and the status line.
    await list.focus();
    await page.keyboard.press('i');
    const panel = page.getByTestId('comment-panel');
    await expect(panel).toContainText('1번 쌍의 댓글');
    await expect(panel.getByTestId('comment-thread')).toContainText('Check the date');
    await expect(panel.getByRole('button', { name: '답글' })).toBeVisible();
    const box = panel.getByRole('combobox', { name: '1번 쌍에 새 댓글' });
    await box.fill('날짜 확인했습니다');
    await box.press('Control+Enter');
    await expect(page.getByTestId('save-status')).toHaveText('댓글 게시됨');
    await expect(panel.getByTestId('comment-thread')).toHaveCount(2);

    // The history: Korean headings, and every row names its bead.
    await page.goto(`${pair.path}/history`);
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: '이력' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '내용' })).toBeVisible();
    await expect(page.locator('tr[data-action="operation.review"]')).toContainText('2번 쌍 반려');
    await expect(page.locator('tr[data-action="operation.review"]')).toContainText('사유: The fare is wrong');
    await expect(page.locator('tr[data-action="bead.labels"]')).toContainText('3번 쌍 라벨 변경');
    await expect(page.locator('tr[data-action="bead.labels"]')).toContainText('없음 → 문체');
    await expect(page.locator('tr[data-action="comment.create"]').first()).toContainText('1번 쌍에 댓글');
    await expect(page.locator('tr[data-action="document.create"]')).toContainText('문서 생성');
    await expect(page.locator('tr[data-action="document.submit"]')).toContainText('초안 → 검토 중');
    // Dates in the one house format, in Korean.
    await expect(page.locator('tr[data-action="document.create"] time')).toContainText('년');
  });
}

test('the import warnings above the editor read Korean, with their numbers', async ({ page, desk }) => {
  const english = Array.from({ length: 30 }, (_, i) => `English sentence number ${i + 1} about another story.`);
  const pair = await desk.importPair({ title: `엉뚱한 짝 ${Date.now()}`, source: '부산항 노동자들이 파업을 끝냈다.', target: english });
  await inKorean(page, demo.editor);
  await page.goto(pair.path);
  await hydrated(page);
  const warnings = page.getByRole('status', { name: '가져오기 경고' });
  await expect(warnings).toContainText('두 글이 서로의 번역이 아닐 수 있습니다.');
  await expect(warnings.locator('[data-code="SENTENCE_COUNTS_APART"]')).toHaveText(
    '원문은 1문장, 번역문은 30문장입니다. 번역문이 3배 넘게 길어 같은 기사가 아닐 수 있습니다.',
  );
});
