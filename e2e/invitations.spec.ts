import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiToken, bearer, demo, open, reload, signIn } from './fixtures';

// Issue 9 item 10, decision 025, in Chromium: a project admin adds an email; the answer and the pending list
// look the same whether or not the email has an account; the person has no access until they accept the
// invitation on their Projects page, and then they do.

const PASSWORD = 'invitations-2026';

test.slow(); // several browsers sign in (argon2 on a busy machine)

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('an invited colleague joins only after accepting, and the admin sees a known and an unknown email alike', async ({
  browser,
  request,
}) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const colleague = `colleague-${stamp}@example.com`;
  const stranger = `stranger-${stamp}@example.com`;
  const projectName = `Invitation desk ${stamp}`;
  const created = await request.post('/api/v1/projects', {
    headers: bearer(await apiToken(request, demo.admin)),
    data: { name: projectName },
  });
  expect(created.status()).toBe(201);
  const { id: projectId } = (await created.json()) as { id: string };

  const admin = await newPage(browser);
  await signIn(admin, demo.admin);
  await open(admin, '/admin');
  const userForm = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Create user' }) });
  await userForm.getByLabel('Name').fill('Invited Colleague');
  await userForm.getByLabel('Email').fill(colleague);
  await userForm.getByLabel('Initial password').fill(PASSWORD);
  await userForm.getByRole('button', { name: 'Create user' }).click();
  await expect(userForm.getByRole('status')).toHaveText(`Created ${colleague}.`);

  await open(admin, `/projects/${projectId}`);
  const form = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Add or change member' }) });
  for (const email of [colleague, stranger]) {
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Role').selectOption('editor');
    await form.getByRole('button', { name: 'Add or change member' }).click();
    await expect(form.getByRole('status')).toHaveText(
      `Invitation sent to ${email} as editor. They join the project when they accept it (on their Projects page after signing in).`,
    );
  }
  const pending = admin.getByRole('region', { name: 'Pending invitations' });
  for (const email of [colleague, stranger]) await expect(pending.getByRole('row').filter({ hasText: email })).toContainText('editor');

  // Before accepting: no access at all.
  const invitee = await newPage(browser);
  await signIn(invitee, colleague, PASSWORD);
  expect((await invitee.goto(`/projects/${projectId}`))?.status()).toBe(404);
  await open(invitee, '/projects');
  const invitations = invitee.getByRole('region', { name: 'Invitations' });
  await expect(invitations.getByRole('row').filter({ hasText: projectName })).toContainText('editor');
  await invitations.getByRole('button', { name: `Accept the invitation to ${projectName}` }).click();
  await expect(invitations.getByRole('status')).toContainText(`You joined ${projectName} as editor.`);
  await invitations.getByRole('link', { name: 'Open the project' }).click();
  await expect(invitee.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();

  // The admin now sees the colleague as a member and only the stranger as invited.
  await reload(admin);
  await expect(admin.getByRole('region', { name: 'Pending invitations' }).getByRole('row').filter({ hasText: colleague })).toHaveCount(0);
  await expect(admin.getByRole('region', { name: 'Pending invitations' }).getByRole('row').filter({ hasText: stranger })).toHaveCount(1);
  await expect(admin.getByRole('cell', { name: colleague })).toBeVisible();
});
