import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PairWarnings } from './pair-warnings';

// What the document page renders above the editor for a pair that cannot be a translation (decision 018).

const project = { sourceLang: 'ko', targetLang: 'en' };
const english = Array.from({ length: 30 }, (_, i) => ({ text: `English sentence number ${i + 1} about another story.` }));
const render = (document: Parameters<typeof PairWarnings>[0]['document']) => renderToStaticMarkup(createElement(PairWarnings, { document }));

describe('PairWarnings on the document page', () => {
  it('shows each warning of a nonsense pair', () => {
    const html = render({ kind: 'article', project, source: [{ text: '부산항 노동자들이 파업을 끝냈다.' }], target: english });
    expect(html).toContain('These texts may not be translations of each other.');
    expect(html).toContain('data-code="SENTENCE_COUNTS_APART"');
    expect(html).toContain('The source has 1 sentence and the target 30 sentences');
    expect(html).toContain('data-code="LENGTHS_APART"');
  });

  it('shows nothing for a plausible pair or for a translation memory', () => {
    const pair = { source: [{ text: '부산항 노동자들이 3일 파업을 끝냈다.' }], target: [{ text: 'Dock workers in Busan ended a three-day strike.' }] };
    expect(render({ kind: 'article', project, ...pair })).toBe('');
    expect(render({ kind: 'memory', project, source: [{ text: '부산항 노동자들이 파업을 끝냈다.' }], target: english })).toBe('');
  });
});
