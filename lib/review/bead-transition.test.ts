import { describe, expect, it } from 'vitest';
import { roles } from '@/lib/permissions';
import { beadEventGate, beadStatusAfter, beadTransition } from './bead-transition';
import { BEAD_EVENTS, BEAD_STATUSES, type BeadEvent, type BeadStatus, type DocumentStatus, type Role } from './review-states';

// The expectation, written out by hand: one grid per role, rows are the bead's current status, columns the events.
// A status name means "allowed, leads there"; FORBIDDEN means the role may never do it (decision 004's permission
// table); INVALID means the state does not allow it. Any change to the rules must change this table.
const COLUMNS: readonly BeadEvent[] = ['edit', 'editText', 'confirm', 'approve', 'reject', 'exclude', 'include'];
const EXPECTED: Record<Role, string> = {
  admin: `
    auto       edited   edited   confirmed  approved   rejected   excluded  INVALID
    edited     edited   edited   confirmed  approved   rejected   excluded  INVALID
    confirmed  edited   edited   INVALID    approved   rejected   excluded  INVALID
    approved   edited   edited   INVALID    INVALID    rejected   excluded  INVALID
    rejected   edited   edited   confirmed  approved   INVALID    excluded  INVALID
    excluded   INVALID  INVALID  INVALID    INVALID    INVALID    INVALID   edited`,
  editor: `
    auto       edited   edited   confirmed  FORBIDDEN  FORBIDDEN  excluded  INVALID
    edited     edited   edited   confirmed  FORBIDDEN  FORBIDDEN  excluded  INVALID
    confirmed  edited   edited   INVALID    FORBIDDEN  FORBIDDEN  excluded  INVALID
    approved   edited   edited   INVALID    FORBIDDEN  FORBIDDEN  excluded  INVALID
    rejected   edited   edited   confirmed  FORBIDDEN  FORBIDDEN  excluded  INVALID
    excluded   INVALID  INVALID  INVALID    FORBIDDEN  FORBIDDEN  INVALID   edited`,
  reviewer: `
    auto       FORBIDDEN  FORBIDDEN  FORBIDDEN  approved   rejected   FORBIDDEN  FORBIDDEN
    edited     FORBIDDEN  FORBIDDEN  FORBIDDEN  approved   rejected   FORBIDDEN  FORBIDDEN
    confirmed  FORBIDDEN  FORBIDDEN  FORBIDDEN  approved   rejected   FORBIDDEN  FORBIDDEN
    approved   FORBIDDEN  FORBIDDEN  FORBIDDEN  INVALID    rejected   FORBIDDEN  FORBIDDEN
    rejected   FORBIDDEN  FORBIDDEN  FORBIDDEN  approved   INVALID    FORBIDDEN  FORBIDDEN
    excluded   FORBIDDEN  FORBIDDEN  FORBIDDEN  INVALID    INVALID    FORBIDDEN  FORBIDDEN`,
  viewer: `
    auto       FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN
    edited     FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN
    confirmed  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN
    approved   FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN
    rejected   FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN
    excluded   FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN  FORBIDDEN`,
};

/** With the project setting `reviewersMayEdit`, reviewers may also edit text (only text). */
const REVIEWER_MAY_EDIT = `
    auto       FORBIDDEN  edited   FORBIDDEN  approved   rejected   FORBIDDEN  FORBIDDEN
    edited     FORBIDDEN  edited   FORBIDDEN  approved   rejected   FORBIDDEN  FORBIDDEN
    confirmed  FORBIDDEN  edited   FORBIDDEN  approved   rejected   FORBIDDEN  FORBIDDEN
    approved   FORBIDDEN  edited   FORBIDDEN  INVALID    rejected   FORBIDDEN  FORBIDDEN
    rejected   FORBIDDEN  edited   FORBIDDEN  approved   INVALID    FORBIDDEN  FORBIDDEN
    excluded   FORBIDDEN  INVALID  FORBIDDEN  INVALID    INVALID    FORBIDDEN  FORBIDDEN`;

type Expectation = { to: BeadStatus } | { code: 'FORBIDDEN' | 'INVALID_TRANSITION' };

function parseGrid(grid: string): Map<string, Expectation> {
  const cells = new Map<string, Expectation>();
  const rows = grid
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  for (const [from, ...tokens] of rows) {
    tokens.forEach((token, column) => {
      const key = `${from}/${COLUMNS[column]}`;
      if (token === 'FORBIDDEN') cells.set(key, { code: 'FORBIDDEN' });
      else if (token === 'INVALID') cells.set(key, { code: 'INVALID_TRANSITION' });
      else cells.set(key, { to: token as BeadStatus });
    });
  }
  return cells;
}

const UNLOCKED: readonly DocumentStatus[] = ['draft', 'in_review', 'reopened'];

