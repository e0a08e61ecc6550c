// The word tokens of wordTokens() (tokenize.ts), read without the regex and interned per document side:
// every occurrence of a word is the same string. Feature extraction looks every word up in per-word caches
// (segment-features.ts, lexicon-matcher.ts); with interned words those lookups hash each distinct word once,
// and a word already seen allocates nothing. On a long document this took a fifth of the feature extraction
// (decision 036, addendum).

/** Distinct words kept; past this, new words are returned uninterned (memory stays bounded on hostile input). */
const MAX_WORDS = 200_000;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
/** Per UTF-16 code unit: 0 not yet classified, 1 a word character (letter, mark or number), 2 not. */
const unitClass = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xac00 && c <= 0xd7a3) return true; // Hangul syllables
  let kind = unitClass[c];
  // the regex itself decides, once per code unit (a lone surrogate is no letter)
  if (kind === 0) unitClass[c] = kind = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/** Code units of the word character (as the `u` regex reads code points) at `k`: 1, 2 (a surrogate pair) or 0 (none). */
function wordCharAt(text: string, k: number): number {
  if (k >= text.length) return 0;
  const c = text.charCodeAt(k);
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
    const low = text.charCodeAt(k + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(k, k + 2)) ? 2 : 0;
  }
  return isWordUnit(c) ? 1 : 0;
}

/** ' ’ . - join two runs of word characters into one word (don't, U.S., Jae-in). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
}

export class WordInterner {
  /** Open addressing: word index + 1 per slot, 0 for empty. */
  private slots = new Int32Array(4096);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];

  /**
   * The tokens wordTokens(text) gives (`[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*`, leftmost and
   * longest), each the interned string of its word. `ids`, when given, receives each token's word index
   * (-1 for a word past MAX_WORDS), for per-word arrays instead of maps keyed by the string.
   */
  tokens(text: string, ids: number[] | null = null): string[] {
    const out: string[] = [];
    if (ids) ids.length = 0;
    let k = 0;
    while (k < text.length) {
      let w = wordCharAt(text, k);
      if (w === 0) {
        k++;
        continue;
      }
      const start = k;
      k += w;
      for (;;) {
        while ((w = wordCharAt(text, k)) > 0) k += w;
        if (isJoiner(text.charCodeAt(k)) && (w = wordCharAt(text, k + 1)) > 0) k += 1 + w;
        else break;
      }
      const id = this.intern(text, start, k);
      out.push(id >= 0 ? this.words[id] : text.slice(start, k));
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
