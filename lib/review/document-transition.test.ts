import { describe, expect, it } from 'vitest';
import { type DocumentTransitionContext, documentTransition, isDocumentReadOnly } from './document-transition';
import { roles } from '@/lib/permissions';
import { DOCUMENT_EVENTS, DOCUMENT_STATUSES, type DocumentEvent, type DocumentStatus, type Role, countPendingBeads } from './review-states';

// Written out by hand, with a context in which every condition is met (nobody edited, nothing pending, a reason
// given): rows are the document's status, columns the events.
const COLUMNS: readonly DocumentEvent[] = ['submit', 'signOff', 'reopen'];
const EXPECTED: Record<Role, string> = {
  admin: `
    draft      in_review  FORBIDDEN  INVALID
    in_review  INVALID    FORBIDDEN  INVALID
    approved   INVALID    FORBIDDEN  reopened
    reopened   in_review  FORBIDDEN  INVALID`,
  editor: `
    draft      in_review  FORBIDDEN  FORBIDDEN
    in_review  INVALID    FORBIDDEN  FORBIDDEN
    approved   INVALID    FORBIDDEN  FORBIDDEN
    reopened   in_review  FORBIDDEN  FORBIDDEN`,
  reviewer: `
    draft      FORBIDDEN  INVALID    INVALID
    in_review  FORBIDDEN  approved   INVALID
    approved   FORBIDDEN  INVALID    reopened
    reopened   FORBIDDEN  approved   INVALID`,
  viewer: `
    draft      FORBIDDEN  FORBIDDEN  FORBIDDEN
    in_review  FORBIDDEN  FORBIDDEN  FORBIDDEN
    approved   FORBIDDEN  FORBIDDEN  FORBIDDEN
    reopened   FORBIDDEN  FORBIDDEN  FORBIDDEN`,
};

function expectation(role: Role, from: DocumentStatus, event: DocumentEvent): string {
  const row = EXPECTED[role]
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find(([status]) => status === from);
  const token = row?.[COLUMNS.indexOf(event) + 1];
  if (token === undefined) throw new Error(`expectation table misses ${role} ${from}/${event}`);
  return token;
}

const happy = { actorEditedDocument: false, fourEyes: true, pendingBeads: 0, reason: 'typo in headline' };

const cases = roles.flatMap((role) =>
  DOCUMENT_STATUSES.flatMap((from) => DOCUMENT_EVENTS.map((event) => ({ role, from, event, expected: expectation(role, from, event) }))),
);

describe('documentTransition: every status × event × role', () => {
  it('covers the whole space', () => {
    expect(cases).toHaveLength(roles.length * DOCUMENT_STATUSES.length * DOCUMENT_EVENTS.length);
  });

  it.each(cases)('$role $from --$event--> $expected', ({ role, from, event, expected }) => {
    const result = documentTransition(from, event, { role, ...happy });
    if (expected === 'FORBIDDEN') expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    else if (expected === 'INVALID') expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    else expect(result).toEqual({ ok: true, to: expected });
  });
});

describe('documentTransition: refusal wording', () => {
  it('uses the right article before the role ("An editor", not "A editor")', () => {
    expect(documentTransition('in_review', 'signOff', { role: 'editor', ...happy })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^An editor may not /),
    });
    expect(documentTransition('in_review', 'signOff', { role: 'viewer', ...happy })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^A viewer may not /),
    });
  });
});

describe('documentTransition: sign-off conditions', () => {
  const conditions: (Partial<DocumentTransitionContext> & { from: DocumentStatus; expected: string })[] = [
    { from: 'in_review', fourEyes: true, actorEditedDocument: true, expected: 'FOUR_EYES' },
    { from: 'reopened', fourEyes: true, actorEditedDocument: true, expected: 'FOUR_EYES' },
    // Only a reviewer signs off (issue 5); an admin who wants to adds themselves as a reviewer.
    { from: 'in_review', role: 'admin', expected: 'FORBIDDEN' },
    { from: 'in_review', fourEyes: false, actorEditedDocument: true, expected: 'approved' },
    { from: 'in_review', fourEyes: true, actorEditedDocument: false, expected: 'approved' },
    { from: 'in_review', pendingBeads: 1, expected: 'BEADS_PENDING' },
    { from: 'reopened', pendingBeads: 12, expected: 'BEADS_PENDING' },
    { from: 'in_review', fourEyes: false, actorEditedDocument: true, pendingBeads: 3, expected: 'BEADS_PENDING' },
    // Four-eyes is reported before pending beads: the actor cannot fix that one by working harder.
    { from: 'in_review', actorEditedDocument: true, pendingBeads: 3, expected: 'FOUR_EYES' },
    { from: 'draft', expected: 'INVALID_TRANSITION' },
    { from: 'in_review', role: 'editor', expected: 'FORBIDDEN' },
  ];
  it.each(conditions)('$from → $expected', ({ from, expected, ...overrides }) => {
    const result = documentTransition(from, 'signOff', { role: 'reviewer', ...happy, ...overrides });
    if (expected === 'approved') expect(result).toEqual({ ok: true, to: 'approved' });
    else expect(result).toMatchObject({ ok: false, code: expected });
  });

  it('says how many beads are pending', () => {
    expect(documentTransition('in_review', 'signOff', { role: 'reviewer', ...happy, pendingBeads: 2 })).toEqual({
      ok: false,
      code: 'BEADS_PENDING',
      message: '2 beads are neither approved nor excluded.',
    });
  });
});

describe('documentTransition: reopening needs a reason', () => {
  const reasons: { reason: string | null | undefined; ok: boolean }[] = [
    { reason: undefined, ok: false },
    { reason: null, ok: false },
    { reason: ' ', ok: false },
    { reason: '정정 보도', ok: true },
  ];
  it.each(reasons)('reason $reason → ok=$ok', ({ reason, ok }) => {
    const result = documentTransition('approved', 'reopen', { role: 'admin', ...happy, reason });
    if (ok) expect(result).toEqual({ ok: true, to: 'reopened' });
    else expect(result).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });
});

describe('helpers', () => {
  it.each([
    { statuses: [], pending: 0 },
    { statuses: ['approved', 'excluded'] as const, pending: 0 },
    { statuses: ['auto', 'edited', 'confirmed', 'rejected', 'approved'] as const, pending: 4 },
  ])('countPendingBeads($statuses) = $pending', ({ statuses, pending }) => {
    expect(countPendingBeads(statuses)).toBe(pending);
  });

  it.each(DOCUMENT_STATUSES.map((status) => ({ status, readOnly: status === 'approved' })))(
    '$status read-only: $readOnly',
    ({ status, readOnly }) => {
      expect(isDocumentReadOnly(status)).toBe(readOnly);
    },
  );
});
