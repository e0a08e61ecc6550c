import type { Browser, Page } from '@playwright/test';
import { expect, test } from './factories';
import { bearer, demo, fromApp, open, reload, signIn } from './fixtures';

// Issue 5's journey in Chromium: the editor confirms and submits, the reviewer rejects one bead with a reason,
// the editor sees it in their queue and fixes it, the reviewer sees the word diff, approves all and signs off;
// the document is then read-only and its history shows every step. Steps the editor page does not have buttons
// for yet are taken through the REST API with the signed-in user's own browser session (page.request).

const KO = '서울시가 심야 버스를 늘린다.\n\n요금은 2,500원이다.\n\n사고는 없었다.';
const EN = 'Seoul adds night buses.\n\nThe fare is 2,500 won.\n\nThere were no accidents.';

interface DocumentView {
  version: number;
  status: string;
  projectId?: string;
  beads: { id: string; status: string; target: string[] }[];
  target: { id: string; text: string }[];
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

async function load(page: Page, id: string): Promise<DocumentView> {
  const response = await page.request.get(`/api/v1/documents/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as DocumentView;
}

async function post(
  page: Page,
  path: string,
  data: unknown,
): Promise<{ status: number; body: { error?: { code: string }; version?: number } }> {
  const response = await page.request.post(path, { headers: fromApp, data });
  return { status: response.status(), body: (await response.json()) as { error?: { code: string }; version?: number } };
}

test('confirm → reject with a reason → fix → diff → approve all → sign off → read-only, with the whole history', async ({
  browser,
  desk,
}) => {
  const title = `Night buses ${Date.now()}`; // unique in the review queue, which spans projects
  const { id, projectId } = await desk.importPair({ title, source: KO, target: EN });
  const history = `/projects/${projectId}/documents/${id}/history`;
  const editor = await signedInPage(browser, demo.editor);
  const reviewer = await signedInPage(browser, demo.reviewer);

  // The editor confirms every bead and submits the document for review.
  let doc = await load(editor, id);
  expect(doc.beads).toHaveLength(3);
  expect(
    (
      await post(editor, `/api/v1/documents/${id}/operations`, {
        baseVersion: doc.version,
        operation: { type: 'confirmUpTo', beadId: doc.beads[2].id },
      })
    ).status,
  ).toBe(200);
  expect((await post(editor, `/api/v1/documents/${id}/submit`, {})).body).toMatchObject({ status: 'in_review' });

  // The reviewer finds it in the review queue and rejects the fare bead with a reason.
  await open(reviewer, '/review');
  const row = reviewer.getByRole('row', { name: title });
  await expect(row.getByTestId('pending')).toHaveText('3 of 3');
  doc = await load(reviewer, id);
  const fare = doc.beads[1];
  const rejected = await post(reviewer, `/api/v1/documents/${id}/beads/${fare.id}/review`, {
    decision: 'reject',
    reason: 'The fare is 1,500 won in the Korean',
    baseVersion: doc.version,
  });
  expect(rejected.status).toBe(200);

  // The editor sees the rejected bead and the reason in their queue, and fixes the text.
  await open(editor, '/queue');
  const rejectedRow = editor.getByRole('row', { name: `Rejected bead 2 of ${title}` });
  await expect(rejectedRow).toContainText('The fare is 1,500 won in the Korean');
  await expect(rejectedRow).toContainText('Ryan Reviewer');
  await expect(rejectedRow).toContainText('The fare is 2,500 won.');
  doc = await load(editor, id);
  const segmentId = fare.target[0];
  const edited = await post(editor, `/api/v1/documents/${id}/operations`, {
    baseVersion: doc.version,
    operation: { type: 'editText', segmentId, text: 'The fare is 1,500 won.' },
  });
  expect(edited.status).toBe(200);
  expect(
    (
      await post(editor, `/api/v1/documents/${id}/operations`, {
        baseVersion: edited.body.version,
        operation: { type: 'confirm', beadIds: [fare.id] },
      })
    ).status,
  ).toBe(200);
  await reload(editor);
  await expect(editor.getByRole('row', { name: `Rejected bead 2 of ${title}` })).toHaveCount(0);

  // The reviewer sees the word diff of the fix in the bead's history.
  await open(reviewer, `${history}?about=${fare.id}`);
  await expect(reviewer.getByRole('heading', { name: 'History of bead #2' })).toBeVisible();
  const diff = reviewer.getByTestId('word-diff');
  await expect(diff.locator('del')).toHaveText('2');
  await expect(diff.locator('ins')).toHaveText('1');
  const beadReview = (await (await reviewer.request.get(`/api/v1/documents/${id}/beads/${fare.id}/review`)).json()) as {
    changedSinceDecision: boolean;
  };
  expect(beadReview.changedSinceDecision).toBe(true);

  // Approve all, then sign off, from the review queue.
  await open(reviewer, '/review');
  await row.getByRole('button', { name: `Approve all 3 confirmed beads of ${title}` }).click();
  await expect(row.getByRole('status')).toHaveText('Approved 3 beads.');
  await expect(row.getByTestId('pending')).toHaveText('0 of 3');
  await row.getByRole('button', { name: `Sign off ${title}` }).click();
  await reviewer
    .getByRole('dialog', { name: `Sign off “${title}”?` })
    .getByRole('button', { name: 'Sign off', exact: true })
    .click();
  await expect(row).toHaveCount(0);

  // Read-only: the API refuses the editor's next change; the history page says so and shows every step.
  doc = await load(editor, id);
  expect(doc.status).toBe('approved');
  const locked = await post(editor, `/api/v1/documents/${id}/operations`, {
    baseVersion: doc.version,
    operation: { type: 'editText', segmentId, text: 'Changed after sign-off.' },
  });
  expect(locked).toMatchObject({ status: 409, body: { error: { code: 'DOCUMENT_LOCKED' } } });
  expect((await post(editor, `/api/v1/documents/${id}/comments`, { beadId: fare.id, body: 'One more thing' })).body.error?.code).toBe(
    'DOCUMENT_LOCKED',
  );

  await open(editor, history);
  await expect(editor.getByTestId('document-status')).toHaveText('signed off'); // one name per status, as in the editor
  await expect(editor.getByText(/signed off by Ryan Reviewer/)).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Reopen' })).toHaveCount(0); // editors cannot reopen
  const steps = editor.locator('tbody tr');
  await expect(steps.locator('td:nth-child(3)')).toHaveText([
    'Signed off',
    'Approved beads 1–3',
    'Confirmed bead 2',
    'Edited text in bead 2',
    'Rejected bead 2',
    'Submitted for review',
    'Confirmed beads 1–3',
    'Created the document',
  ]);
  await expect(editor.locator('tr[data-action="operation.review"]').last()).toContainText('The fare is 1,500 won in the Korean');
  await expect(editor.locator('tr[data-action="operation.editText"]')).toContainText('Eun-ji Editor');
  const csv = await editor.request.get(`/api/v1/documents/${id}/history?format=csv`);
  expect(await csv.text()).toContain('document.sign-off');
  await expect(editor.getByRole('link', { name: 'Download CSV' })).toBeVisible();

  // A reviewer may reopen it, with a reason, from the history page.
  await open(reviewer, history);
  await reviewer.getByLabel('Reason for reopening').fill('Correction: the fare changed again');
  await reviewer.getByRole('button', { name: 'Reopen' }).click();
  await expect(reviewer.getByTestId('document-status')).toHaveText('reopened');
  await expect(reviewer.locator('tr[data-action="document.reopen"]')).toContainText('Correction: the fare changed again');
});

test.describe('an editor with their own account', () => {
  test("is refused the reviewer's buttons through the API, and nothing changes", async ({ browser, request, desk }) => {
    const { id } = await desk.importPair({ title: 'Editor attempts', source: KO, target: EN });
    const editor = await signedInPage(browser, demo.editor);
    let doc = await load(editor, id);
    await post(editor, `/api/v1/documents/${id}/operations`, {
      baseVersion: doc.version,
      operation: { type: 'confirmUpTo', beadId: doc.beads[2].id },
    });
    await post(editor, `/api/v1/documents/${id}/submit`, {});
    doc = await load(editor, id);

    const token = await desk.token('editor');
    const attempts: [string, unknown][] = [
      [`beads/${doc.beads[0].id}/review`, { decision: 'approve', baseVersion: doc.version }],
      [`beads/${doc.beads[0].id}/review`, { decision: 'reject', reason: 'I reject my own work', baseVersion: doc.version }],
      ['review/approve-all', { baseVersion: doc.version }],
      ['sign-off', {}],
      ['reopen', { reason: 'Because I can?' }],
      ['operations', { baseVersion: doc.version, operation: { type: 'review', event: 'approve', beadIds: [doc.beads[0].id] } }],
    ];
    for (const [path, data] of attempts) {
      const viaToken = await request.post(`/api/v1/documents/${id}/${path}`, { headers: bearer(token), data });
      expect(viaToken.status(), path).toBe(403);
      const viaSession = await post(editor, `/api/v1/documents/${id}/${path}`, data);
      expect(viaSession.status, path).toBe(403);
    }
    expect((await request.post('/api/v1/documents/no-such-document/sign-off', { headers: bearer(token), data: {} })).status()).toBe(404);
    const after = await load(editor, id);
    expect(after.version).toBe(doc.version);
    expect(after.status).toBe('in_review');
    expect(after.beads.map((b) => b.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });
});
