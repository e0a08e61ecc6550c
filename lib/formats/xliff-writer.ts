// XLIFF 1.2 writer, streaming, valid against xliff-core-1.2-strict.xsd. Review status maps to the
// schema's `state` values and `approved="yes"`; metadata travels as <context-group> and <note>.

import type { BeadStatus } from '@/lib/alignment/types';
import { renderChunks, type UnitSource } from './chunked-output';
import { UNIT_PROP, type ExportUnit } from './export-unit';
import { escapeXml } from './xml-escape';

export interface XliffWriteOptions {
  sourceLanguage: string;
  targetLanguage: string;
  /** The <file original> name, e.g. the export's file name or project name. */
  original: string;
  toolVersion: string;
  now?: Date;
  chunkChars?: number;
}

/** XLIFF 1.2 state for each review status. Only approved work is final. */
export const XLIFF_STATE: Record<BeadStatus, string> = {
  auto: 'needs-review-translation',
  edited: 'needs-review-translation',
  confirmed: 'translated',
  approved: 'final',
  rejected: 'needs-translation',
  excluded: 'needs-translation',
};

const TOOL_ID = 'bitext-desk';
const attr = (name: string, value: string) => ` ${name}="${escapeXml(value, 'attribute')}"`;

/** context-type must be a schema value or match `x-[^\s]+`; other tools' prop names are coerced. */
export function xliffContextType(propType: string): string {
  const cleaned = propType.trim().replace(/\s+/g, '-') || 'unnamed';
  return cleaned.startsWith('x-') ? cleaned : `x-${cleaned}`;
}

export function xliffHead(options: XliffWriteOptions): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
    '  <file' +
    attr('original', options.original) +
    attr('source-language', options.sourceLanguage) +
    attr('target-language', options.targetLanguage) +
    attr('datatype', 'plaintext') +
    attr('tool-id', TOOL_ID) +
    attr('date', (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z')) +
    '>\n' +
    '    <header>\n' +
    `      <tool${attr('tool-id', TOOL_ID)}${attr('tool-name', 'Bitext Desk')}${attr('tool-version', options.toolVersion)}/>\n` +
    '    </header>\n' +
    '    <body>\n'
  );
}

const XLIFF_TAIL = '    </body>\n  </file>\n</xliff>\n';

export function renderXliffUnit(unit: ExportUnit): string {
  const approved = unit.status === 'approved' ? attr('approved', 'yes') : '';
  const state = unit.status ? attr('state', XLIFF_STATE[unit.status]) : '';
  let out = `      <trans-unit${attr('id', unit.tuid)}${approved}${attr('xml:space', 'preserve')}>\n`;
  out += `        <source${attr('xml:lang', unit.sourceLang)}>${escapeXml(unit.sourceText)}</source>\n`;
  out += `        <target${attr('xml:lang', unit.targetLang)}${state}>${escapeXml(unit.targetText)}</target>\n`;
  const contexts = Object.entries(unit.props).filter(([type]) => type !== UNIT_PROP.status && type !== UNIT_PROP.confidence);
  if (unit.confidence !== null) contexts.push([UNIT_PROP.confidence, String(unit.confidence)]);
  if (unit.status !== null) contexts.push([UNIT_PROP.status, unit.status]);
  if (contexts.length > 0) {
    // No name attribute: the schema wants context-group names unique per file.
    out += `        <context-group${attr('purpose', 'information')}>\n`;
    for (const [type, value] of contexts)
      out += `          <context${attr('context-type', xliffContextType(type))}>${escapeXml(value)}</context>\n`;
    out += '        </context-group>\n';
  }
  for (const note of unit.notes) out += `        <note${attr('from', unit.changer)}>${escapeXml(note)}</note>\n`;
  return out + '      </trans-unit>\n';
}

/** Streams an XLIFF 1.2 document with one <file> holding every unit. */
export function writeXliff(units: UnitSource, options: XliffWriteOptions): AsyncGenerator<string, void, undefined> {
  return renderChunks(xliffHead(options), units, renderXliffUnit, XLIFF_TAIL, options.chunkChars);
}
