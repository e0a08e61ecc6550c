import { loadActiveUser } from '@/lib/server/auth/load-user';
import { CHUNK_UNITS, importTmx } from '@/lib/server/import/import-tmx';
import { tmxChunks } from '@/lib/formats/testing/generated-tmx';

// A child process for import-tmx-visibility.integration.test.ts: `node --conditions=react-server --import tsx
// <this file> <userId> <projectId>`. It imports a generated TMX and, once the first chunk has committed (the
// document is `importing`), prints a line and stops there, so the test can kill -9 it halfway.

async function main(): Promise<void> {
  const [userId, projectId] = process.argv.slice(2);
  const actor = await loadActiveUser(userId ?? '');
  if (!actor || !projectId) throw new Error('usage: kill-inside-tmx-import <userId> <projectId>');
  await importTmx(actor, {
    projectId,
    body: tmxChunks(4 * CHUNK_UNITS),
    fileName: 'killed.tmx',
    onProgress: async ({ imported }) => {
      process.stdout.write(`${JSON.stringify({ imported })}\n`);
      await new Promise(() => setInterval(() => undefined, 60_000)); // until killed
    },
  });
  throw new Error('the import finished; it should have been killed first');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
