import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, hydrated, open } from './fixtures';
import { expect, test, type Desk, type TestUser } from './factories';

// Issue 12 items 7, 10 and 14, decision 039: every page outside the editor reads Korean for a Korean desk (admin,
// glossary, settings, dashboard, the import tabs, the sign-off dialog, tokens), and at 390 px wide no page scrolls
// sideways and no Korean word is split across two lines, in either language.

const HANGUL_RUN = /[\uac00-\ud7a3]+/g;

/** A reviewer of the desk's project who reads in `locale`, optionally a site administrator. */
async function deskUser(desk: Desk, database: import('pg').Client, locale: 'ko' | 'en', isAdmin = false): Promise<TestUser> {
  const user = await desk.user({ role: 'reviewer', name: '김데스크' });
  await database.query('UPDATE "User" SET "isAdmin" = $3, locale = $2 WHERE id = $1', [user.id, locale, isAdmin]);
  return user;
}

async function signInAs(page: Page, email: string, heading: string): Promise<void> {
  await open(page, '/signin');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').last().click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await hydrated(page);
}

async function submittedPair(desk: Desk) {
  const pair = await desk.importPair({
    title: `Night buses ${Date.now()}`,
    source: '서울시가 심야 버스를 늘린다. 노선은 열 개다.',
    target: 'Seoul adds night buses. There are ten routes.',
  });
  await desk.post(`/api/v1/documents/${pair.id}/submit`, {});
  return pair;
}

