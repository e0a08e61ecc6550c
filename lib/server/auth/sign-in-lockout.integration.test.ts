import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as postToken } from '@/app/api/v1/tokens/route';
import { db } from '@/lib/server/db';
import { failure } from '@/lib/server/testing/failure';
import { TEST_PASSWORD, makeUser } from '@/lib/server/testing/factories';
import { verifyPassword } from './passwords';
import { FAILURE_WINDOW_HOURS, emailKey, pruneSignInThrottle } from './sign-in-throttle';
import { MAX_FAILED_SIGN_INS, verifyCredentials } from './verify-credentials';

// Issue 9, items 3 and 10: parallel guesses cannot exceed the budget, and unknown emails lock like known ones.

function countingVerify() {
  const counter = { evaluated: 0 };
  const verify = (hash: string, password: string) => {
    counter.evaluated += 1;
    return verifyPassword(hash, password);
  };
  return { counter, verify };
}

function tokenRequest(email: string, password: string): NextRequest {
  return new NextRequest('http://localhost/api/v1/tokens', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
    headers: { 'content-type': 'application/json' },
  });
}

async function codes(attempts: Promise<unknown>[]): Promise<string[]> {
  const settled = await Promise.allSettled(attempts);
  return settled.map((s) => (s.status === 'fulfilled' ? 'OK' : ((s.reason as { code?: string }).code ?? 'ERROR')));
}

describe('sign-in lockout under parallel guesses', () => {
  it(`evaluates at most ${MAX_FAILED_SIGN_INS} of 20 parallel guesses and then refuses the right password`, async () => {
    const user = await makeUser();
    const { counter, verify } = countingVerify();
    const results = await codes(Array.from({ length: 20 }, (_, i) => verifyCredentials(user.email, `wrong-guess-${i}`, { verify })));
    expect(counter.evaluated).toBe(MAX_FAILED_SIGN_INS);
    expect(results.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(MAX_FAILED_SIGN_INS - 1);
    expect(results.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20 - (MAX_FAILED_SIGN_INS - 1));
    const right = await failure(verifyCredentials(user.email, TEST_PASSWORD, { verify }));
    expect(right.code).toBe('RATE_LIMITED');
    expect(right.message).toMatch(/Try again in 1[45] minutes/);
    expect(counter.evaluated).toBe(MAX_FAILED_SIGN_INS);
  });

  it('lets the right password in only if it was among the evaluated guesses', async () => {
    const user = await makeUser();
    const { counter, verify } = countingVerify();
    const guesses = Array.from({ length: 20 }, (_, i) => (i === 10 ? TEST_PASSWORD : `wrong-guess-${i}`));
    const results = await codes(guesses.map((g) => verifyCredentials(user.email, g, { verify })));
    // A success resets the budget, so evaluations are at most the budget twice over (before and after it).
    expect(counter.evaluated).toBeLessThanOrEqual(2 * MAX_FAILED_SIGN_INS);
    const evaluatedRight = results[10] === 'OK';
    if (!evaluatedRight) expect(results[10]).toBe('RATE_LIMITED');
    expect(results.filter((c) => c === 'OK')).toHaveLength(evaluatedRight ? 1 : 0);
  });

  it('20 parallel POST /api/v1/tokens: no token, at most 4 answers of 401, the rest 429', async () => {
    const user = await makeUser();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postToken(tokenRequest(user.email, `wrong-guess-${i}`), { params: Promise.resolve({}) })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILED_SIGN_INS - 1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - (MAX_FAILED_SIGN_INS - 1));
    expect((await postToken(tokenRequest(user.email, TEST_PASSWORD), { params: Promise.resolve({}) })).status).toBe(429);
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it('a success gives the full budget back; an expired lock starts a fresh one', async () => {
    const user = await makeUser();
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i += 1)
      expect((await failure(verifyCredentials(user.email, 'bad-password'))).code).toBe('UNAUTHENTICATED');
    expect((await verifyCredentials(user.email, TEST_PASSWORD)).id).toBe(user.id);
    expect(await db.signInThrottle.count({ where: { emailHash: emailKey(user.email) } })).toBe(0);
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i += 1)
      expect((await failure(verifyCredentials(user.email, 'bad-password'))).code).toBe('UNAUTHENTICATED');
    expect((await failure(verifyCredentials(user.email, 'bad-password'))).code).toBe('RATE_LIMITED');
    await db.signInThrottle.update({ where: { emailHash: emailKey(user.email) }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await failure(verifyCredentials(user.email, 'bad-password'))).code).toBe('UNAUTHENTICATED');
    expect((await verifyCredentials(user.email, TEST_PASSWORD)).id).toBe(user.id);
  });
});

