// TMX 1.4 writer, streaming. One <tu> per unit, source <tuv> first, metadata as <note>/<prop>.
// Output is valid against the TMX 1.4 DTD; see docs/decisions/007-tm-export-and-import-formats.md.

import { renderChunks, type UnitSource } from './chunked-output';
import { escapeXml } from './xml-escape';
import { formatTmxDate, UNIT_PROP, type ExportUnit } from './export-unit';

export interface TmxWriteOptions {
  /** The source language of every unit, as written in `xml:lang` (`ko-KR` or `ko`). Never `*all*`. */
  srclang: string;
  adminlang?: string;
  segtype?: 'sentence' | 'paragraph';
  creationToolVersion: string;
  /** When the export was made (header creationdate). */
  now?: Date;
  chunkChars?: number;
}

export const TMX_CREATION_TOOL = 'Bitext Desk';
const TMX_O_TMF = 'BitextDesk';

export function tmxHead(options: TmxWriteOptions): string {
  const attr = (name: string, value: string) => ` ${name}="${escapeXml(value, 'attribute')}"`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tmx version="1.4">\n' +
    '  <header' +
    attr('creationtool', TMX_CREATION_TOOL) +
    attr('creationtoolversion', options.creationToolVersion) +
    attr('segtype', options.segtype ?? 'sentence') +
    attr('o-tmf', TMX_O_TMF) +
    attr('adminlang', options.adminlang ?? 'en-US') +
    attr('srclang', options.srclang) +
    attr('datatype', 'plaintext') +
    attr('creationdate', formatTmxDate(options.now ?? new Date())) +
    '/>\n' +
    '  <body>\n'
  );
}

const TMX_TAIL = '  </body>\n</tmx>\n';

/** Renders one <tu>. Whitespace between elements is indentation; nothing is added inside <seg>. */
export function renderTmxUnit(unit: ExportUnit): string {
  const attr = (name: string, value: string) => ` ${name}="${escapeXml(value, 'attribute')}"`;
  let out =
    '    <tu' +
    attr('tuid', unit.tuid) +
    attr('creationdate', formatTmxDate(unit.created)) +
    attr('creationid', unit.creator) +
    attr('changedate', formatTmxDate(unit.changed)) +
    attr('changeid', unit.changer) +
    '>\n';
  for (const note of unit.notes) out += `      <note>${escapeXml(note)}</note>\n`;
  for (const [type, value] of unitProps(unit)) out += `      <prop${attr('type', type)}>${escapeXml(value)}</prop>\n`;
  out += `      <tuv${attr('xml:lang', unit.sourceLang)}><seg>${escapeXml(unit.sourceText)}</seg></tuv>\n`;
  out += `      <tuv${attr('xml:lang', unit.targetLang)}><seg>${escapeXml(unit.targetText)}</seg></tuv>\n`;
  return out + '    </tu>\n';
}

/** Free-form props plus the typed status and confidence, in a stable order. */
export function unitProps(unit: ExportUnit): [string, string][] {
  const reserved = new Set<string>([UNIT_PROP.status, UNIT_PROP.confidence]);
  const props = Object.entries(unit.props).filter(([type]) => !reserved.has(type));
  if (unit.confidence !== null) props.push([UNIT_PROP.confidence, String(unit.confidence)]);
  if (unit.status !== null) props.push([UNIT_PROP.status, unit.status]);
  return props;
}

/** Streams a TMX 1.4 document as string chunks. Memory stays bounded whatever the unit count. */
export function writeTmx(units: UnitSource, options: TmxWriteOptions): AsyncGenerator<string, void, undefined> {
  return renderChunks(tmxHead(options), units, renderTmxUnit, TMX_TAIL, options.chunkChars);
}