function casesFor(role: Role, table: string) {
  const grid = parseGrid(table);
  return BEAD_STATUSES.flatMap((from) =>
    BEAD_EVENTS.map((event) => {
      const expected = grid.get(`${from}/${event}`);
      if (expected === undefined) throw new Error(`expectation table misses ${role} ${from}/${event}`);
      return { role, from, event, expected };
    }),
  );
}

const cases = roles.flatMap((role) => casesFor(role, EXPECTED[role]));

describe('beadTransition: every status × event × role', () => {
  it('covers the whole space', () => {
    expect(cases).toHaveLength(roles.length * BEAD_STATUSES.length * BEAD_EVENTS.length);
  });

  for (const documentStatus of UNLOCKED) {
    it.each(cases)(`${documentStatus}: $role $from --$event--> $expected`, ({ role, from, event, expected }) => {
      const result = beadTransition(from, event, { role, documentStatus, reason: 'wrong sentence pair' });
      if ('to' in expected) expect(result).toEqual({ ok: true, to: expected.to });
      else expect(result).toMatchObject({ ok: false, code: expected.code });
    });
  }

  it.each(casesFor('reviewer', REVIEWER_MAY_EDIT))(
    'reviewersMayEdit: $role $from --$event--> $expected',
    ({ role, from, event, expected }) => {
      const policy = { reviewersMayEdit: true };
      const result = beadTransition(from, event, { role, policy, documentStatus: 'in_review', reason: 'r' });
      if ('to' in expected) expect(result).toEqual({ ok: true, to: expected.to });
      else expect(result).toMatchObject({ ok: false, code: expected.code });
    },
  );

  it.each(cases)('signed-off document: $role $from --$event--> locked', ({ role, from, event, expected }) => {
    const result = beadTransition(from, event, { role, documentStatus: 'approved', reason: 'r' });
    const code = 'code' in expected && expected.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'DOCUMENT_LOCKED';
    expect(result).toMatchObject({ ok: false, code });
  });
});

describe('beadTransition: rejection needs a reason', () => {
  const reasons: { reason: string | null | undefined; ok: boolean }[] = [
    { reason: undefined, ok: false },
    { reason: null, ok: false },
    { reason: '', ok: false },
    { reason: '   \n', ok: false },
    { reason: '번역 누락', ok: true },
  ];
  it.each(reasons)('reason $reason → ok=$ok', ({ reason, ok }) => {
    const result = beadTransition('confirmed', 'reject', { role: 'reviewer', documentStatus: 'in_review', reason });
    if (ok) expect(result).toEqual({ ok: true, to: 'rejected' });
    else expect(result).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });

  it('checks the role before the reason', () => {
    expect(beadTransition('auto', 'reject', { role: 'editor', documentStatus: 'draft' })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('beadStatusAfter and beadEventGate', () => {
  it('beadStatusAfter agrees with what an admin may do', () => {
    const admin = parseGrid(EXPECTED.admin);
    for (const from of BEAD_STATUSES) {
      for (const event of BEAD_EVENTS) {
        const expected = admin.get(`${from}/${event}`);
        expect(beadStatusAfter(from, event)).toBe(expected !== undefined && 'to' in expected ? expected.to : null);
      }
    }
  });

  const gates: { event: BeadEvent; role: Role; documentStatus: DocumentStatus; code: string | null }[] = [
    { event: 'edit', role: 'editor', documentStatus: 'draft', code: null },
    { event: 'edit', role: 'viewer', documentStatus: 'draft', code: 'FORBIDDEN' },
    { event: 'edit', role: 'editor', documentStatus: 'approved', code: 'DOCUMENT_LOCKED' },
    { event: 'approve', role: 'editor', documentStatus: 'in_review', code: 'FORBIDDEN' },
    { event: 'approve', role: 'reviewer', documentStatus: 'in_review', code: null },
    { event: 'edit', role: 'reviewer', documentStatus: 'in_review', code: 'FORBIDDEN' },
    { event: 'editText', role: 'reviewer', documentStatus: 'in_review', code: 'FORBIDDEN' },
    { event: 'reject', role: 'reviewer', documentStatus: 'in_review', code: 'REASON_REQUIRED' },
  ];
  it.each(gates)('gate $event by $role on $documentStatus → $code', ({ event, role, documentStatus, code }) => {
    const result = beadEventGate(event, { role, documentStatus });
    if (code === null) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, code });
  });

  it('explains refusals in words', () => {
    const result = beadTransition('excluded', 'approve', { role: 'reviewer', documentStatus: 'in_review' });
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      message: 'The bead is excluded; include it again before you approve it.',
    });
    expect(beadTransition('approved', 'approve', { role: 'reviewer', documentStatus: 'in_review' })).toMatchObject({
      message: 'The bead is already approved.',
    });
  });
});
