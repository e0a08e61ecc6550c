import { describe, expect, it } from 'vitest';
import { htmlParagraphs, segmentText, splitParagraphs } from './index';

describe('splitParagraphs', () => {
  it.each([
    ['blank lines', 'One.\n\nTwo.\n\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['whitespace-only separator lines and CRLF', 'One.\r\n  \r\nTwo.', ['One.', 'Two.']],
    ['single newline stays inside', 'Title\nBody.', ['Title\nBody.']],
    ['empty input', '  \n\n ', []],
  ])('%s', (_name, input, expected) => {
    expect(splitParagraphs(input)).toEqual(expected);
  });
});

describe('htmlParagraphs', () => {
  it.each([
    ['p and headings', '<h1>Title</h1><p>One. Two.</p><p>Three</p>', ['Title', 'One. Two.', 'Three']],
    ['br keeps a line break', '<p>Line one<br/>line two</p>', ['Line one\nline two']],
    ['entities', '<p>Tom &amp; Jerry &#8220;won&#8221; &lt;again&gt;&nbsp;today</p>', ['Tom & Jerry “won” <again> today']],
    [
      'drops figcaption, aside, marked boxes',
      '<p>Keep.</p><figure><img src=x><figcaption>Photo: AP</figcaption></figure><aside><p>Related</p></aside><div data-bitext-drop><p>Ad</p></div><p>End.</p>',
      ['Keep.', 'End.'],
    ],
    [
      'drops byline and related classes, nested',
      '<div class="article-byline"><span>By <b>Kim</b></span></div><div class="related-stories"><ul><li><a>Other</a></li></ul></div><p>Text.</p>',
      ['Text.'],
    ],
    ['comments and scripts', '<p>A<!-- hidden --> B</p><script>var x = "<p>no</p>";</script>', ['A B']],
    ['list items are paragraphs', '<ul><li>first</li><li>second</li></ul>', ['first', 'second']],
  ])('%s', (_name, input, expected) => {
    expect(htmlParagraphs(input)).toEqual(expected);
  });
});

describe('segmentText', () => {
  it('numbers paragraphs from 0 and keeps sentence order', () => {
    expect(segmentText('Title\n\nOne. Two.\n\nThree.', 'en')).toEqual([
      { paragraph: 0, text: 'Title' },
      { paragraph: 1, text: 'One.' },
      { paragraph: 1, text: 'Two.' },
      { paragraph: 2, text: 'Three.' },
    ]);
  });
  it('reads HTML', () => {
    expect(segmentText('<p>정부가 발표했다. 시장이 반응했다.</p><p class="caption">사진</p><p>끝.</p>', 'ko', { format: 'html' })).toEqual([
      { paragraph: 0, text: '정부가 발표했다.' },
      { paragraph: 0, text: '시장이 반응했다.' },
      { paragraph: 1, text: '끝.' },
    ]);
  });
});
