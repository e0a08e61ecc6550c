import fs from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

// How every Chromium of ours starts: the e2e specs (playwright.config.ts), the editor benches and the screenshots.
// Debian's /usr/bin/chromium when present (this machine cannot download Playwright's own browser), otherwise
// Playwright's. The flags keep a headless browser on a busy 2-core box from doing anything the page did not ask for.

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = fs.existsSync(DEBIAN_CHROMIUM)
  ? {
      executablePath: DEBIAN_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    }
  : {};
