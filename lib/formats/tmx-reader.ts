// Streaming, safe TMX reader (saxes). Refuses DOCTYPEs that declare entities (XXE, billion laughs)
// before any entity could be used; saxes itself never fetches or expands DTD content. Inline codes
// (<bpt>, <ept>, <ph>, <it>, <ut> and their <sub>) are dropped, <hi> keeps its text.
// Hostile files cost linear work with bounded parts (decision 017): every element's children are appended in
// place (never copied per child), the count of <tuv>, notes, props and attributes per element and the length
// of notes, props and attribute values are capped (ELEMENT_TOO_LARGE, 413), and the parser hands the event
// loop back every TMX_YIELD_EVERY_CHARS characters so one upload cannot stall other requests.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { decodeXmlInput, type XmlInput } from './decode-xml-input';
import { FormatError } from './format-error';
import {
  buildTmxUnit,
  isTmxUnitProblem,
  type LanguageChoice,
  type ParsedTu,
  type ParsedTuv,
  type TmxUnit,
  type TmxUnitProblem,
} from './tmx-unit-builder';

export interface TmxReadOptions {
  sourceLang?: string;
  targetLang?: string;
  maxBytes?: number;
  maxSegmentChars?: number;
  maxDepth?: number;
  maxTuvsPerTu?: number;
  maxNotesPerElement?: number;
  maxPropsPerElement?: number;
  maxMetaChars?: number;
  maxAttributesPerElement?: number;
  maxAttributeChars?: number;
}

export interface TmxHeader {
  attributes: Record<string, string>;
  notes: string[];
  props: Record<string, string>;
}

export type TmxReadItem =
  { kind: 'header'; header: TmxHeader } | { kind: 'unit'; unit: TmxUnit } | { kind: 'problem'; problem: TmxUnitProblem };

export interface TmxReadResult {
  header: TmxHeader | null;
  units: TmxUnit[];
  errors: TmxUnitProblem[];
  skipped: number;
}

export const TMX_READ_LIMITS = {
  maxBytes: 200 * 1024 * 1024,
  maxSegmentChars: 100_000,
  maxDepth: 64,
  /** One <tuv> per language; the EU's 24 official languages fit ten times over. */
  maxTuvsPerTu: 256,
  maxNotesPerElement: 256,
  maxPropsPerElement: 256,
  /** Characters of one <note> or <prop>. */
  maxMetaChars: 10_000,
  maxAttributesPerElement: 64,
  /** Characters of one attribute value (dates, ids, language codes, tool names). */
  maxAttributeChars: 1_000,
} as const;

/** Parsing hands the event loop back after this many characters (about 1 ms of parsing on a small machine). */
export const TMX_YIELD_EVERY_CHARS = 64 * 1024;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** Yields the header, then each unit or problem, in file order. Throws FormatError for whole-file failures. */
export async function* readTmxStream(input: XmlInput, options: TmxReadOptions = {}): AsyncGenerator<TmxReadItem> {
  for await (const items of readTmxBatches(input, options)) yield* items;
}

/**
 * The same items as `readTmxStream`, as the arrays parsed from each slice of text (up to TMX_YIELD_EVERY_CHARS
 * characters, a few hundred units): one step of the async iteration per slice instead of per unit, which a
 * million-unit import notices (decision 054).
 */
