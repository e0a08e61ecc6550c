// Word-level diff of a segment's text before and after an edit, for the history view and for reviewers.
//
// jsdiff's `diffWordsWithSpace` only counts Latin letters as word characters, so Hangul comes out one syllable
// per token and a changed particle (서울시는 → 서울시가) shows as a one-syllable edit inside a word. Following jsdiff's
// own pattern (a variant that overrides only `tokenize`), this uses the same tokens as `diffWordsWithSpace` but
// with Unicode letters, marks and digits as word characters (decision 009).

import { Diff } from 'diff';

export type WordDiffKind = 'same' | 'added' | 'removed';

export interface WordDiffPart {
  kind: WordDiffKind;
  text: string;
}

/**
 * Past this many token edits the diff gives up and reports "all removed, all added": deterministic bounded compute
 * (a segment is one sentence, a few dozen tokens; Myers costs about tokens × edits).
 */
export const MAX_WORD_EDITS = 500;

// Same shape as diffWordsWithSpace's tokenizer: each newline, each word, each run of other whitespace, each
// other character.
const TOKEN = /(\r?\n)|[\p{L}\p{M}\p{N}_]+|[^\S\n\r]+|[^\p{L}\p{M}\p{N}_]/gu;

class UnicodeWordsWithSpaceDiff extends Diff<string, string> {
  tokenize(value: string): string[] {
    return value.match(TOKEN) ?? [];
  }
}

const differ = new UnicodeWordsWithSpaceDiff();

export function diffWords(before: string, after: string): WordDiffPart[] {
  if (before === after) return before.length === 0 ? [] : [{ kind: 'same', text: before }];
  const changes = differ.diff(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (changes === undefined) {
    return [
      { kind: 'removed' as const, text: before },
      { kind: 'added' as const, text: after },
    ].filter((part) => part.text.length > 0);
  }
  return changes
    .filter((change) => change.value.length > 0)
    .map((change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    }));
}

/** The text on one side of a diff, e.g. to check that a diff reproduces its inputs. */
export function diffSideText(parts: readonly WordDiffPart[], side: 'before' | 'after'): string {
  const skip: WordDiffKind = side === 'before' ? 'added' : 'removed';
  return parts
    .filter((part) => part.kind !== skip)
    .map((part) => part.text)
    .join('');
}
