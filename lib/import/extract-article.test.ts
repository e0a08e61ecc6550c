import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';
import { findOriginalLink, koreanSisterHosts } from './find-original-link';
import { ImportError } from './import-error';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-fixtures/import');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

describe('extractArticle', () => {
  it('keeps the headline and body paragraphs of an English-edition page, drops nav, caption, byline, related box, scripts', () => {
    const article = extractArticle(
      fixture('english-article.html'),
      'https://english.hani.co.kr/arti/english_edition/e_business/1234567.html',
    );
    expect(article.title).toBe('Chip exports hit record high in March');
    expect(article.lang).toBe('en');
    expect(article.paragraphs).toEqual([
      "South Korea's semiconductor exports reached an all-time monthly high of US$13.1 billion in March, the Ministry of Trade, Industry and Energy said Tuesday.",
      'The figure is 35.7% higher than a year earlier & marks the fifth straight month of growth, driven by demand for high-bandwidth memory used in AI servers.',
      '"The recovery is broad-based," a ministry official said, adding that shipments to China and Vietnam rose sharply.',
      'Overall exports rose 3.1% to $58.2 billion, while imports fell 1.2%, leaving a trade surplus of $4.9 billion.',
    ]);
  });

  it('splits a Korean <br><br> body into paragraphs and drops the caption, reporter line and 관련기사 box', () => {
    const article = extractArticle(fixture('korean-article.html'), 'https://www.hani.co.kr/arti/economy/economy_general/1187654.html');
    expect(article.title).toBe('3월 반도체 수출 131억달러 ‘역대 최대’');
    expect(article.lang).toBe('ko');
    expect(article.paragraphs).toEqual([
      '반도체 수출이 지난달 131억달러로 월간 기준 역대 최대를 기록했다고 산업통상자원부가 1일 밝혔다.',
      '이는 1년 전보다 35.7% 늘어난 것으로, 인공지능(AI) 서버용 고대역폭메모리(HBM) 수요에 힘입어 다섯 달 연속 증가세를 이어갔다.',
      '산업부 관계자는 “회복세가 전방위적”이라며 중국과 베트남으로의 수출이 크게 늘었다고 말했다.',
      '전체 수출은 3.1% 늘어난 582억달러, 수입은 1.2% 줄어 49억달러 흑자를 냈다.',
    ]);
  });

  it('never runs page scripts', () => {
    const html =
      '<html><body><script>document.body.innerHTML = "<p>HACKED</p>"</script><article><p>Real text of the story, long enough to count as a paragraph of news.</p></article></body></html>';
    expect(extractArticle(html).paragraphs).toEqual(['Real text of the story, long enough to count as a paragraph of news.']);
  });

  it.each([
    ['empty', '', 'EMPTY_INPUT'],
    ['no text', '<html><body><nav>Home</nav><script>x()</script></body></html>', 'NO_ARTICLE_TEXT'],
  ])('refuses %s HTML with a typed error', (_name, html, code) => {
    expect(() => extractArticle(html)).toThrow(expect.objectContaining({ code }) as ImportError);
  });
});

describe('findOriginalLink', () => {
  const base = 'https://english.hani.co.kr/arti/english_edition/e_business/1234567.html';

  it('finds the "original Korean article" link by its text', () => {
    expect(findOriginalLink(fixture('english-article.html'), base)).toEqual({
      url: 'https://www.hani.co.kr/arti/economy/economy_general/1187654.html',
      rule: 'link-text',
    });
  });

  it('prefers <link rel="alternate" hreflang="ko-KR">, resolved against the page URL', () => {
    expect(findOriginalLink(fixture('hreflang-page.html'), 'https://en.example-news.kr/politics/2025/04/budget')).toEqual({
      url: 'https://en.example-news.kr/ko/politics/2025/04/budget',
      rule: 'hreflang',
    });
  });

  it.each([
    ['기사 원문', '<a href="https://www.yna.co.kr/view/AKR20250401000100">[기사 원문 보기]</a>'],
    ['한국어 원문', '<a href="/ko/123456">한국어 원문</a>'],
    ['Korean original', '<a href="https://news.example.kr/123456" title="Korean original">🇰🇷</a>'],
  ])('finds a link labelled %s', (_label, anchor) => {
    expect(findOriginalLink(`<body><p>Story</p>${anchor}</body>`, 'https://en.yna.co.kr/view/AEN20250401000100')?.rule).toBe('link-text');
  });

  it("falls back to an article link on the outlet's Korean site", () => {
    const html =
      '<body><a href="https://www.hani.co.kr/">한겨레</a><a href="https://www.hani.co.kr/arti/society/1187001.html">기사</a></body>';
    expect(findOriginalLink(html, base)).toEqual({ url: 'https://www.hani.co.kr/arti/society/1187001.html', rule: 'sister-site' });
  });

  it('returns null when nothing points to a Korean original, and ignores javascript: links', () => {
    const html =
      '<body><a href="javascript:alert(1)">Original Korean article</a><a href="https://twitter.com/x/123456789">Share</a></body>';
    expect(findOriginalLink(html, base)).toBeNull();
  });

  it('knows sister hosts for language subdomains and known outlets', () => {
    expect(koreanSisterHosts('english.hani.co.kr')).toContain('www.hani.co.kr');
    expect(koreanSisterHosts('en.yna.co.kr')).toContain('www.yna.co.kr');
    expect(koreanSisterHosts('koreajoongangdaily.joins.com')).toContain('www.joongang.co.kr');
    expect(koreanSisterHosts('www.bbc.com')).toEqual([]);
  });
});