export async function* readTmxBatches(input: XmlInput, options: TmxReadOptions = {}): AsyncGenerator<TmxReadItem[]> {
  const limits = { ...TMX_READ_LIMITS, ...options };
  const parser = new SaxesParser({ xmlns: false, position: true });
  const queue: TmxReadItem[] = [];
  const stack: string[] = [];
  let header: TmxHeader | null = null;
  let tu: ParsedTu | null = null;
  let tuv: ParsedTuv | null = null;
  let position = 0;
  let codeDepth = 0;
  let capture: string | null = null;
  let captureAttrs: Record<string, string> = {};
  let sawRoot = false;
  let sawText = false;
  /** The languages units are read in: the options, and the header's srclang once the header is read. */
  let choice: LanguageChoice = options;

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw new FormatError('DTD_ENTITIES_FORBIDDEN', `line ${parser.line}`);
  });
  const tooLarge = (what: string): never => {
    throw new FormatError('ELEMENT_TOO_LARGE', `line ${parser.line}: ${what}`);
  };
  const checkAttributes = (name: string, attrs: Record<string, string>) => {
    let count = 0;
    for (const key in attrs) {
      if (++count > limits.maxAttributesPerElement) tooLarge(`<${name}> has more than ${limits.maxAttributesPerElement} attributes`);
      if (attrs[key].length > limits.maxAttributeChars)
        tooLarge(`an attribute of <${name}> is longer than ${limits.maxAttributeChars} characters`);
    }
  };
  const addNote = (owner: { notes: string[] }, text: string) => {
    if (owner.notes.length >= limits.maxNotesPerElement) tooLarge(`an element has more than ${limits.maxNotesPerElement} notes`);
    owner.notes.push(text);
  };
  const addProp = (owner: { props: Record<string, string> }, type: string, text: string) => {
    if (!Object.hasOwn(owner.props, type) && Object.keys(owner.props).length >= limits.maxPropsPerElement)
      tooLarge(`an element has more than ${limits.maxPropsPerElement} props`);
    owner.props[type] = text;
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    const attrs = tag.attributes;
    checkAttributes(name, attrs);
    if (stack.length === 0 && name !== 'tmx') throw new FormatError('NOT_TMX', `root element <${name}>`);
    if (stack.length >= limits.maxDepth) throw new FormatError('NESTING_TOO_DEEP', `line ${parser.line}`);
    stack.push(name);
    sawRoot = true;
    if (tuv?.text !== undefined && tuv?.text !== null && stack.includes('seg')) {
      if (CODE_ELEMENTS.has(name) || codeDepth > 0) codeDepth++;
      return;
    }
    // saxes gives every tag a fresh attribute object without a prototype: kept as it is, not copied.
    if (name === 'header' && stack.length === 2) header = { attributes: attrs, notes: [], props: {} };
    else if (name === 'tu') tu = { position: ++position, attributes: attrs, notes: [], props: {}, tuvs: [], oversized: false };
    else if (name === 'tuv' && tu)
      tuv = { lang: (attrs['xml:lang'] ?? attrs.lang ?? '').trim() || null, text: null, attributes: attrs, notes: [], props: {} };
    else if (name === 'seg' && tuv) tuv.text = '';
    else if (name === 'note' || name === 'prop') [capture, captureAttrs] = ['', { ...attrs }];
  });
  const onText = (text: string) => {
    if (!sawText && text.trim() !== '') sawText = true;
    if (capture !== null) {
      if (capture.length + text.length > limits.maxMetaChars) tooLarge(`a note or prop is longer than ${limits.maxMetaChars} characters`);
      capture += text;
    } else if (tuv && tuv.text !== null && codeDepth === 0 && stack[stack.length - 1] !== 'tuv') {
      if (tuv.text.length + text.length > limits.maxSegmentChars) {
        if (tu) tu.oversized = true;
      } else tuv.text += text;
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    stack.pop();
    if (codeDepth > 0) {
      codeDepth--;
      return;
    }
    if ((name === 'note' || name === 'prop') && capture !== null) {
      const owner = tuv ?? tu ?? header;
      if (owner && name === 'note') addNote(owner, capture);
      if (owner && name === 'prop') addProp(owner, captureAttrs.type ?? '', capture);
      capture = null;
    } else if (name === 'header' && header) {
      choice = { ...options, headerSrclang: header.attributes.srclang };
      queue.push({ kind: 'header', header });
    } else if (name === 'tuv' && tu && tuv) {
      // Appended in place: copying the array per <tuv> made one <tu> of 40,000 <tuv> quadratic (issue 9).
      if (tu.tuvs.length >= limits.maxTuvsPerTu) tooLarge(`a <tu> has more than ${limits.maxTuvsPerTu} <tuv>`);
      tu.tuvs.push(tuv);
      tuv = null;
    } else if (name === 'tu' && tu) {
      const result = buildTmxUnit(tu, choice);
      queue.push(isTmxUnitProblem(result) ? { kind: 'problem', problem: result } : { kind: 'unit', unit: result });
      tu = null;
    }
  });

  const write = (chunk: string | null) => {
    try {
      if (chunk === null) parser.close();
      else parser.write(chunk);
    } catch (error) {
      if (error instanceof FormatError) throw error;
      throw new FormatError('MALFORMED_XML', error instanceof Error ? error.message : String(error));
    }
  };

  let sinceYield = 0;
  for await (const text of decodeXmlInput(input, { maxBytes: limits.maxBytes })) {
    if (!sawRoot && !sawText && text.trim() === '') continue;
    for (const slice of slices(text, TMX_YIELD_EVERY_CHARS)) {
      write(slice);
      if (queue.length > 0) yield queue.splice(0);
      sinceYield += slice.length;
      if (sinceYield >= TMX_YIELD_EVERY_CHARS) {
        sinceYield = 0;
        await yieldToEventLoop();
      }
    }
  }
  if (!sawRoot && !sawText) throw new FormatError('EMPTY_FILE');
  write(null);
  if (queue.length > 0) yield queue.splice(0);
}

/** Cuts text into pieces of at most `size` characters, never between the halves of a surrogate pair. */
function* slices(text: string, size: number): Generator<string> {
  if (text.length <= size) {
    yield text;
    return;
  }
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(at, end);
    at = end;
  }
}

/** Reads a whole TMX file into memory. For uploads of bounded size; use readTmxStream for big files. */
export async function readTmx(input: XmlInput, options: TmxReadOptions = {}): Promise<TmxReadResult> {
  const result: TmxReadResult = { header: null, units: [], errors: [], skipped: 0 };
  for await (const item of readTmxStream(input, options)) {
    if (item.kind === 'header') result.header = item.header;
    else if (item.kind === 'unit') result.units.push(item.unit);
    else {
      result.errors.push(item.problem);
      result.skipped++;
    }
  }
  return result;
}