test('a Korean desk reads the project, import tabs, dashboard, glossary, settings, admin and token pages in Korean', async ({
  page,
  desk,
  database,
}) => {
  const user = await deskUser(desk, database, 'ko');
  const pair = await submittedPair(desk);
  await signInAs(page, user.email, '프로젝트');

  // Review queue, as the project's reviewer: the sign-off dialog (cancelled), once every bead is approved.
  for (const bead of (await desk.load(pair.id)).beads) {
    const { version } = await desk.load(pair.id);
    await desk.post(`/api/v1/documents/${pair.id}/beads/${bead.id}/review`, { decision: 'approve', baseVersion: version }, 'reviewer');
  }
  await open(page, '/review');
  const row = page.getByRole('row', { name: pair.title });
  await row.getByRole('button', { name: '서명' }).click();
  const dialog = page.getByTestId('sign-off-dialog');
  await expect(dialog.getByRole('heading')).toHaveText(`“${pair.title}”에 서명할까요?`);
  await expect(dialog.getByLabel('이력에 남길 메모 (선택)')).toBeVisible();
  await dialog.getByRole('button', { name: '취소' }).click();
  await expect(dialog).toHaveCount(0);

  // The rest as a site administrator (who administers every project but does not sign off).
  await database.query('UPDATE "User" SET "isAdmin" = true WHERE id = $1', [user.id]);

  // Project page and the four import tabs besides pasting.
  await open(page, desk.path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('tab', { name: 'URL에서' }).click();
  await expect(page.getByLabel('영문판 기사 URL')).toBeVisible();
  await expect(page.getByRole('button', { name: '가져와서 미리 보기' })).toBeVisible();
  await page.getByRole('tab', { name: '파일 올리기' }).click();
  await expect(page.getByLabel('한국어 원문')).toBeVisible();
  await expect(page.getByText('뉴스 사이트 부가 문구 남기기')).toBeVisible();
  await page.getByRole('tab', { name: '일괄 (CSV 또는 zip)' }).click();
  await expect(page.getByRole('button', { name: '일괄 가져오기 시작' })).toBeVisible();
  await page.getByRole('tab', { name: 'TMX 파일' }).click();
  await expect(page.getByRole('button', { name: 'TMX 가져오기' })).toBeVisible();

  // Dashboard: Korean labels, the shared progress line, days in the Korean date format.
  await open(page, `${desk.path}/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: '대시보드' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '상태별 문서' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '검토 중' })).toBeVisible();
  await expect(page.getByTestId('project-progress')).toHaveText(/^진행률: \d+개 중 \d+개 확인 \(\d+%\)$/);
  await expect(page.locator('table time').first()).toHaveText(/^\d{4}년 \d{1,2}월 \d{1,2}일$/);
  await expect(page.getByRole('heading', { name: '번역 메모리' })).toBeVisible();
  await expect(page.getByTestId('dashboard-memory').getByRole('rowheader', { name: '단어 수 (한국어)' })).toBeVisible();
  await expect(page.getByTestId('memory-growth')).toHaveAttribute('aria-label', /^막대 그래프: 최근 12주 동안 /);

  // Glossary: add an entry, import a file with a bad line; the report is worded in Korean from its codes.
  await open(page, `${desk.path}/glossary`);
  await expect(page.getByRole('heading', { level: 1, name: '용어집' })).toBeVisible();
  await page.getByLabel('원문 용어 (ko)').fill('한국은행');
  await page.getByLabel('번역 용어 (en)').fill('Bank of Korea');
  await page.getByRole('button', { name: '항목 추가' }).click();
  await expect(page.getByRole('status').filter({ hasText: '추가했습니다' })).toHaveText('한국은행 → Bank of Korea 항목을 추가했습니다.');
  await page.getByLabel('용어집 파일').setInputFiles({
    name: 'terms.tsv',
    mimeType: 'text/tab-separated-values',
    buffer: Buffer.from('기준금리\tkey rate\n탭 없는 줄\n', 'utf8'),
  });
  await page.getByRole('button', { name: '용어집 가져오기' }).click();
  const report = page.getByRole('status').filter({ hasText: '항목 1개를 추가했습니다' });
  await expect(report).toContainText('이제 용어집 항목은 2개입니다.');
  await expect(report).toContainText('2번째 줄: 원문 용어와 번역 용어 사이에 탭이 없습니다');
  await expect(page.getByRole('button', { name: '한국은행 → Bank of Korea 수정' })).toBeVisible();

  // Settings: saving nothing, and the delete confirmation (cancelled).
  await open(page, `${desk.path}/settings`);
  await expect(page.getByRole('heading', { level: 1, name: '설정' })).toBeVisible();
  await expect(page.getByText('4인 검토', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '설정 저장' }).click();
  await expect(page.getByRole('status')).toHaveText('바뀐 설정이 없어 저장할 것이 없습니다.');
  await page.getByRole('button', { name: `${pair.title} 삭제` }).click();
  await expect(page.getByRole('group', { name: `${pair.title} 삭제 확인` })).toContainText(/정렬 쌍 \d+개, 댓글, 이력과 함께 삭제할까요\?/);
  await page.getByRole('button', { name: '취소' }).click();
  await expect(page.getByRole('cell', { name: '검토 중' })).toBeVisible();

  // Admin: users and projects, the new-user form.
  await open(page, '/admin');
  await expect(page.getByRole('heading', { level: 1, name: '관리' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(user.email) })).toContainText('활성');
  await expect(page.getByRole('button', { name: '사용자 만들기' })).toBeVisible();
  await expect(page.getByLabel('초기 비밀번호')).toBeVisible();

  // Tokens: the create form.
  await open(page, '/account/tokens');
  await expect(page.getByRole('button', { name: '토큰 만들기' })).toBeVisible();
  await expect(page.getByLabel('만료')).toContainText('만료 없음');

  // Nothing the server wrote in English on these pages: a member added through the form is told in Korean.
  await open(page, desk.path);
  const membersForm = page.locator('form').filter({ has: page.getByRole('button', { name: '구성원 추가 또는 변경' }) });
  await membersForm.getByLabel('이메일').fill(`someone-${Date.now()}@e2e.example`);
  await membersForm.getByRole('button', { name: '구성원 추가 또는 변경' }).click();
  await expect(membersForm.getByRole('status')).toContainText('초대를 보냈습니다');
});

for (const locale of ['ko', 'en'] as const) {
  test(`at 390 px in ${locale === 'ko' ? 'Korean' : 'English'} no page scrolls sideways and no Korean word breaks mid-word`, async ({
    page,
    desk,
    database,
  }) => {
    const user = await deskUser(desk, database, locale, true);
    const pair = await submittedPair(desk);
    // A rejected bead for "My queue", with a Korean reason.
    const { beads, version } = await desk.load(pair.id);
    await desk.post(
      `/api/v1/documents/${pair.id}/beads/${beads[0].id}/review`,
      { decision: 'reject', reason: '요금 단위가 빠졌습니다', baseVersion: version },
      'reviewer',
    );
    await page.setViewportSize({ width: 390, height: 800 });
    await signInAs(page, user.email, locale === 'ko' ? '프로젝트' : 'Projects');

    const pages = ['/review', '/queue', desk.path, `${desk.path}/dashboard`, `${desk.path}/glossary`, `${desk.path}/settings`, '/admin'];
    for (const path of pages) {
      await open(page, path);
      const layout = await page.evaluate((pattern) => {
        const root = document.documentElement;
        const broken: string[] = [];
        // Each run of Hangul syllables inside headings, table cells, labels, buttons and badges must sit on one line.
        for (const element of document.querySelectorAll('main :is(h1, h2, h3, th, td, label, button, .badge)')) {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(new RegExp(pattern, 'g'))) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size > 1) broken.push(match[0]);
            }
          }
        }
        return { scroll: root.scrollWidth, client: root.clientWidth, broken };
      }, HANGUL_RUN.source);
      expect(layout.scroll, `${path}: ${layout.scroll} px wide in a ${layout.client} px window`).toBeLessThanOrEqual(layout.client);
      expect(layout.broken, `${path}: Korean words split across lines`).toEqual([]);
    }
  });
}