describe('old failures are forgotten', () => {
  const longAgo = () => new Date(Date.now() - (FAILURE_WINDOW_HOURS + 1) * 3600 * 1000);

  it(`failures older than ${FAILURE_WINDOW_HOURS} h do not count towards a lock`, async () => {
    const user = await makeUser();
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i += 1) await failure(verifyCredentials(user.email, 'bad-password'));
    await db.signInThrottle.update({ where: { emailHash: emailKey(user.email) }, data: { updatedAt: longAgo() } });
    expect((await failure(verifyCredentials(user.email, 'bad-password'))).code).toBe('UNAUTHENTICATED');
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { emailHash: emailKey(user.email) } });
    expect(row).toMatchObject({ attempts: 1, lockedUntil: null });
  });

  it('the prune deletes stale rows and keeps running locks and recent failures', async () => {
    const [stale, locked, recent] = ['stale', 'locked', 'recent'].map((k) => emailKey(`${k}-${Date.now()}@prune.example`));
    await db.signInThrottle.createMany({
      data: [
        { emailHash: stale, attempts: 3, updatedAt: longAgo() },
        { emailHash: locked, attempts: 5, updatedAt: longAgo(), lockedUntil: new Date(Date.now() + 600_000) },
        { emailHash: recent, attempts: 2 },
      ],
    });
    expect(await pruneSignInThrottle()).toBeGreaterThanOrEqual(1);
    const left = await db.signInThrottle.findMany({ where: { emailHash: { in: [stale, locked, recent] } }, select: { emailHash: true } });
    expect(left.map((r) => r.emailHash).sort()).toEqual([locked, recent].sort());
  });
});

describe('unknown emails answer like known ones', () => {
  it('the sequence of answers to six wrong passwords is the same for a known and an unknown email', async () => {
    const user = await makeUser();
    const unknown = `nobody-${Date.now()}@test.example`;
    const known: string[] = [];
    const missing: string[] = [];
    for (let i = 0; i < MAX_FAILED_SIGN_INS + 1; i += 1) {
      const a = await failure(verifyCredentials(user.email, 'bad-password'));
      const b = await failure(verifyCredentials(unknown, 'bad-password'));
      known.push(`${a.status} ${a.message}`);
      missing.push(`${b.status} ${b.message}`);
    }
    expect(missing).toEqual(known);
    expect(known.at(-1)).toMatch(/^429 /);
  });

  it('an unknown email is locked by 20 parallel guesses exactly as a known one, in upper case too', async () => {
    const { counter, verify } = countingVerify();
    const unknown = `Ghost-${Date.now()}@Test.Example`;
    const results = await codes(
      Array.from({ length: 20 }, (_, i) => verifyCredentials(i % 2 ? unknown : unknown.toLowerCase(), `guess-${i}`, { verify })),
    );
    expect(counter.evaluated).toBe(MAX_FAILED_SIGN_INS);
    expect(results.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20 - (MAX_FAILED_SIGN_INS - 1));
  });

  it('stores emails hashed, never in clear, and survives hostile input', async () => {
    const hostile = `x'); DROP TABLE "User"; --\u0000@example.com`;
    expect((await failure(verifyCredentials(hostile, 'p'))).code).toBe('UNAUTHENTICATED');
    const rows = await db.signInThrottle.findMany({ select: { emailHash: true } });
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.emailHash))).toBe(true);
    expect(await db.user.count()).toBeGreaterThan(0);
  });
});
