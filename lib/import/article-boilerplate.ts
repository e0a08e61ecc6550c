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
export const NON_BODY_SELECTOR = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, nav, aside, figcaption, [role="navigation"], [role="complementary"], [aria-hidden="true"]';

/** A heading that starts a box of links to other stories. */
export const RELATED_BOX_HEADING = /^(related (stories|articles|news|content)|more (stories|news|from)|you may also like|most (read|viewed|popular)|관련\s*기사|관련\s*뉴스|많이\s*본\s*기사|추천\s*기사|함께\s*볼\s*만한)/i;

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
