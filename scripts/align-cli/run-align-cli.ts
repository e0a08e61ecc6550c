// The align command as a function over injected I/O, so tests can run it without a process.
// Exit codes: 0 ok, 1 unreadable or invalid input, 2 usage error, 3 input too large for the budget.
import { readFileSync } from 'node:fs';
import { AlignmentTooLargeError, alignSegments, alignWithMoves, buildLexicon, type EngineBead } from '../../lib/align-engine';
import { segmentText } from '../../lib/segment';
import { formatBeads, formatJson, formatTsv, type FormattedSegment } from './format-output';
import { formatTmx } from './format-tmx';
import { parseAlignArgs, USAGE, UsageError } from './parse-args';

export interface CliIo {
  readFile: (path: string) => Uint8Array;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

class InputError extends Error {}

function readText(io: CliIo, path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (bytes.includes(0)) throw new InputError(`${path} is not a text file (it contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${path} is not valid UTF-8`);
  }
}

/** One segment per line; a final newline does not add an empty segment; empty lines are segments. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function readGlossary(io: CliIo, path: string): { source: string; target: string }[] {
  return splitLines(readText(io, path))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, k) => {
      const [source, target] = line.split('\t');
      if (!source?.trim() || !target?.trim()) throw new InputError(`${path}:${k + 1}: expected "source<TAB>target"`);
      return { source, target };
    });
}

/**
 * `--moves`: the one-sided beads a move covers are left out, and the moved links follow the monotonic
 * beads, so every segment still appears exactly once (as in a gold file with moves).
 */
export function withMoves(beads: EngineBead[], moves: EngineBead[]): EngineBead[] {
  const movedS = new Set(moves.flatMap((m) => m.source));
  const movedT = new Set(moves.flatMap((m) => m.target));
  const kept = beads.filter(
    (b) =>
      !(b.target.length === 0 && b.source.every((i) => movedS.has(i))) && !(b.source.length === 0 && b.target.every((j) => movedT.has(j))),
  );
  return [...kept, ...moves];
}

export async function runAlignCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const req = parseAlignArgs(argv);
    const srcText = readText(io, req.sourceFile);
    const tgtText = readText(io, req.targetFile);
    const glossary = req.glossaryFile ? readGlossary(io, req.glossaryFile) : [];
    const toSegments = (text: string, lang: string): FormattedSegment[] =>
      req.presegmented ? splitLines(text).map((line) => ({ paragraph: 0, text: line })) : segmentText(text, lang);
    const source = toSegments(srcText, req.srcLang);
    const target = toSegments(tgtText, req.tgtLang);
    const lexicon = buildLexicon({ srcLang: req.srcLang, tgtLang: req.tgtLang, glossary });
    const input = (segs: FormattedSegment[]) => segs.map((s) => (req.presegmented ? { text: s.text } : s));
    const options = { srcLang: req.srcLang, tgtLang: req.tgtLang, lexicon, ...(req.maxCells ? { maxCells: req.maxCells } : {}) };
    const moved = req.moves ? alignWithMoves(input(source), input(target), options) : null;
    const beads = moved ? withMoves(moved.beads, moved.moves) : alignSegments(input(source), input(target), options);
    if (req.format === 'beads') io.stdout(formatBeads(beads));
    else if (req.format === 'tsv') io.stdout(formatTsv(beads, source, target));
    else if (req.format === 'json') io.stdout(formatJson(beads, source, target, { srcLang: req.srcLang, tgtLang: req.tgtLang }));
    else for await (const chunk of formatTmx(beads, source, target, { srcLang: req.srcLang, tgtLang: req.tgtLang })) io.stdout(chunk);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`align: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`align: ${e.message}\n`);
      return 1;
    }
    if (e instanceof AlignmentTooLargeError) {
      io.stderr(`align: ${e.message}\n`);
      return 3;
    }
    throw e;
  }
}
