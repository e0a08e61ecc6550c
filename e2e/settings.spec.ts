import { expect, test, type Browser, type Page } from '@playwright/test';
import { demo, fromApp, open, reload, signIn } from './fixtures';

// Decision 013 in Chromium: a project admin turns four-eyes review off, adds an abbreviation, adds a glossary
// entry, imports a small glossary file and deletes a document; an editor of the same project is refused the
// settings page but keeps the glossary up to date through the API. Everything happens in a new project with a
// new editor account, so the demo project and the demo editor's project list stay as other specs expect them.

const EDITOR_PASSWORD = 'settings-editor-2026';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('an admin changes settings and the glossary; an editor may edit the glossary but not open the settings', async ({ browser }) => {
  const stamp = Date.now();
  const editorEmail = `desk-editor-${stamp}@example.com`;
  const admin = await newPage(browser);
  await signIn(admin, demo.admin);

  // Setup: a project, an editor account and membership, and a document, as an admin would make them.
  const created = await admin.request.post('/api/v1/projects', {
    headers: fromApp,
    data: { name: `Economy desk ${stamp}`, sourceLang: 'ko', targetLang: 'en' },
  });
  expect(created.status()).toBe(201);
  const { id: projectId } = (await created.json()) as { id: string };
  await open(admin, '/admin');
  const userForm = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Create user' }) });
  await userForm.getByLabel('Name').fill('Desk Editor');
  await userForm.getByLabel('Email').fill(editorEmail);
  await userForm.getByLabel('Initial password').fill(EDITOR_PASSWORD);
  await userForm.getByRole('button', { name: 'Create user' }).click();
  await expect(userForm.getByRole('status')).toHaveText(`Created ${editorEmail}.`);
  await open(admin, `/projects/${projectId}`);
  const membersForm = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Add or change member' }) });
  await membersForm.getByLabel('Email').fill(editorEmail);
  await membersForm.getByLabel('Role').selectOption('editor');
  await membersForm.getByRole('button', { name: 'Add or change member' }).click();
  await expect(membersForm.getByRole('status')).toHaveText(
    `Invitation sent to ${editorEmail} as editor. They join the project when they accept it (on their Projects page after signing in).`,
  );
  const doc = await admin.request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: fromApp,
    data: { title: 'Old draft', source: { text: '서울시가 심야 버스를 늘린다.' }, target: { text: 'Seoul adds night buses.' } },
  });
  expect(doc.status()).toBe(201);

  // Settings: four-eyes off and one abbreviation, with the keyboard.
  await open(admin, `/projects/${projectId}`);
  await admin.getByRole('link', { name: 'Settings' }).click();
  await expect(admin.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const fourEyes = admin.getByRole('checkbox', { name: 'Four-eyes review' });
  await expect(fourEyes).toBeChecked();
  await fourEyes.focus();
  await admin.keyboard.press('Space');
  await expect(fourEyes).not.toBeChecked();
  await admin.getByLabel('Extra abbreviations').fill('Assn.');
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Saved' })).toHaveText('Saved: four-eyes review, abbreviations.');
  await admin.getByLabel('Extra abbreviations').fill('Assn.\nGov');
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await expect(admin.getByRole('alert').filter({ hasText: 'period' })).toHaveText('abbreviations: "Gov" must end with a period.');
  await reload(admin);
  await expect(admin.getByRole('checkbox', { name: 'Four-eyes review' })).not.toBeChecked();
  await expect(admin.getByLabel('Extra abbreviations')).toHaveValue('Assn.');

  // Delete a document, after confirming.
  await admin.getByRole('button', { name: 'Delete Old draft' }).click();
  await expect(admin.getByText('Delete “Old draft” with its 1 bead, comments and history?')).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await admin.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText('Deleted “Old draft”.');
  await expect(admin.getByRole('link', { name: 'Old draft' })).toHaveCount(0);

  // Glossary: one entry by hand, then a file with a duplicate and a bad line.
  await admin.getByRole('link', { name: 'Open the glossary' }).click();
  await expect(admin.getByRole('heading', { name: 'Glossary', level: 1 })).toBeVisible();
  await admin.getByLabel('Source term (ko)').fill('한국은행');
  await admin.getByLabel('Target term (en)').fill('Bank of Korea');
  await admin.getByRole('button', { name: 'Add entry' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added 한국은행 → Bank of Korea.');
  await expect(admin.getByRole('cell', { name: 'Bank of Korea', exact: true })).toBeVisible();
  await admin.getByLabel('Glossary file').setInputFiles({
    name: 'desk-terms.tsv',
    mimeType: 'text/tab-separated-values',
    buffer: Buffer.from('source\ttarget\n기준금리\tkey rate\n한국은행\tBank of Korea\n소비자물가\tconsumer prices\n물가\n', 'utf8'),
  });
  await admin.getByRole('button', { name: 'Import glossary' }).click();
  const report = admin.getByRole('status').filter({ hasText: 'Added 2 entries' });
  await expect(report).toContainText('Added 2 entries; 1 duplicate skipped; 1 line rejected. The glossary now has 3 entries.');
  await expect(report).toContainText('Line 5: no tab between the source and the target term');
  await expect(admin.getByRole('cell', { name: 'consumer prices', exact: true })).toBeVisible();

  // The editor: no settings page, but the glossary through the API (with their own session).
  const editor = await newPage(browser);
  await signIn(editor, editorEmail, EDITOR_PASSWORD);
  await editor
    .getByRole('region', { name: 'Invitations' })
    .getByRole('button', { name: /^Accept the invitation to / })
    .click();
  await expect(editor.getByRole('region', { name: 'Invitations' }).getByRole('status')).toContainText('as editor.');
  const noAccess = await editor.goto(`/projects/${projectId}/settings`);
  expect(noAccess?.status()).toBe(404);
  await expect(editor.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  expect(
    (await editor.request.patch(`/api/v1/projects/${projectId}/settings`, { headers: fromApp, data: { fourEyes: true } })).status(),
  ).toBe(403);
  const settings = await editor.request.get(`/api/v1/projects/${projectId}/settings`);
  expect(await settings.json()).toMatchObject({ fourEyes: false, reviewersMayEdit: false, abbreviations: ['Assn.'] });

  const added = await editor.request.post(`/api/v1/projects/${projectId}/glossary`, {
    headers: fromApp,
    data: { source: '국회', target: 'National Assembly' },
  });
  expect(added.status()).toBe(201);
  const entry = (await added.json()) as { id: string };
  expect(
    (
      await editor.request.post(`/api/v1/projects/${projectId}/glossary`, {
        headers: fromApp,
        data: { source: '국회', target: 'national assembly' },
      })
    ).status(),
  ).toBe(409);
  const imported = await editor.request.post(`/api/v1/projects/${projectId}/glossary/import?name=more.csv`, {
    headers: { ...fromApp, 'Content-Type': 'text/csv' },
    data: '외교부,Foreign Ministry\n',
  });
  expect(imported.status()).toBe(201);
  expect(await imported.json()).toMatchObject({ added: 1, total: 5 });
  expect((await editor.request.delete(`/api/v1/projects/${projectId}/glossary/${entry.id}`, { headers: fromApp })).status()).toBe(200);
  const list = (await (await editor.request.get(`/api/v1/projects/${projectId}/glossary`)).json()) as {
    entries: { source: string; target: string }[];
  };
  expect(list.entries.map((e) => e.target)).toEqual(['key rate', 'consumer prices', 'Foreign Ministry', 'Bank of Korea']);
  const members = (await (await editor.request.get(`/api/v1/projects/${projectId}/members`)).json()) as {
    members: { email: string; role: string }[];
  };
  expect(members.members).toContainEqual(expect.objectContaining({ email: editorEmail, role: 'editor' }));

  // Deleting a document through the API is for admins only.
  const another = await admin.request.post(`/api/v1/projects/${projectId}/documents`, {
    headers: fromApp,
    data: { title: 'Second draft', source: { text: '요금은 2,500원이다.' }, target: { text: 'The fare is 2,500 won.' } },
  });
  const { id: documentId } = (await another.json()) as { id: string };
  expect((await editor.request.delete(`/api/v1/documents/${documentId}`, { headers: fromApp })).status()).toBe(403);
  const deleted = await admin.request.delete(`/api/v1/documents/${documentId}`, { headers: fromApp });
  expect(await deleted.json()).toEqual({ id: documentId, title: 'Second draft', beads: 1 });
  expect((await editor.request.get(`/api/v1/documents/${documentId}`)).status()).toBe(404);

  // The editor's glossary page shows the changes and offers the editing controls.
  await open(editor, `/projects/${projectId}/glossary`);
  await expect(editor.getByRole('cell', { name: 'Foreign Ministry', exact: true })).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Add entry' })).toBeVisible();
});
