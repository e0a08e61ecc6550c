// Finds the link from an English-edition article to its Korean original. Three rules, strongest
// first: a <link rel="alternate" hreflang="ko">, an <a> whose text says "Korean original" (in either
// language), and a link to the same outlet's Korean site (english.hani.co.kr → www.hani.co.kr).

import { JSDOM } from 'jsdom';

export type OriginalLinkRule = 'hreflang' | 'link-text' | 'sister-site';

export interface OriginalLink {
  url: string;
  rule: OriginalLinkRule;
}

const ORIGINAL_LINK_TEXT =
  /(original\s+(korean\s+)?(article|story|text|version)|korean\s+(original|version|article)|read\s+(it|this|the\s+story)?\s*in\s+korean|기사\s*원문|한국어\s*원문|원문\s*(기사|보기)|한글\s*(기사|원문)|한국어\s*기사)/i;

/** English-edition hosts whose Korean site is not just the host without its language label. */
const SISTER_HOSTS: Record<string, string[]> = {
  'koreajoongangdaily.joins.com': ['www.joongang.co.kr', 'joongang.co.kr'],
  'www.koreaherald.com': ['news.heraldcorp.com', 'biz.heraldcorp.com'],
  'www.koreatimes.co.kr': ['www.hankookilbo.com'],
};

const LANGUAGE_LABELS = /^(english|eng|en|world|global|m\.english)\./i;

/** Host names that count as "the same outlet's Korean site" for a page on `host`. */
export function koreanSisterHosts(host: string): string[] {
  const lower = host.toLowerCase();
  const known = SISTER_HOSTS[lower] ?? [];
  if (!LANGUAGE_LABELS.test(lower)) return known;
  const base = lower.replace(LANGUAGE_LABELS, '');
  return [...known, base, `www.${base}`, `m.${base}`];
}

function resolve(href: string | null, baseUrl: string): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** An article URL has a path with a number or a slug, not the home page or a section index. */
function looksLikeArticle(url: URL): boolean {
  return /\d{4,}|\/[a-z0-9-]{20,}/i.test(url.pathname + url.search);
}

export function findOriginalLink(html: string, baseUrl: string): OriginalLink | null {
  const dom = new JSDOM(html, { url: resolve(baseUrl, 'http://invalid.example/')?.href });
  try {
    const doc = dom.window.document;
    const base = doc.baseURI;
    const self = resolve(base, base)?.href;

    for (const link of doc.querySelectorAll('link[rel~="alternate" i][hreflang]')) {
      const lang = link.getAttribute('hreflang')?.trim().toLowerCase() ?? '';
      const url = resolve(link.getAttribute('href'), base);
      if ((lang === 'ko' || lang.startsWith('ko-')) && url && url.href !== self) return { url: url.href, rule: 'hreflang' };
    }

    const anchors = [...doc.querySelectorAll('a[href]')];
    for (const a of anchors) {
      const label = `${a.textContent ?? ''} ${a.getAttribute('title') ?? ''} ${a.getAttribute('aria-label') ?? ''}`.replace(/\s+/g, ' ');
      const url = resolve(a.getAttribute('href'), base);
      if (url && url.href !== self && ORIGINAL_LINK_TEXT.test(label)) return { url: url.href, rule: 'link-text' };
    }

    const sisters = new Set(koreanSisterHosts(new URL(base).hostname));
    if (sisters.size === 0) return null;
    for (const a of anchors) {
      const url = resolve(a.getAttribute('href'), base);
      if (url && sisters.has(url.hostname.toLowerCase()) && looksLikeArticle(url)) return { url: url.href, rule: 'sister-site' };
    }
    return null;
  } finally {
    dom.window.close();
  }
}
