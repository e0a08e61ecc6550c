// `npm run import -- --project ID PATH…` (see scripts/import-cli/run-import-cli.ts and the README).
import { runImportCli } from './import-cli/run-import-cli';

runImportCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(70);
  },
);
