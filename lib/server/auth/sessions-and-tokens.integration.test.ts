import { decode, encode, type JWT } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as listProjects } from '@/app/api/v1/projects/route';
import { GET as getTokens, POST as postToken } from '@/app/api/v1/tokens/route';
import { db } from '@/lib/server/db';
import { TEST_PASSWORD, makeUser } from '@/lib/server/testing/factories';
import { resetPassword, setUserActive } from '@/lib/server/users/manage-users';
import { signOutEverywhere } from './end-sessions';
import { createApiToken, LAST_USED_RESOLUTION_MS, listApiTokens, userForApiToken } from './api-tokens';
import { userForSessionClaims } from './load-user';
import { authOptions } from './options';
import { verifyCredentials } from './verify-credentials';

// Issue 9, item 7: a password reset, a deactivation and a sign-out end sessions and tokens.

// Tests run without NEXTAUTH_SECRET; the cookies here are sealed and opened with one test secret.
const secret = authOptions.secret ?? 'integration-test-secret-0123456789abcdefghijklmnop';

/** What the sign-in form does: check the password, run the jwt callback, seal the cookie. */
async function signInCookie(email: string): Promise<string> {
  const user = await verifyCredentials(email, TEST_PASSWORD);
  const jwt = authOptions.callbacks!.jwt as (p: { token: JWT; user: unknown }) => Promise<JWT> | JWT;
  const token = await jwt({ token: { sub: user.id, email: user.email, name: user.name }, user });
  return encode({ token, secret });
}

/** What getSession() does with a cookie: open it, run the session callback, check the user in the database. */
async function sessionFor(cookie: string) {
  // next-auth treats a cookie it cannot open (another secret, tampered) as no session.
  const token = await decode({ token: cookie, secret }).catch(() => null);
  if (!token) return null;
  const session = authOptions.callbacks!.session as (p: {
    session: { user: object; expires: string };
    token: JWT;
  }) => Promise<unknown> | unknown;
  const claims = (await session({ session: { user: {}, expires: new Date(Date.now() + 3600_000).toISOString() }, token })) as {
    uid?: unknown;
    sv?: unknown;
  };
  return userForSessionClaims(claims);
}

async function signOut(cookie: string): Promise<void> {
  const token = await decode({ token: cookie, secret });
  const events = authOptions.events as { signOut: (m: { token: JWT | null }) => Promise<void> };
  await events.signOut({ token });
}

const bearerGet = (token: string) =>
  listProjects(new NextRequest('http://localhost/api/v1/projects', { headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve({}),
  });

describe('sessions end with a password reset, a deactivation and a sign-out', () => {
  it('after an admin resets the password, the old session and the old token answer 401', async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await makeUser();
    const cookie = await signInCookie(user.email);
    const { token } = await createApiToken(user.id, { name: 'laptop' });
    expect((await sessionFor(cookie))?.id).toBe(user.id);
    expect((await bearerGet(token)).status).toBe(200);

    await resetPassword(admin, { userId: user.id, password: 'a-brand-new-password' });
    expect(await sessionFor(cookie)).toBeNull();
    expect((await bearerGet(token)).status).toBe(401);
    expect(await listApiTokens(user.id)).toEqual([]);
    // The new password works and gives a new session.
    const fresh = await signInCookie(user.email).catch(() => null);
    expect(fresh).toBeNull();
    expect((await verifyCredentials(user.email, 'a-brand-new-password')).id).toBe(user.id);
  });

  it('a signed-out session cookie replayed is refused; a session started later is not affected', async () => {
    const user = await makeUser();
    const cookie = await signInCookie(user.email);
    expect((await sessionFor(cookie))?.id).toBe(user.id);
    await signOut(cookie);
    expect(await sessionFor(cookie)).toBeNull();

    const later = await signInCookie(user.email);
    await signOut(cookie); // replaying the old cookie to the sign-out endpoint does not end the new session
    expect((await sessionFor(later))?.id).toBe(user.id);
  });

  it("sign-out ends that browser's session; sign out everywhere ends them all", async () => {
    const user = await makeUser();
    const laptop = await signInCookie(user.email);
    const phone = await signInCookie(user.email);
    await signOut(laptop);
    expect(await sessionFor(laptop)).toBeNull();
    expect((await sessionFor(phone))?.id).toBe(user.id);
    await signOutEverywhere(user.id);
    expect(await sessionFor(phone)).toBeNull();
    expect((await sessionFor(await signInCookie(user.email)))?.id).toBe(user.id);
  });

  it('forgets ended sessions once their cookies would have expired anyway', async () => {
    const user = await makeUser();
    const cookie = await signInCookie(user.email);
    await db.endedSession.create({ data: { sid: `stale-${user.id}`, expiresAt: new Date(Date.now() - 1000) } });
    await signOut(cookie);
    expect(await db.endedSession.count({ where: { sid: `stale-${user.id}` } })).toBe(0);
    const ended = await db.endedSession.findMany({ where: { expiresAt: { gt: new Date() } } });
    expect(ended.length).toBeGreaterThan(0);
  });

  it('deactivation ends sessions for good, also after reactivation', async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await makeUser();
    const cookie = await signInCookie(user.email);
    await setUserActive(admin, { userId: user.id, active: false });
    await setUserActive(admin, { userId: user.id, active: true });
    expect(await sessionFor(cookie)).toBeNull();
  });

  it('refuses cookies without a session version (issued before versions existed) and forged claims', async () => {
    const user = await makeUser();
    expect((await sessionFor(await encode({ token: { uid: user.id, sv: 0, sid: 'a-session' }, secret })))?.id).toBe(user.id);
    expect(await sessionFor(await encode({ token: { uid: user.id }, secret }))).toBeNull();
    expect(await sessionFor(await encode({ token: { uid: user.id, sv: 0 }, secret }))).toBeNull();
    expect(await sessionFor(await encode({ token: { uid: user.id, sv: '0', sid: 'a-session' }, secret }))).toBeNull();
    expect(
      await sessionFor(
        await encode({ token: { uid: user.id, sv: 0, sid: 'a-session' }, secret: 'another-secret-0123456789abcdef0123456789' }),
      ),
    ).toBeNull();
  });
});

