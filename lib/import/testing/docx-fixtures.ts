// Tiny .docx files built in the tests themselves (no binary fixtures): the three parts Word needs at least.

import { strToU8, zipSync, type Zippable } from 'fflate';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** word/document.xml with one `<w:p>` per paragraph; a paragraph's "\n" becomes a soft line break. */
export function documentXml(paragraphs: string[]): string {
  const body = paragraphs
    .map(
      (p) =>
        `<w:p><w:r>${p
          .split('\n')
          .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
          .join('<w:br/>')}</w:r></w:p>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** The parts of a minimal .docx; tests add, drop or replace parts before zipping. */
export function docxParts(paragraphs: string[]): Zippable {
  return {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(documentXml(paragraphs)),
  };
}

export function makeDocx(paragraphs: string[]): Uint8Array<ArrayBuffer> {
  return zipSync(docxParts(paragraphs));
}
