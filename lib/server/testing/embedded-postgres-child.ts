import { startEmbeddedPostgres } from '../embedded-postgres';

// Test helper run as a child process: starts the embedded PostgreSQL in argv[2] on port argv[3], says
// "ready" and waits to be killed (embedded-postgres.integration.test.ts kills it with SIGKILL).
const [dataDir, port] = process.argv.slice(2);
startEmbeddedPostgres({ dataDir: dataDir ?? '', port: Number(port), database: 'orphan' })
  .then(() => {
    process.stdout.write('ready\n');
    setInterval(() => undefined, 60_000);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
