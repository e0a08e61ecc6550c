import { checkGlossary } from './check-glossary';
import { checkNames, documentNames } from './check-names';
import { checkNegation } from './check-negation';
import { checkQuantities } from './check-quantities';
import { QA_CHECKS, type QaBead, type QaFinding, type QaOptions } from './types';

/**
 * Translation QA for every bead of a document, in order: what disagrees between the two sides. Beads with one
 * side empty (omissions, additions) have nothing to compare and get no findings. Names use the whole document:
 * a name spelled one way in one bead is expected to be spelled so in the others.
 */
export function checkDocument(beads: readonly QaBead[], options: QaOptions): QaFinding[][] {
  const enabled = new Set(options.checks ?? QA_CHECKS);
  const names = documentNames(enabled.has('name') ? beads : []);
  const { sourceLang, targetLang } = options;
  return beads.map((bead) => {
    if (bead.source.trim() === '' || bead.target.trim() === '') return [];
    const findings: QaFinding[] = [];
    if (enabled.has('number') || enabled.has('amount') || enabled.has('date')) {
      findings.push(...checkQuantities(bead.source, bead.target, sourceLang, targetLang).filter((f) => enabled.has(f.check)));
    }
    if (enabled.has('name')) findings.push(...checkNames(bead, names, sourceLang, targetLang));
    if (enabled.has('negation')) findings.push(...checkNegation(bead.source, bead.target, sourceLang, targetLang));
    if (enabled.has('glossary') && options.glossary) findings.push(...checkGlossary(bead.source, bead.target, options.glossary));
    return findings;
  });
}