describe('API tokens: names, expiry, last use', () => {
  it('an expired token is refused', async () => {
    const user = await makeUser();
    const { id, token } = await createApiToken(user.id, { name: 'short', expiresInDays: 1 });
    expect((await bearerGet(token)).status).toBe(200);
    await db.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await bearerGet(token)).status).toBe(401);
    expect(await userForApiToken(token)).toBeNull();
  });

  it(`records the last use at most once per ${LAST_USED_RESOLUTION_MS / 1000} s`, async () => {
    const user = await makeUser();
    const { id, token } = await createApiToken(user.id);
    await Promise.all(Array.from({ length: 5 }, () => userForApiToken(token)));
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!;
    expect(first).toBeInstanceOf(Date);
    const recent = new Date(Date.now() - LAST_USED_RESOLUTION_MS / 2);
    await db.apiToken.update({ where: { id }, data: { lastUsedAt: recent } });
    await userForApiToken(token);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(recent);
    const old = new Date(Date.now() - 2 * LAST_USED_RESOLUTION_MS);
    await db.apiToken.update({ where: { id }, data: { lastUsedAt: old } });
    await userForApiToken(token);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!.getTime()).toBeGreaterThan(old.getTime());
  });

  it('POST /api/v1/tokens takes a name and an expiry and refuses bad ones with 400', async () => {
    const user = await makeUser();
    const post = (body: unknown) =>
      postToken(new NextRequest('http://localhost/api/v1/tokens', { method: 'POST', body: JSON.stringify(body) }), {
        params: Promise.resolve({}),
      });
    const created = await post({ email: user.email, password: TEST_PASSWORD, name: 'nightly export', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { name: string; expiresAt: string; token: string };
    expect(body.name).toBe('nightly export');
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    for (const bad of [
      { name: 'x'.repeat(101) },
      { name: 'evil\u0000name' },
      { name: 'line\nbreak' },
      { expiresInDays: 0 },
      { expiresInDays: 1.5 },
      { expiresInDays: 100_000 },
      { expiresInDays: '30' },
    ]) {
      const response = await post({ email: user.email, password: TEST_PASSWORD, ...bad });
      expect(response.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await listApiTokens(user.id)).map((t) => t.name)).toEqual(['nightly export']);
    await expect(createApiToken(user.id, { name: '   ' })).rejects.toThrow(/Give the token a name/);
  });

  it("GET /api/v1/tokens lists the caller's live tokens with their fields, never a hash or another user's", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const { token } = await createApiToken(user.id, { name: 'ci', expiresInDays: 7 });
    const { id: revoked } = await createApiToken(user.id, { name: 'old' });
    await db.apiToken.update({ where: { id: revoked }, data: { revokedAt: new Date() } });
    await createApiToken(other.id, { name: 'not yours' });
    const response = await getTokens(new NextRequest('http://localhost/api/v1/tokens', { headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    const { tokens } = (await response.json()) as { tokens: Record<string, unknown>[] };
    expect(tokens.map((t) => t.name)).toEqual(['ci']);
    expect(Object.keys(tokens[0]).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'prefix']);
    expect(JSON.stringify(tokens)).not.toContain(token);
  });
});
