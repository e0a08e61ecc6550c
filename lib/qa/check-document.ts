import { checkGlossary } from './check-glossary';
import { checkDocumentNames, checkKoreanNames, documentNamesOf, nameTokens, type NameTokens } from './check-names';
import { checkNegation } from './check-negation';
import { checkQuantities } from './check-quantities';
import { QA_CHECKS, type QaBead, type QaFinding, type QaOptions } from './types';

/** What QA works out from one bead's two texts alone: the same texts always give the same work. */
interface BeadWork {
  /** Findings that need nothing but the bead (numbers, amounts, dates, titled Korean names, negation, glossary). */
  local: QaFinding[];
  /** Its words that can be names (every bead's count for the document's names), when the name check runs. */
  tokens: NameTokens | null;
  /** Whether the document rule for names applies: both sides present and the titled-name rule found nothing. */
  documentRule: boolean;
}

/**
 * Per-bead work kept between runs (decision 041): an editor re-checks its document after every change, and only
 * the beads whose text changed cost anything. One cache belongs to one set of options (checks, languages,
 * glossary); make a new one when they change. Entries of texts no longer in the document are dropped each run.
 */
export interface QaCache {
  options: QaOptions;
  beads: Map<string, BeadWork>;
}

export function createQaCache(options: QaOptions): QaCache {
  return { options, beads: new Map() };
}

function beadWork(bead: QaBead, enabled: ReadonlySet<string>, options: QaOptions): BeadWork {
  const tokens = enabled.has('name') ? nameTokens(bead) : null;
  if (bead.source.trim() === '' || bead.target.trim() === '') return { local: [], tokens, documentRule: false };
  const { sourceLang, targetLang } = options;
  const local: QaFinding[] = [];
  if (enabled.has('number') || enabled.has('amount') || enabled.has('date')) {
    local.push(...checkQuantities(bead.source, bead.target, sourceLang, targetLang).filter((f) => enabled.has(f.check)));
  }
  const titled = enabled.has('name') ? checkKoreanNames(bead, sourceLang, targetLang) : [];
  local.push(...titled);
  if (enabled.has('negation')) local.push(...checkNegation(bead.source, bead.target, sourceLang, targetLang));
  if (enabled.has('glossary') && options.glossary) local.push(...checkGlossary(bead.source, bead.target, options.glossary));
  return { local, tokens, documentRule: enabled.has('name') && titled.length === 0 };
}

/**
 * Translation QA for every bead of a document, in order: what disagrees between the two sides. Beads with one
 * side empty (omissions, additions) have nothing to compare and get no findings. Names use the whole document:
 * a name spelled one way in one bead is expected to be spelled so in the others. With a `cache`, beads whose
 * texts it has seen cost a map lookup; only the document-wide name pass runs again.
 */
export function checkDocument(beads: readonly QaBead[], options: QaOptions, cache?: QaCache): QaFinding[][] {
  const enabled = new Set(options.checks ?? QA_CHECKS);
  const seen = new Map<string, BeadWork>();
  const works = beads.map((bead) => {
    const key = `${bead.source}\u0000${bead.target}`;
    const work = seen.get(key) ?? cache?.beads.get(key) ?? beadWork(bead, enabled, options);
    seen.set(key, work);
    return work;
  });
  if (cache) cache.beads = seen;
  const { sourceLang, targetLang } = options;
  const names = enabled.has('name') ? documentNamesOf(works.map((w) => w.tokens ?? { korean: [], latin: [] })) : null;
  return beads.map((bead, i) => {
    const { local, tokens, documentRule } = works[i];
    if (!names || !tokens || !documentRule) return local;
    return insertNameFindings(local, checkDocumentNames(bead, tokens, names, sourceLang, targetLang));
  });
}

/** Findings keep the order the checks run in: quantities, names, negation, glossary. */
function insertNameFindings(local: QaFinding[], names: QaFinding[]): QaFinding[] {
  if (names.length === 0) return local;
  const at = local.findIndex((f) => f.check === 'negation' || f.check === 'glossary');
  return at === -1 ? [...local, ...names] : [...local.slice(0, at), ...names, ...local.slice(at)];
}
