import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, appOrigin, demo, signIn } from './fixtures';

// Issue 9, items 1, 2, 6 and 8: the web boundary as a browser (and an attacker's page) sees it.

const appHost = new URL(appOrigin).host;
const port = Number(new URL(appOrigin).port);

/** Every URL the page requests, to prove the password never travels in one. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Content-Security-Policy violations, from the browser's own event and its console. */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

test.describe('signing in never puts the password in a URL', () => {
  test('without JavaScript the form posts, signs in and lands on the page asked for', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const urls = recordUrls(page);
    const methods: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/signin' && request.method() !== 'GET') methods.push(request.method());
    });

    await page.goto('/signin?callbackUrl=%2Freview');
    await page.getByLabel('Email').fill(demo.reviewer);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByLabel('Password').press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
    await expect(page.getByLabel('Email')).toHaveValue(demo.reviewer);

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${appOrigin}/review`);
    await expect(page.getByText(demo.reviewer)).toBeVisible();

    expect(methods).toEqual(['POST', 'POST']);
    for (const url of urls) {
      expect(url).not.toContain(encodeURIComponent(DEMO_PASSWORD));
      expect(url).not.toContain(DEMO_PASSWORD);
      expect(url).not.toContain('not-the-password');
      expect(url).not.toMatch(/[?&]password=/);
    }
    await context.close();
  });

  test('with JavaScript the same form signs in without a URL carrying the password', async ({ page }) => {
    const urls = recordUrls(page);
    await signIn(page, demo.editor);
    await expect(page.getByText(demo.editor)).toBeVisible();
    expect(urls.filter((url) => url.includes(DEMO_PASSWORD) || /[?&]password=/.test(url))).toEqual([]);
  });
});

test.describe('no open redirect after sign-in', () => {
  const hostile = [
    '/\\evil.example',
    '/\t/evil.example',
    '//evil.example',
    '///evil.example',
    'https://evil.example',
    '/.//evil.example',
    'http://127.0.0.1@evil.example',
  ];

  test('a signed-in visitor sent to /signin with a hostile callbackUrl stays on this site', async ({ page }) => {
    const offsite: string[] = [];
    await page.route(
      (url) => url.hostname.endsWith('evil.example'),
      (route) => {
        offsite.push(route.request().url());
        return route.abort();
      },
    );
    await signIn(page, demo.editor);
    for (const value of hostile) {
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(value)}`);
      expect(new URL(page.url()).host, value).toBe(appHost);
    }
    expect(offsite).toEqual([]);
  });

  test('signing in through the form with a hostile callbackUrl lands on this site', async ({ browser }) => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const offsite: string[] = [];
      await page.route(
        (url) => url.hostname.endsWith('evil.example'),
        (route) => {
          offsite.push(route.request().url());
          return route.abort();
        },
      );
      await page.goto('/signin?callbackUrl=%2F%5Cevil.example');
      await page.getByLabel('Email').fill(demo.editor);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
      expect(new URL(page.url()).host).toBe(appHost);
      expect(offsite).toEqual([]);
      await context.close();
    }
  });

  test("next-auth's own endpoints keep the callback on this site", async ({ request }) => {
    for (const value of ['https://evil.example/x', '/\\evil.example', '//evil.example']) {
      const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(value)}`, { maxRedirects: 0 });
      const location = response.headers().location ?? '';
      expect(location, value).toContain('/signin?callbackUrl=');
      expect(decodeURIComponent(location), value).not.toContain('evil.example');
    }
  });
});

test.describe('cookie-signed API writes from another site are refused', () => {
  test("a forged cross-site POST gets 403, the app's own fetch gets through", async ({ page }) => {
    await signIn(page, demo.reviewer);
    const name = `Forged ${Date.now()}`;
    const forged = await page.request.post('/api/v1/projects', {
      headers: { Origin: `http://127.0.0.1:${port + 1}`, 'Content-Type': 'text/plain' },
      data: JSON.stringify({ name, sourceLang: 'ko', targetLang: 'en' }),
    });
    expect(forged.status()).toBe(403);
    expect(((await forged.json()) as { error: { message: string } }).error.message).toMatch(/must come from a Bitext Desk page/);
    const forgedJson = await page.request.post('/api/v1/projects', {
      headers: { Origin: 'http://evil.example' },
      data: { name, sourceLang: 'ko', targetLang: 'en' },
    });
    expect(forgedJson.status()).toBe(403);

    const own = await page.evaluate(async (projectName) => {
      const response = await fetch('/api/v1/projects', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: projectName, sourceLang: 'ko', targetLang: 'en' }),
      });
      return response.status;
    }, `Own ${name}`);
    expect(own).toBe(201);
    await page.goto('/projects');
    await expect(page.getByRole('link', { name: `Own ${name}` })).toBeVisible();
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  });
});

test.describe('security headers', () => {
  test('pages carry a nonce CSP that forbids framing, and still hydrate with no violations', async ({ page }) => {
    const violations = await recordCspViolations(page);
    const response = await page.goto('/signin');
    const headers = response!.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');

    // Hydrated: the JS form shows its pending state, and the client-side sign-out works.
    await page.getByLabel('Email').fill(demo.admin);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
    await page.getByRole('link', { name: /Newsroom demo/ }).click();
    await page.getByRole('link', { name: 'Central bank holds rate at 3.25 percent', exact: true }).click();
    await expect(page.getByText('Bank of Korea holds key rate at 3.25%').first()).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Bitext Desk' })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('a fresh nonce on every page load', async ({ request }) => {
    const nonce = async () => /'nonce-([^']+)'/.exec((await request.get('/signin')).headers()['content-security-policy'] ?? '')?.[1];
    const [first, second] = [await nonce(), await nonce()];
    expect(first).toBeTruthy();
    expect(first).not.toBe(second);
  });

  test('API answers say nosniff and may not be framed or run', async ({ request }) => {
    const response = await request.get('/api/v1/projects');
    expect(response.status()).toBe(401);
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
