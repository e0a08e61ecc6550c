import 'server-only';

// Hangul syllable pairs for concordance (decisions 049 and 054): every two adjacent Hangul syllables of a text as
// one integer, (a - 0xAC00) * 11172 + (b - 0xAC00), sorted, each once. `Segment."hangulPairs"` holds them, under
// a GIN index, so a two-syllable query (정부) is found anywhere in a word (행정부). The bulk import computes them
// here; every other writer gets them from the database's `hangul_pair_codes(text)` through a trigger, and a test
// holds the two equal.

const FIRST_SYLLABLE = 0xac00;
const SYLLABLES = 11172;

export function hangulPairCodes(text: string): number[] {
  const codes: number[] = [];
  let previous = -1;
  for (let i = 0; i < text.length; i += 1) {
    const syllable = text.charCodeAt(i) - FIRST_SYLLABLE;
    if (syllable >= 0 && syllable < SYLLABLES) {
      if (previous >= 0) codes.push(previous * SYLLABLES + syllable);
      previous = syllable;
    } else previous = -1;
  }
  if (codes.length < 2) return codes;
  codes.sort((a, b) => a - b);
  let kept = 1;
  for (let i = 1; i < codes.length; i += 1) if (codes[i] !== codes[kept - 1]) codes[kept++] = codes[i];
  codes.length = kept;
  return codes;
}

/** The pairs as a PostgreSQL array literal, for COPY's text format. */
export function hangulPairsLiteral(text: string): string {
  return `{${hangulPairCodes(text).join(',')}}`;
}
