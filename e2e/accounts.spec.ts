import { expect, test } from './factories';
import { apiToken, bearer, demo, open, signIn } from './fixtures';

test.describe('accounts and roles', () => {
  for (const [role, email] of Object.entries(demo)) {
    test(`the ${role} signs in, sees the demo project and signs out`, async ({ page }) => {
      await signIn(page, email);
      await expect(page.getByText(email)).toBeVisible();
      await expect(page.getByRole('link', { name: /Newsroom demo/ })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Admin', exact: true })).toHaveCount(role === 'admin' ? 1 : 0);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByRole('heading', { name: 'Sign in to Bitext Desk' })).toBeVisible();
      await page.goto('/projects');
      await expect(page).toHaveURL(/\/signin/);
    });
  }

  test('a wrong password is refused with a message', async ({ page }) => {
    await open(page, '/signin');
    await page.getByLabel('Email').fill(demo.reviewer);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong' })).toHaveText('Wrong email or password.');
    await expect(page).toHaveURL(/\/signin/);
  });

  test('an editor cannot open the admin pages', async ({ page }) => {
    await signIn(page, demo.editor);
    const response = await page.goto('/admin');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Users' })).toHaveCount(0);
  });

  test('the demo project lists its documents side by side', async ({ page }) => {
    await signIn(page, demo.editor);
    await page.getByRole('link', { name: /Newsroom demo/ }).click();
    await page.getByRole('link', { name: 'Central bank holds rate at 3.25 percent', exact: true }).click();
    await expect(page.getByText('한은, 기준금리 연 3.25% 동결').first()).toBeVisible();
    await expect(page.getByText('Bank of Korea holds key rate at 3.25%').first()).toBeVisible();
  });
});

test.describe('an attacker with their own account', () => {
  test('a member of project A gets 404 on project B, in pages and the API', async ({ page, request, desk }) => {
    const adminToken = await desk.token('admin');
    const projectB = await desk.otherProject();

    const editorToken = await desk.token('editor');
    expect((await request.get(`/api/v1/projects/${projectB}/documents`, { headers: bearer(editorToken) })).status()).toBe(404);
    expect((await request.get(`/api/v1/projects/${projectB}/documents`, { headers: bearer(adminToken) })).status()).toBe(200);

    await signIn(page, demo.editor);
    const response = await page.goto(`/projects/${projectB}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test("an API token lists only the caller's projects", async ({ request, desk }) => {
    // A user of this test's own: the demo editor is a member of every other test's project too.
    await desk.otherProject(); // the admin's, without the user
    const user = await desk.user({ role: 'editor' });
    await desk.importPair({ title: 'Listed', source: '요금은 2,500원이다.', target: 'The fare is 2,500 won.' }, { as: 'admin' });
    const editorToken = await apiToken(request, user.email);
    const { projects } = (await (await request.get('/api/v1/projects', { headers: bearer(editorToken) })).json()) as {
      projects: { id: string; name: string }[];
    };
    expect(projects.map((p) => p.name)).toEqual([desk.name]);
    const docs = (await (await request.get(`/api/v1/projects/${desk.projectId}/documents`, { headers: bearer(editorToken) })).json()) as {
      documents: { title: string; status: string; version: number }[];
    };
    expect(docs.documents).toHaveLength(1);
    expect(docs.documents[0]).toMatchObject({ title: 'Listed', status: 'draft', version: 1 });
    expect((await request.get('/api/v1/projects', { headers: bearer('bd_forged-token') })).status()).toBe(401);
  });
});
