// What a news page carries besides the article: bylines, datelines, contact footers, "related
// stories" boxes. Patterns are checked on whole paragraphs (or box headings) only, never inside
// sentences, so a false positive costs one line, not a cut sentence.

/** Class or id fragments of boxes that are never article body. Matched case-insensitively. */
export const NON_BODY_CLASS_HINTS = [
  'related',
  'recommend',
  'popular',
  'most-read',
  'mostread',
  'more-news',
  'morenews',
  'sns',
  'share',
  'social',
  'byline',
  'reporter',
  'copyright',
  'caption',
  'breadcrumb',
  'newsletter',
  'subscribe',
  'banner',
  'advert',
  'tags',
] as const;

/** Elements removed before extraction, whatever Readability would make of them. */
export const NON_BODY_SELECTOR =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, nav, aside, figcaption, [role="navigation"], [role="complementary"], [aria-hidden="true"]';

/** A heading that starts a box of links to other stories. */
export const RELATED_BOX_HEADING =
  /^(related (stories|articles|news|content)|more (stories|news|from)|you may also like|most (read|viewed|popular)|관련\s*기사|관련\s*뉴스|많이\s*본\s*기사|추천\s*기사|함께\s*볼\s*만한)/i;

const BOILERPLATE_LINES: RegExp[] = [
  /^by\s+[\p{L}][\p{L} .,'-]{1,80}$/iu,
  /^[\p{L} .,'-]{2,60},?\s+(staff )?(reporter|correspondent|writer|editor)s?$/iu,
  /^[가-힣]{2,5}\s*(기자|특파원|선임기자|객원기자|논설위원|통신원)(\s*[\w.+-]+@[\w.-]+)?\s*$/u,
  /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/,
  /^(posted|modified|updated|published|registered)\s*(on|:)/i,
  /^(등록|수정|입력|승인)\s*[:：]?\s*\d{4}/,
  /^please direct (questions|comments)/i,
  /^(copyright|ⓒ|©|\(c\))/i,
  /^(무단\s*전재|저작권자)/,
  /^\[?(related|관련\s*기사)\s*[:\]]/i,
];

export function isBoilerplateParagraph(text: string, byline: string | null): boolean {
  if (byline && text === byline.trim()) return true;
  return BOILERPLATE_LINES.some((pattern) => pattern.test(text));
}

// Plain text (pasted, .txt, .docx) has no boxes or classes to go by, only lines. Issue 11, decision 022: lines that
// are site furniture on any news page are dropped at import and reported, so the editor can see what went.

/** Share-button rows: nothing but the names of share targets ("Facebook Twitter KakaoTalk Print"). */
const SHARE_WORDS = new Set([
  'facebook',
  'twitter',
  'x',
  'kakaotalk',
  'kakao',
  'kakaostory',
  'naver',
  'band',
  'line',
  'email',
  'e-mail',
  'mail',
  'print',
  'share',
  'copy',
  'link',
  'url',
  'linkedin',
  'telegram',
  'whatsapp',
  'reddit',
  'scrap',
  'font',
  'size',
  '공유',
  '공유하기',
  '페이스북',
  '트위터',
  '카카오톡',
  '카카오스토리',
  '네이버',
  '밴드',
  '이메일',
  '메일',
  '인쇄',
  '링크',
  '복사',
  '스크랩',
  '글씨',
  '크기',
  '글자',
]);

// Stricter than BOILERPLATE_LINES (which sees whole extracted paragraphs): a pasted line can be a sentence, so a
// byline must be "By" and capitalised names only, and "(c)" is not taken for a copyright sign.
const FURNITURE_LINES: RegExp[] = [
  /^button that moves? to (the )?original korean article/i,
  /^(기사\s*원문|원문\s*기사|원문\s*보기)(\s*보기)?$/,
  /^(posted|modified|updated|published|registered) on\s*:/i,
  /^(등록|수정|입력|승인)\s*[:：]?\s*\d{4}[-.]\d{1,2}[-.]\d{1,2}/,
  /^[Bb]y\s+\p{Lu}[\p{L}'-]*(\s+\p{Lu}[\p{L}'-]*){0,3}(,?\s+(staff )?(reporter|correspondent|writer|editor))?$/u,
  /^[가-힣]{2,5}\s*(기자|특파원|선임기자|객원기자|통신원)(\s*[\w.+-]+@[\w.-]+)?\s*$/u,
  /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/,
  /^please direct (questions|comments|inquiries)/i,
  /^(copyright\b|ⓒ|©)/i,
  /^(무단\s*전재|저작권자)/,
];

/** Headings of a box of other stories; the box runs until the next paragraph that reads like body text. */
const BOX_HEADING =
  /^(related (stories|articles|news)|more (stories|news)|most (viewed|read|popular)( articles| stories)?|you may also like|관련\s*기사|관련\s*뉴스|많이\s*본\s*(기사|뉴스)|추천\s*기사|인기\s*기사)\s*:?$/i;
const SENTENCE_END = /[.!?。][\s"'”’)\]]*$/u;
const LIMITS = { shareLine: 80, lines: 50_000 } as const;

function isShareLine(line: string): boolean {
  if (line.length > LIMITS.shareLine) return false;
  const words = line
    .toLowerCase()
    .split(/[\s|·•/,]+/)
    .filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w));
}

export function isFurnitureLine(line: string): boolean {
  return FURNITURE_LINES.some((p) => p.test(line)) || isShareLine(line);
}

/** A paragraph of a story box: headlines and numbered entries, none of which ends like a sentence. */
function isListOfHeadlines(lines: readonly string[]): boolean {
  return lines.every((line) => !SENTENCE_END.test(line) && line.length <= 200);
}

export interface CleanedText {
  text: string;
  /** The dropped lines, in order, as they were (trimmed). */
  dropped: string[];
}

/**
 * Drops site furniture from plain text: whole lines that are bylines, post dates, contact footers, copyright, share
 * buttons or "original article" buttons, and "Related stories" / "Most viewed" boxes (the heading and the headline
 * lists after it). Paragraphs (blank-line separated) and the line breaks inside them are kept. Linear in the text;
 * past `LIMITS.lines` lines the rest is kept as it is.
 */
export function dropBoilerplateLines(text: string): CleanedText {
  const dropped: string[] = [];
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0\u3000]*\n/);
  const kept: string[] = [];
  let inBox = false;
  let seen = 0;
  for (const paragraph of paragraphs) {
    const lines = paragraph
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    seen += lines.length;
    if (lines.length === 0) continue;
    if (seen > LIMITS.lines) {
      kept.push(lines.join('\n'));
      continue;
    }
    if (inBox && isListOfHeadlines(lines) && !BOX_HEADING.test(lines[0])) {
      dropped.push(...lines);
      continue;
    }
    inBox = false;
    const keep: string[] = [];
    for (const [k, line] of lines.entries()) {
      if (BOX_HEADING.test(line)) {
        // A box heading ends the article body: it and the headline lines under it go.
        const rest = lines.slice(k + 1);
        if (isListOfHeadlines(rest)) {
          dropped.push(line, ...rest);
          inBox = true;
          break;
        }
      }
      if (isFurnitureLine(line)) dropped.push(line);
      else keep.push(line);
    }
    if (keep.length > 0) kept.push(keep.join('\n'));
  }
  return { text: kept.join('\n\n'), dropped };
}
