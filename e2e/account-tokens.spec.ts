import type { Browser, Page } from '@playwright/test';
import { expect, test } from './factories';
import { bearer, demo, signIn } from './fixtures';

// Issue 9, items 7 and 10 in Chromium: a user manages their API tokens, a signed-out cookie replayed is
// refused, "sign out everywhere" ends other browsers' sessions, and inviting someone without an account
// answers like inviting a known user. Each test makes its own account, so signing out cannot disturb the demo
// accounts other specs use at the same time.

const PASSWORD = 'tokens-page-2026';

// Each test signs in several browsers (argon2 on a busy 2-core machine): give them room, not a race.
test.slow();

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function makeAccount(browser: Browser, label: string): Promise<string> {
  const email = `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  const admin = await newPage(browser);
  await signIn(admin, demo.admin);
  await admin.goto('/admin');
  const form = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Create user' }) });
  await form.getByLabel('Name').fill(`Token ${label}`);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Initial password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toHaveText(`Created ${email}.`);
  await admin.context().close();
  return email;
}

test('a user creates a token (shown once), sees its last use and revokes it', async ({ browser }) => {
  const email = await makeAccount(browser, 'tokens');
  const page = await newPage(browser);
  await signIn(page, email, PASSWORD);
  await page.getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();
  await expect(page.getByText('You have no tokens.')).toBeVisible();

  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Create token' }) });
  await form.getByLabel('Name').fill('nightly export');
  await form.getByLabel('Expires').selectOption({ label: '30 days' });
  await form.getByLabel('Your password').fill('not-my-password');
  await form.getByRole('button', { name: 'Create token' }).click();
  await expect(form.getByRole('alert')).toHaveText('Wrong email or password.');

  await form.getByLabel('Your password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByLabel('New token');
  await expect(shown).toHaveText(/^bd_/);
  const token = (await shown.textContent())!;
  expect((await page.request.get('/api/v1/projects', { headers: bearer(token) })).status()).toBe(200);

  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: 'nightly export' });
  await expect(row).toContainText(token.slice(0, 8));
  await expect(row.getByRole('cell').nth(3)).toHaveText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/); // last used: just now, not "never"
  await expect(row.getByRole('cell').nth(4)).toHaveText(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/); // expires in 30 days

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Revoke nightly export' }).click();
  await expect(page.getByText('You have no tokens.')).toBeVisible();
  expect((await page.request.get('/api/v1/projects', { headers: bearer(token) })).status()).toBe(401);
});

test('a signed-out session cookie replayed is refused; sign out everywhere ends other browsers', async ({ browser }) => {
  const email = await makeAccount(browser, 'sessions');
  const laptop = await newPage(browser);
  await signIn(laptop, email, PASSWORD);
  const saved = await laptop.context().cookies();
  expect((await laptop.request.get('/api/v1/projects')).status()).toBe(200);
  await laptop.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(laptop.getByRole('heading', { name: 'Sign in to Bitext Desk' })).toBeVisible();

  const thief = await browser.newContext();
  await thief.addCookies(saved);
  expect((await thief.request.get('/api/v1/projects')).status()).toBe(401);
  const thiefPage = await thief.newPage();
  await thiefPage.goto('/projects');
  await expect(thiefPage).toHaveURL(/\/signin/);

  const office = await newPage(browser);
  const home = await newPage(browser);
  await signIn(office, email, PASSWORD);
  await signIn(home, email, PASSWORD);
  await office.goto('/account/tokens');
  await office.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(office.getByRole('heading', { name: 'Sign in to Bitext Desk' })).toBeVisible();
  await home.goto('/projects');
  await expect(home).toHaveURL(/\/signin/);
});

test('inviting an email without an account answers like inviting a known one and lists both alike', async ({ browser, desk }) => {
  const projectId = await desk.otherProject(); // the reviewer is not a member yet
  const stranger = `stranger-${Date.now()}@example.com`;

  const page = await newPage(browser);
  await signIn(page, demo.admin);
  await page.goto(`/projects/${projectId}`);
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add or change member' }) });
  for (const email of [demo.reviewer, stranger]) {
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Role').selectOption('reviewer');
    await form.getByRole('button', { name: 'Add or change member' }).click();
    await expect(form.getByRole('status')).toHaveText(
      `Invitation sent to ${email} as reviewer. They join the project when they accept it (on their Projects page after signing in).`,
    );
  }
  const pending = page.getByRole('region', { name: 'Pending invitations' });
  for (const email of [demo.reviewer, stranger])
    await expect(pending.getByRole('row').filter({ hasText: email })).toContainText('reviewer');
  await pending.getByRole('button', { name: `Cancel the invitation of ${stranger}` }).click();
  await expect(form.getByRole('status')).toHaveText(`Cancelled the invitation of ${stranger}.`);
  await pending.getByRole('button', { name: `Cancel the invitation of ${demo.reviewer}` }).click();
  await expect(form.getByRole('status')).toHaveText(`Cancelled the invitation of ${demo.reviewer}.`);
  await expect(page.getByRole('region', { name: 'Pending invitations' })).toHaveCount(0);
});
