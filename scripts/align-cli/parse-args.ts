// Argument parsing for `npm run align`. Returns a typed request or a usage error; never exits itself.

export type OutputFormat = 'beads' | 'tsv' | 'json' | 'tmx';

export interface AlignCliRequest {
  sourceFile: string;
  targetFile: string;
  srcLang: string;
  tgtLang: string;
  presegmented: boolean;
  format: OutputFormat;
  glossaryFile: string | null;
  maxCells: number | null;
  /** Also link moved paragraphs (extra beads after the monotonic ones). */
  moves: boolean;
}

export class UsageError extends Error {
  readonly code = 'USAGE' as const;
}

export const USAGE = `usage: npm run --silent align -- SRC TGT --src-lang LANG --tgt-lang LANG [--presegmented]
       [--format beads|tsv|json|tmx] [--glossary FILE.tsv] [--max-cells N] [--moves]
  --presegmented  SRC and TGT hold one segment per line; default output is one bead per line, "[0, 1]:[0]"
  without it      SRC and TGT are raw text, paragraphs separated by blank lines; default output is tsv
  --format tmx    a TMX 1.4 file (one-sided beads left out), as the app exports it
  --glossary      tab-separated "source<TAB>target" terms added to the lexicon
  --moves         also link moved paragraphs: their one-sided beads are left out and the moved links
                  follow the monotonic beads, in the same syntax (each segment still appears once)`;

function validLanguage(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export function parseAlignArgs(argv: readonly string[]): AlignCliRequest {
  const files: string[] = [];
  const values: Record<string, string> = {};
  let presegmented = false;
  let moves = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--presegmented') presegmented = true;
    else if (arg === '--moves') moves = true;
    else if (['--src-lang', '--tgt-lang', '--format', '--glossary', '--max-cells'].includes(arg)) {
      const value = argv[k + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      values[arg] = value;
      k++;
    } else if (arg.startsWith('--') && arg.includes('=')) {
      const [name, value] = [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)];
      return parseAlignArgs([...argv.slice(0, k), name, value, ...argv.slice(k + 1)]);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 2) throw new UsageError(`expected 2 files, got ${files.length}`);
  const srcLang = values['--src-lang'];
  const tgtLang = values['--tgt-lang'];
  if (!srcLang || !tgtLang) throw new UsageError('--src-lang and --tgt-lang are required');
  for (const tag of [srcLang, tgtLang]) if (!validLanguage(tag)) throw new UsageError(`not a language tag: ${tag}`);
  const format = (values['--format'] ?? (presegmented ? 'beads' : 'tsv')) as OutputFormat;
  if (!['beads', 'tsv', 'json', 'tmx'].includes(format)) throw new UsageError(`unknown format ${values['--format']}`);
  let maxCells: number | null = null;
  if (values['--max-cells'] !== undefined) {
    maxCells = Number(values['--max-cells']);
    if (!Number.isInteger(maxCells) || maxCells <= 0) throw new UsageError('--max-cells must be a positive integer');
  }
  return {
    sourceFile: files[0],
    targetFile: files[1],
    srcLang,
    tgtLang,
    presegmented,
    format,
    glossaryFile: values['--glossary'] ?? null,
    maxCells,
    moves,
  };
}
