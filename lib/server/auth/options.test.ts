import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// lib/env reads the environment once, at import; each case loads a fresh copy of the auth options.
async function authOptionsWith(nextAuthUrl: string) {
  vi.stubEnv('NEXTAUTH_URL', nextAuthUrl);
  vi.resetModules();
  return (await import('./options')).authOptions;
}

// The first load compiles next-auth and the server modules; do it once, outside any single test's time limit.
beforeAll(async () => {
  await import('./options');
}, 120_000);

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('session cookies', { timeout: 60_000 }, () => {
  it('are Secure (and __Secure- prefixed by next-auth) when the app is served over https', async () => {
    expect((await authOptionsWith('https://desk.example.org')).useSecureCookies).toBe(true);
  });

  it('stay usable over plain http on a developer machine', async () => {
    expect((await authOptionsWith('http://127.0.0.1:3000')).useSecureCookies).toBe(false);
  });
});

describe("next-auth's redirect callback", { timeout: 60_000 }, () => {
  it.each(['/\\evil.example', '//evil.example', 'https://evil.example/x', '\t/\t/evil.example'])('keeps %j on this origin', async (url) => {
    const options = await authOptionsWith('http://127.0.0.1:3000');
    const target = await options.callbacks!.redirect!({ url, baseUrl: 'http://127.0.0.1:3000' });
    expect(target).toBe('http://127.0.0.1:3000/');
  });

  it('keeps a same-origin path with its query', async () => {
    const options = await authOptionsWith('http://127.0.0.1:3000');
    expect(await options.callbacks!.redirect!({ url: '/review?x=1', baseUrl: 'http://127.0.0.1:3000' })).toBe(
      'http://127.0.0.1:3000/review?x=1',
    );
  });
});
