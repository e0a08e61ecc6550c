import type { QaFinding, QaGlossaryEntry } from './types';

// The project's glossary: a Korean term whose approved English term the translation does not use.

function foldEnglish(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
}

/** "base rate" is used by "base rates" and "Base Rate's" too: a plural or possessive ending is allowed. */
function usesTerm(target: string, term: string): boolean {
  const escaped = foldEnglish(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:s|es|'s)?(?![\\p{L}\\p{N}])`, 'u').test(foldEnglish(target));
}

export function checkGlossary(source: string, target: string, glossary: readonly QaGlossaryEntry[]): QaFinding[] {
  const findings: QaFinding[] = [];
  for (const entry of glossary) {
    const term = entry.source.normalize('NFKC');
    if (term.trim() === '' || entry.target.trim() === '') continue;
    const at = source.indexOf(term);
    if (at < 0 || usesTerm(target, entry.target)) continue;
    findings.push({
      check: 'glossary',
      message: `Glossary: "${entry.source}" is "${entry.target}", which the translation does not use.`,
      code: 'glossary',
      params: { source: `"${entry.source}"`, target: `"${entry.target}"` },
      source: [{ start: at, end: at + term.length }],
      target: [],
    });
  }
  return findings;
}
