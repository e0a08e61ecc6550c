import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium-launch';

// Real Chromium (e2e/chromium-launch.ts) against the production build and a real PostgreSQL.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  // Generous: these only decide how long a broken test takes to fail. On a busy 2-core machine (load 30 while
  // several suites run) a whole test took over a minute and one page 10 s to answer.
  timeout: 240_000,
  expect: { timeout: 45_000 },
  fullyParallel: false,
  workers: 2,
  // One retry in CI only: a test that needed it is reported as flaky in the summary (scripts/test.ts).
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: CHROMIUM_LAUNCH_OPTIONS,
      },
    },
  ],
  webServer: {
    command: 'npx tsx --conditions=react-server scripts/e2e-server.ts', // lib/server imports server-only (decision 031)
    url: `http://127.0.0.1:${port}/signin`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      PORT: String(port),
      BITEXT_DEMO: '1',
      NEXTAUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      BITEXT_FETCH_ALLOW_HOSTS: '127.0.0.1',
    },
  },
});
