import { failure } from '@/lib/server/testing/failure';
import { describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken, userForApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { TEST_PASSWORD, makeUser } from '@/lib/server/testing/factories';
import { setUserActive } from '@/lib/server/users/manage-users';
import { emailKey } from './sign-in-throttle';
import { MAX_FAILED_SIGN_INS, verifyCredentials } from './verify-credentials';

describe('sign-in checks', () => {
  it('accepts the right password, case-insensitively on the email', async () => {
    const user = await makeUser();
    expect((await verifyCredentials(user.email.toUpperCase(), TEST_PASSWORD)).id).toBe(user.id);
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const user = await makeUser();
    const wrong = await failure(verifyCredentials(user.email, 'nope-nope-nope'));
    const unknown = await failure(verifyCredentials('nobody@test.example', 'nope-nope-nope'));
    expect(wrong.code).toBe('UNAUTHENTICATED');
    expect(unknown.message).toBe(wrong.message);
  });

  it(`locks the account after ${MAX_FAILED_SIGN_INS} failures, even for the right password`, async () => {
    const user = await makeUser();
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i += 1)
      expect((await failure(verifyCredentials(user.email, 'bad-password'))).code).toBe('UNAUTHENTICATED');
    expect((await failure(verifyCredentials(user.email, 'bad-password'))).code).toBe('RATE_LIMITED');
    expect((await failure(verifyCredentials(user.email, TEST_PASSWORD))).message).toMatch(/Try again in \d+ minutes?/);
    await db.signInThrottle.update({ where: { emailHash: emailKey(user.email) }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await verifyCredentials(user.email, TEST_PASSWORD)).id).toBe(user.id);
  });

  it('refuses deactivated accounts and their tokens', async () => {
    const admin = await makeUser({ isAdmin: true });
    const user = await makeUser();
    const { token } = await createApiToken(user.id);
    expect((await userForApiToken(token))?.id).toBe(user.id);
    await setUserActive(admin, { userId: user.id, active: false });
    expect((await failure(verifyCredentials(user.email, TEST_PASSWORD))).code).toBe('UNAUTHENTICATED');
    expect(await userForApiToken(token)).toBeNull();
  });

  it('stores tokens hashed and honours revocation', async () => {
    const user = await makeUser();
    const { id, token } = await createApiToken(user.id);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).not.toContain(token);
    expect(await revokeApiToken(user.id, id)).toBe(true);
    expect(await userForApiToken(token)).toBeNull();
  });
});
