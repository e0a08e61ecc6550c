import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { pairPlausibility } from '@/lib/import/pair-plausibility';
import { PairWarnings } from './pair-warnings';

// What the document page renders above the editor for a pair that cannot be a translation (decision 018); the
// warnings come stored with the document (decision 029).

const english = Array.from({ length: 30 }, (_, i) => `English sentence number ${i + 1} about another story.`);
const render = (warnings: Parameters<typeof PairWarnings>[0]['warnings']) =>
  renderToStaticMarkup(createElement(PairWarnings, { warnings }));

describe('PairWarnings on the document page', () => {
  it('shows each warning of a nonsense pair', () => {
    const html = render(
      pairPlausibility({ source: ['부산항 노동자들이 파업을 끝냈다.'], target: english, sourceLang: 'ko', targetLang: 'en' }),
    );
    expect(html).toContain('These texts may not be translations of each other.');
    expect(html).toContain('data-code="SENTENCE_COUNTS_APART"');
    expect(html).toContain('The source has 1 sentence and the target 30 sentences');
    expect(html).toContain('data-code="LENGTHS_APART"');
  });

  it('shows nothing without warnings', () => {
    expect(render([])).toBe('');
  });
});
