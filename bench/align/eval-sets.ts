// Loads the shared evaluation sets (read-only, outside the repo) into memory. Formats are described in
// ../shared/eval/**/README.md. Nothing here is copied into the repo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBeads, type ScoreBead } from './score-alignment';

export interface EvalDocument {
  name: string;
  source: string[];
  target: string[];
  gold: ScoreBead[];
  /** Paragraph index per segment, when the set has paragraph marks (the stress set). */
  sourceParagraphs?: number[];
  targetParagraphs?: number[];
  /** Substitution stress set: Korean / English indices of each substituted pair (must not be linked). */
  substitutions?: [number, number][];
  /** Sets with moved paragraphs: the true beads of the moved material (links that cross). */
  movedGold?: ScoreBead[];
}

export interface EvalSet {
  name: string;
  srcLang: string;
  tgtLang: string;
  documents: EvalDocument[];
}

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
// ../shared next to the main checkout; a worktree under /work/wt/<name> finds it two levels up
export const sharedRoot =
  [path.resolve(repoRoot, '../shared'), path.resolve(repoRoot, '../../shared')].find((dir) => existsSync(path.join(dir, 'eval'))) ??
  path.resolve(repoRoot, '../shared');

/** One sentence per line; a trailing newline does not make an extra empty segment. */
export function readLines(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function loadTripleDir(dir: string): EvalDocument[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold'))
    .map((f) => f.slice(0, -'.gold'.length))
    .sort();
  return names.map((name) => ({
    name,
    source: readLines(path.join(dir, `${name}.src`)),
    target: readLines(path.join(dir, `${name}.tgt`)),
    gold: parseBeads(readFileSync(path.join(dir, `${name}.gold`), 'utf8')),
  }));
}

export function loadNtrex(variant: 'clean' | 'omissions'): EvalSet {
  const dir = path.join(sharedRoot, 'eval/dev/ntrex-ko-en', variant);
  return { name: `NTREX ko-en dev ${variant}`, srcLang: 'ko', tgtLang: 'en', documents: loadTripleDir(dir) };
}

export function loadTextBergDev(): EvalSet {
  const dir = path.join(sharedRoot, 'eval/dev/text-berg-de-fr');
  return { name: 'Text+Berg de-fr dev', srcLang: 'de', tgtLang: 'fr', documents: loadTripleDir(dir) };
}

/** The 7 test documents, regenerated from the raw folder (de/NNN, fr/NNN, gold/NNN). */
export function loadTextBergTest(): EvalSet {
  const raw = path.join(sharedRoot, 'eval/raw/text+berg-de-fr');
  const names = readdirSync(path.join(raw, 'gold')).sort();
  const documents = names.map((name) => ({
    name,
    source: readLines(path.join(raw, 'de', name)),
    target: readLines(path.join(raw, 'fr', name)),
    gold: parseBeads(readFileSync(path.join(raw, 'gold', name), 'utf8')),
  }));
  return { name: 'Text+Berg de-fr test', srcLang: 'de', tgtLang: 'fr', documents };
}

/** Line-aligned Korean-English news pairs (not gold; used for scaling runs and as "approved pairs"). */
export function loadKpcPairs(split: 'dev' | 'test'): { ko: string[]; en: string[] } | null {
  const dir = path.join(sharedRoot, 'eval/raw/kpc-news-ko-en');
  const ko = path.join(dir, `korean-english-park.${split}.ko`);
  if (!existsSync(ko)) return null;
  return { ko: readLines(ko), en: readLines(path.join(dir, `korean-english-park.${split}.en`)) };
}

export function readBeadsDir(dir: string, names: string[], suffix = ''): ScoreBead[][] {
  return names.map((n) => parseBeads(readFileSync(path.join(dir, `${n}${suffix}`), 'utf8')));
}

/**
 * The newsroom ko-en dev set (fictional articles written for development, CC0): substitutions, condensing,
 * and two moved paragraphs. `moves: true` scores 02 and 05 against their `.gold-moves` (the true, crossing
 * alignment) instead of the monotonic gold.
 */
export function loadNewsroom(moves = false): EvalSet | null {
  const dir = path.join(sharedRoot, 'eval/dev/newsroom-ko-en');
  if (!existsSync(dir)) return null;
  const documents = loadTripleDir(dir).map((d) => {
    const movesFile = path.join(dir, `${d.name}.gold-moves`);
    return moves && existsSync(movesFile) ? { ...d, gold: parseBeads(readFileSync(movesFile, 'utf8')) } : d;
  });
  return { name: moves ? 'newsroom ko-en dev (vs gold-moves)' : 'newsroom ko-en dev', srcLang: 'ko', tgtLang: 'en', documents };
}
