// Rule-based sentence splitter for English and Korean news text (one line group at a time).
// A boundary is a run of terminal punctuation, plus any closing quotes/brackets, followed by white space
// and something that can start a sentence; then the exceptions: abbreviations and initials, a lower-case
// continuation, a Korean quotative particle after a closing quote ("…다." 라고 말했다), and a quotation
// that continues into an attribution ("We won. It was hard," he said.) stay in one sentence.
import { NUMBER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS, normalizeAbbreviation } from './abbreviations';

const TERMINAL = new Set(['.', '!', '?', '…', '。', '！', '？', '‼', '⁇']);
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '「': '」', '『': '』', '(': ')', '[': ']', '"': '"', "'": "'" };
const CLOSERS = new Set(Object.values(PAIRS));
const QUOTE_OPENERS = new Set(['“', '"', '«', '「', '『', '‘', "'"]);
const KOREAN_QUOTATIVE = /^(?:이?라고|고|며|이?라며|하고|이?라면서|이?라는|란)(?=[\s,.]|$)/u;
const CAN_START = /^[\p{Lu}\p{Lo}\p{N}"'“‘«(\[「『•·▲■○●\-–—]/u;
const HANGUL = /[\uac00-\ud7a3]/;
const KOREAN_FINAL = /[다요까죠네오]/;

export interface RuleSplitOptions {
  abbreviations?: readonly string[];
}

interface Context {
  titles: Set<string>;
  numberAbbr: Set<string>;
  starters: Set<string>;
}

function makeContext(opts: RuleSplitOptions): Context {
  const titles = new Set(TITLE_ABBREVIATIONS);
  for (const a of opts.abbreviations ?? []) titles.add(normalizeAbbreviation(a));
  return { titles, numberAbbr: new Set(NUMBER_ABBREVIATIONS), starters: new Set(SENTENCE_STARTERS) };
}

/** The word that ends right before position `end` (stops at spaces and opening brackets/quotes). */
function wordBefore(s: string, end: number): string {
  let b = end;
  while (b > 0 && !/[\s(\["“‘«]/u.test(s[b - 1])) b--;
  return s.slice(b, end);
}

function isAbbreviationStop(word: string, next: string, ctx: Context): boolean {
  const lower = word.toLowerCase();
  if (ctx.titles.has(lower)) return true;
  if (ctx.numberAbbr.has(lower) && /^\d/.test(next)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "G. O. Dyhrenfurth"
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) {
    // dotted abbreviation (U.S., a.m., e.g.): a boundary only when a typical sentence opener follows
    const nextWord = (/^[\p{L}']+/u.exec(next)?.[0] ?? '').toLowerCase();
    return !ctx.starters.has(nextWord);
  }
  return false;
}

/** True when the open quotation at `from` ends in an attribution, so the quote is one sentence with it. */
function quoteRunsIntoAttribution(s: string, from: number, opener: string): boolean {
  const close = s.indexOf(PAIRS[opener], from);
  if (close < 0) return false;
  const before = s.slice(0, close).trimEnd();
  const after = s.slice(close + 1).trimStart();
  if (!TERMINAL.has(before[before.length - 1] ?? '')) return true;
  return /^[\p{Ll},;]/u.test(after) || KOREAN_QUOTATIVE.test(after) || /^[—–]/.test(after);
}

function updateQuotes(stack: string[], s: string, i: number): void {
  const c = s[i];
  const top = stack[stack.length - 1];
  if (top !== undefined && c === PAIRS[top]) {
    if (c !== "'" || !/\p{L}/u.test(s[i + 1] ?? '')) stack.pop();
    return;
  }
  if (c === '’') return; // apostrophe when no ‘ is open
  if (c === "'" && !(/[\s(\[]/.test(s[i - 1] ?? ' ') && /\p{L}/u.test(s[i + 1] ?? ''))) return;
  if (c in PAIRS && stack.length < 16) stack.push(c);
}

function splitGroup(s: string, ctx: Context): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!TERMINAL.has(s[i])) {
      updateQuotes(stack, s, i);
      continue;
    }
    let j = i;
    while (j + 1 < s.length && (TERMINAL.has(s[j + 1]) || s[j + 1] === '.')) j++;
    let k = j + 1;
    let closedQuote = false;
    while (k < s.length && CLOSERS.has(s[k]) && stack.length > 0 && PAIRS[stack[stack.length - 1]] === s[k]) {
      closedQuote ||= QUOTE_OPENERS.has(stack.pop() ?? '');
      k++;
    }
    const runStart = i;
    const terminalRun = s.slice(runStart, j + 1);
    i = k - 1;
    if (k >= s.length) break;
    let boundary = false;
    const ellipsisOnly = /^(?:…+|\.{2,})$/.test(terminalRun);
    if (ellipsisOnly && HANGUL.test(s.slice(k).trimStart()[0] ?? '') && !KOREAN_FINAL.test(s[runStart - 1] ?? '')) {
      // "그는…… 잠시 멈췄다": a Korean pause, not a sentence end, unless a final ending precedes it
      boundary = false;
    } else if (/\s/.test(s[k])) {
      const rest = s.slice(k).trimStart();
      const openQuote = [...stack].reverse().find((q) => QUOTE_OPENERS.has(q));
      boundary =
        CAN_START.test(rest) &&
        !(closedQuote && KOREAN_QUOTATIVE.test(rest)) &&
        !(terminalRun === '.' && k === j + 1 && isAbbreviationStop(wordBefore(s, runStart), rest, ctx)) &&
        !(openQuote !== undefined && quoteRunsIntoAttribution(s, k, openQuote));
    } else {
      // Korean text sometimes omits the space after a final period: "했다.그러나".
      boundary = terminalRun === '.' && k === j + 1 && HANGUL.test(s[runStart - 1] ?? '') && HANGUL.test(s[k]);
    }
    if (boundary) {
      out.push(s.slice(start, k).trim());
      start = k;
    }
  }
  const tail = s.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}

/** Splits line groups (see line-groups.ts) into sentences with the English/Korean rules. */
export function splitSentencesByRules(groups: string[], opts: RuleSplitOptions = {}): string[] {
  const ctx = makeContext(opts);
  return groups.flatMap((g) => splitGroup(g, ctx));
}
