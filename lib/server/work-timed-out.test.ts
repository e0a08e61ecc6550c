import { describe, expect, it } from 'vitest';
import { toAppError } from './errors';
import { isWorkTimedOut } from './work-timed-out';

// A rolled-back, timed-out transaction is a 503 that says nothing was saved, never a 500 (issue 9 item 4: the
// worst TMX on a busy machine ran past its transaction limit and the client got a 500).
describe('work that timed out', () => {
  const cases: [string, unknown, boolean][] = [
    [
      'Prisma interactive transaction expired (P2028)',
      Object.assign(new Error('Transaction already closed: A commit cannot be executed on an expired transaction.'), { code: 'P2028' }),
      true,
    ],
    [
      'statement cancelled by PostgreSQL (57014)',
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
      true,
    ],
    ['57014 through the pg driver adapter', { code: 'P2010', meta: { driverAdapterError: { cause: { originalCode: '57014' } } } }, true],
    ['nested as a cause', new Error('import failed', { cause: Object.assign(new Error('expired'), { code: 'P2028' }) }), true],
    ['a unique violation is not a timeout', Object.assign(new Error('duplicate'), { code: 'P2002' }), false],
    ['a plain error', new Error('P2028 mentioned in text only'), false],
    ['not an object', 'P2028', false],
  ];
  it.each(cases)('%s', (_name, error, expected) => {
    expect(isWorkTimedOut(error)).toBe(expected);
  });

  it('maps to 503 SERVER_BUSY with a message that says nothing was saved', () => {
    const known = toAppError(Object.assign(new Error('Transaction already closed'), { code: 'P2028' }));
    expect(known?.code).toBe('SERVER_BUSY');
    expect(known?.status).toBe(503);
    expect(known?.message).toMatch(/nothing was saved/);
  });
});
