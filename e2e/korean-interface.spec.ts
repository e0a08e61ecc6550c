import { expect, test, type Browser, type Page } from '@playwright/test';
import { demo, fromApp, hydrated, open, signIn } from './fixtures';

// Issue 12 item 14, decision 030: a desk member switches the interface to Korean with the header's language
// switch; the choice is stored on the user (it follows them to another browser), the project page, the editor and
// the review queue read Korean at 1440 and 390 px, API errors keep their code with a Korean message, and a
// signed-out browser that asks for Korean gets Korean. Everything happens with a new account and project, so
// the demo accounts stay in English for the other specs.

const PASSWORD = 'korean-desk-2026';
const HANGUL = /[\uac00-\ud7a3]/;

async function newPage(browser: Browser, locale = 'en-US'): Promise<Page> {
  return (await browser.newContext({ locale })).newPage();
}

async function signInAs(page: Page, email: string, password: string, heading: string | RegExp): Promise<void> {
  await open(page, '/signin');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').last().click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await hydrated(page);
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll, `${what}: page is ${widths.scroll} px wide in a ${widths.inner} px window`).toBeLessThanOrEqual(widths.inner);
}

test('a reviewer switches to Korean and works in Korean on a wide and a narrow screen', async ({ browser }) => {
  const stamp = Date.now();
  const email = `korean-desk-${stamp}@example.com`;

  // Setup as an admin would do it: a project with a document in review, and a reviewer account in it.
  const admin = await newPage(browser);
  await signIn(admin, demo.admin);
  const created = await admin.request.post('/api/v1/projects', {
    headers: fromApp,
    data: { name: `Korean desk ${stamp}`, sourceLang: 'ko', targetLang: 'en' },
  });
  expect(created.status()).toBe(201);
  const { id: projectId } = (await created.json()) as { id: string };
  const doc = await admin.request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: fromApp,
    data: {
      title: `Night buses ${stamp}`,
      source: { text: '서울시가 심야 버스를 늘린다. 노선은 열 개다.' },
      target: { text: 'Seoul adds night buses. There are ten routes.' },
    },
  });
  expect(doc.status()).toBe(201);
  const { id: documentId } = (await doc.json()) as { id: string };
  expect((await admin.request.post(`/api/v1/documents/${documentId}/submit`, { headers: fromApp, data: {} })).status()).toBeLessThan(300);
  await open(admin, '/admin');
  const userForm = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Create user' }) });
  await userForm.getByLabel('Name').fill('Kim Reviewer');
  await userForm.getByLabel('Email').fill(email);
  await userForm.getByLabel('Initial password').fill(PASSWORD);
  await userForm.getByRole('button', { name: 'Create user' }).click();
  await expect(userForm.getByRole('status')).toContainText(email);
  await open(admin, `/projects/${projectId}`);
  const membersForm = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Add or change member' }) });
  await membersForm.getByLabel('Email').fill(email);
  await membersForm.getByLabel('Role').selectOption('reviewer');
  await membersForm.getByRole('button', { name: 'Add or change member' }).click();
  await expect(membersForm.getByRole('status')).toContainText(email);

  // The reviewer signs in (browser in English: the interface is English) and presses 한국어 in the header.
  const page = await newPage(browser);
  await signInAs(page, email, PASSWORD, 'Projects');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Adding a member is an invitation (decision 025): the reviewer accepts it first.
  await page.getByRole('button', { name: `Accept the invitation to Korean desk ${stamp}` }).click();
  await expect(page.getByRole('status')).toContainText(`Korean desk ${stamp}`);
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1, name: '프로젝트' })).toBeVisible();
  await expect(page.getByRole('link', { name: '검토 대기열' })).toBeVisible();
  await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');

  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 800 });

    await open(page, `/projects/${projectId}`);
    await expect(page.getByRole('heading', { level: 2, name: '문서' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '진행률' })).toBeVisible();
    await expect(page.getByText('검토 중').first()).toBeVisible();
    await expect(page.getByTestId('document-progress')).toContainText('개 중');
    await expectNoSidewaysScroll(page, `project page at ${width}`);

    await open(page, `/projects/${projectId}/documents/${documentId}`);
    await expect(page.getByRole('button', { name: '다음 미확인' })).toBeVisible();
    await expect(page.getByTestId('presence')).toHaveText('이 문서를 연 사람은 나뿐입니다.');
    await expect(page.getByTestId('dock-info')).toContainText('번째 쌍');
    await expect(page.getByRole('button', { name: /^승인/ })).toBeVisible();
    await expect(page.getByRole('button', { name: '로그아웃' })).toBeInViewport({ ratio: 1 });
    await expectNoSidewaysScroll(page, `editor at ${width}`);

    await open(page, '/review');
    await expect(page.getByRole('heading', { level: 1, name: '검토 대기열' })).toBeVisible();
    const row = page.getByRole('row', { name: `Night buses ${stamp}` });
    await expect(row.getByRole('button', { name: '서명' })).toBeVisible();
    await expect(row.getByTestId('pending')).toContainText('개 중');
    await expectNoSidewaysScroll(page, `review queue at ${width}`);
  }

  // API errors: same code, Korean message for this user; English for an English user.
  const korean = await page.request.get('/api/v1/documents/does-not-exist');
  expect(korean.status()).toBe(404);
  const koBody = (await korean.json()) as { error: { code: string; message: string } };
  expect(koBody.error.code).toBe('NOT_FOUND');
  expect(koBody.error.message).toMatch(HANGUL);
  const english = await admin.request.get('/api/v1/documents/does-not-exist');
  const enBody = (await english.json()) as { error: { code: string; message: string } };
  expect(enBody.error.code).toBe('NOT_FOUND');
  expect(enBody.error.message).not.toMatch(HANGUL);

  // The choice is stored on the user: another browser (asking for English) opens in Korean after sign-in, and
  // the account page shows it.
  const other = await newPage(browser, 'en-US');
  await signInAs(other, email, PASSWORD, '프로젝트');
  await open(other, '/account');
  await expect(other.getByTestId('current-language')).toHaveText('현재: 한국어');
  await other.getByRole('radio', { name: 'English' }).check();
  await other.getByRole('button', { name: '언어 저장' }).click();
  await expect(other.getByTestId('current-language')).toHaveText('Now: English');
});

test('a signed-out browser that asks for Korean gets the sign-in page in Korean; a forged language is ignored', async ({ browser }) => {
  const page = await newPage(browser, 'ko-KR');
  await open(page, '/signin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1, name: 'Bitext Desk 로그인' })).toBeVisible();
  await expect(page.getByLabel('비밀번호')).toBeVisible();
  await page.locator('input[name="email"]').fill(demo.editor);
  await page.locator('input[name="password"]').fill('wrong-password');
  await page.getByRole('button', { name: '로그인', exact: true }).click();
  await expect(page.locator('#signin-error')).toHaveText('이메일 또는 비밀번호가 틀렸습니다.');

  // The English button switches a signed-out browser too (a cookie, no account needed).
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Bitext Desk' })).toBeVisible();

  // A cookie naming a language we do not have falls back to the browser's.
  const forged = await newPage(browser, 'ko-KR');
  await forged.context().addCookies([{ name: 'bitext-locale', value: '<script>', url: 'http://127.0.0.1' }]);
  await open(forged, '/signin');
  await expect(forged.locator('html')).toHaveAttribute('lang', 'ko');
});
