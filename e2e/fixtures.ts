import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'bitext-demo-2026';
export const demo = {
  admin: 'admin@example.com',
  editor: 'editor@example.com',
  reviewer: 'reviewer@example.com',
} as const;

/**
 * Resolves once React has hydrated the page (app/_components/hydration-mark.tsx). A click or key press that
 * lands before hydration does nothing, which passed or failed by timing: wait for this after every full load.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
}

/** page.goto, then wait for hydration. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await hydrated(page);
}

/** page.reload, then wait for hydration. */
export async function reload(page: Page): Promise<void> {
  await page.reload();
  await hydrated(page);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await open(page, '/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
  await hydrated(page);
}

export async function apiToken(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post('/api/v1/tokens', { data: { email, password } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The port playwright.config.ts serves the app on. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);

/** The app's origin, as playwright.config.ts serves it. */
export const appOrigin = `http://127.0.0.1:${e2ePort}`;

/**
 * What a browser adds to a write from one of our pages. `page.request` carries the session cookie but, unlike
 * a page's fetch, no Origin, and the API refuses cookie-signed writes that do not prove same origin (CSRF rule,
 * decision 015).
 */
export const fromApp = { Origin: appOrigin } as const;

export async function demoProjectId(request: APIRequestContext, token: string): Promise<string> {
  const response = await request.get('/api/v1/projects', { headers: bearer(token) });
  const { projects } = (await response.json()) as { projects: { id: string; name: string }[] };
  const project = projects.find((p) => p.name.startsWith('Newsroom demo'));
  if (!project) throw new Error('demo project missing');
  return project.id;
}
