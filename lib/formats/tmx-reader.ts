// Streaming, safe TMX reader (saxes). Refuses DOCTYPEs that declare entities (XXE, billion laughs)
// before any entity could be used; saxes itself never fetches or expands DTD content. Inline codes
// (<bpt>, <ept>, <ph>, <it>, <ut> and their <sub>) are dropped, <hi> keeps its text.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { decodeXmlInput, type XmlInput } from './decode-xml-input';
import { FormatError } from './format-error';
import { buildTmxUnit, isTmxUnitProblem, type ParsedTu, type ParsedTuv, type TmxUnit, type TmxUnitProblem } from './tmx-unit-builder';

export interface TmxReadOptions {
  sourceLang?: string;
  targetLang?: string;
  maxBytes?: number;
  maxSegmentChars?: number;
  maxDepth?: number;
}

export interface TmxHeader {
  attributes: Record<string, string>;
  notes: string[];
  props: Record<string, string>;
}

export type TmxReadItem =
  | { kind: 'header'; header: TmxHeader }
  | { kind: 'unit'; unit: TmxUnit }
  | { kind: 'problem'; problem: TmxUnitProblem };

export interface TmxReadResult {
  header: TmxHeader | null;
  units: TmxUnit[];
  errors: TmxUnitProblem[];
  skipped: number;
}

export const TMX_READ_LIMITS = { maxBytes: 200 * 1024 * 1024, maxSegmentChars: 100_000, maxDepth: 64 } as const;

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** Yields the header, then each unit or problem, in file order. Throws FormatError for whole-file failures. */
export async function* readTmxStream(input: XmlInput, options: TmxReadOptions = {}): AsyncGenerator<TmxReadItem> {
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

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) throw new FormatError('DTD_ENTITIES_FORBIDDEN', `line ${parser.line}`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name;
    const attrs = tag.attributes;
    if (stack.length === 0 && name !== 'tmx') throw new FormatError('NOT_TMX', `root element <${name}>`);
    if (stack.length >= limits.maxDepth) throw new FormatError('NESTING_TOO_DEEP', `line ${parser.line}`);
    stack.push(name);
    sawRoot = true;
    if (tuv?.text !== undefined && tuv?.text !== null && stack.includes('seg')) {
      if (CODE_ELEMENTS.has(name) || codeDepth > 0) codeDepth++;
      return;
    }
    if (name === 'header' && stack.length === 2) header = { attributes: { ...attrs }, notes: [], props: {} };
    else if (name === 'tu') tu = { position: ++position, attributes: { ...attrs }, notes: [], props: {}, tuvs: [], oversized: false };
    else if (name === 'tuv' && tu) tuv = { lang: (attrs['xml:lang'] ?? attrs.lang ?? '').trim() || null, text: null, attributes: { ...attrs }, notes: [], props: {} };
    else if (name === 'seg' && tuv) tuv.text = '';
    else if (name === 'note' || name === 'prop') [capture, captureAttrs] = ['', { ...attrs }];
  });
  const onText = (text: string) => {
    if (!sawText && text.trim() !== '') sawText = true;
    if (capture !== null) capture += text;
    else if (tuv && tuv.text !== null && codeDepth === 0 && stack[stack.length - 1] !== 'tuv') {
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
      if (owner && name === 'note') owner.notes.push(capture);
      if (owner && name === 'prop') owner.props[captureAttrs.type ?? ''] = capture;
      capture = null;
    } else if (name === 'header' && header) queue.push({ kind: 'header', header });
    else if (name === 'tuv' && tu && tuv) [tu.tuvs, tuv] = [[...tu.tuvs, tuv], null];
    else if (name === 'tu' && tu) {
      const result = buildTmxUnit(tu, { ...options, headerSrclang: header?.attributes.srclang });
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

  for await (const text of decodeXmlInput(input, { maxBytes: limits.maxBytes })) {
    if (!sawRoot && !sawText && text.trim() === '') continue;
    write(text);
    yield* queue.splice(0);
  }
  if (!sawRoot && !sawText) throw new FormatError('EMPTY_FILE');
  write(null);
  yield* queue.splice(0);
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
