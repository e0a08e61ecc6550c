// `npm run --silent align -- SRC TGT --src-lang ko --tgt-lang en --presegmented`
// See scripts/align-cli/parse-args.ts for the options and docs/alignment.md for the output contract.
import { nodeIo, runAlignCli } from './align-cli/run-align-cli';

runAlignCli(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`align: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
