import { wordSpans } from './tokenize';

// The word tokens of wordTokens() (tokenize.ts, the same scanner), interned per document side: every
// occurrence of a word is the same string. Feature extraction looks every word up in per-word caches
// (segment-features.ts, lexicon-matcher.ts); with interned words those lookups hash each distinct word once,
// and a word already seen allocates nothing. On a long document this took a fifth of the feature extraction
// (decision 036, addendum).

/** Distinct words kept; past this, new words are returned uninterned (memory stays bounded on hostile input). */
const MAX_WORDS = 200_000;

export class WordInterner {
  /** Open addressing: word index + 1 per slot, 0 for empty. */
  private slots = new Int32Array(4096);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** Word bounds of the text being read (reused). */
  private readonly spans: number[] = [];

  /**
   * The tokens wordTokens(text) gives, each the interned string of its word. `ids`, when given, receives each token's word index
   * (-1 for a word past MAX_WORDS), for per-word arrays instead of maps keyed by the string.
   */
  tokens(text: string, ids: number[] | null = null): string[] {
    const out: string[] = [];
    if (ids) ids.length = 0;
    wordSpans(text, this.spans);
    for (let x = 0; x < this.spans.length; x += 2) {
      const id = this.intern(text, this.spans[x], this.spans[x + 1]);
      out.push(id >= 0 ? this.words[id] : text.slice(this.spans[x], this.spans[x + 1]));
      ids?.push(id);
    }
    return out;
  }

  /** The word's index (its string is words[index]), or -1 when the table is full and the word is new. */
  private intern(text: string, start: number, end: number): number {
    let hash = 0;
    for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
      const word = this.words[entry - 1];
      if (this.hashes[entry - 1] === hash && sameWord(word, text, start, end)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    if (this.words.length >= MAX_WORDS) return -1;
    this.words.push(text.slice(start, end));
    this.hashes.push(hash);
    this.slots[slot] = this.words.length;
    if (2 * this.words.length > this.slots.length) this.grow();
    return this.words.length - 1;
  }

  private grow(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let x = 0; x < this.words.length; x++) {
      let slot = this.hashes[x] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = x + 1;
    }
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
