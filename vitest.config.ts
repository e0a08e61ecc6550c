import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
// lib/server modules `import 'server-only'` (decision 031). Next resolves it to an empty module on the server and
// refuses it in client components; tests run server code in plain Node, where the package's default export
// throws, so they get the package's own empty module (what its `react-server` condition resolves to).
const alias = { '@': root, 'server-only': `${root}node_modules/server-only/empty.js` };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts'],
          exclude: ['**/*.integration.test.ts', 'node_modules/**'],
          environment: 'node',
          // Timeouts only catch hangs, never slowness: a busy CI machine runs tests many times slower, and
          // bounded-work tests prove their bounds by counting (README, Testing).
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['lib/**/*.integration.test.ts', 'app/**/*.integration.test.ts'],
          environment: 'node',
          globalSetup: ['./lib/server/testing/global-setup.ts'],
          // URL import tests fetch from a local server; production refuses loopback addresses.
          env: { BITEXT_FETCH_ALLOW_HOSTS: '127.0.0.1' },
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
