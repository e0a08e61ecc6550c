import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectChunks } from './chunked-output';
import type { ExportUnit } from './export-unit';
import { CONTROL_CHAR_UNIT, SAMPLE_UNITS } from './testing/sample-units';
import { fixturesDir, hasXmllint, warnSkip, writeTemp, xliffSchemaPath, xmllint } from './testing/xml-tools';
import { writeXliff, xliffContextType, type XliffWriteOptions } from './xliff-writer';
import { existsSync } from 'node:fs';

const OPTIONS: XliffWriteOptions = {
  sourceLanguage: 'ko-KR',
  targetLanguage: 'en-US',
  original: 'hani-2025-03 & friends.tmx',
  toolVersion: '0.1.0',
  now: new Date(Date.UTC(2025, 2, 6, 12, 0, 0)),
};
const hasSchema = existsSync(xliffSchemaPath);
if (!hasSchema) warnSkip('XLIFF schema validation', `${xliffSchemaPath} is absent`);
if (!hasXmllint) warnSkip('XLIFF schema validation', 'xmllint is not installed (apt-get install libxml2-utils)');

const xliffOf = (units: ExportUnit[]) => collectChunks(writeXliff(units, OPTIONS));
const dom = (xml: string) => new JSDOM(xml, { contentType: 'application/xml' }).window.document;

describe('writeXliff', () => {
  it('matches the golden file (markup characters, quotes, Hangul, tabs, empty segments, control characters)', async () => {
    expect(await xliffOf([...SAMPLE_UNITS, CONTROL_CHAR_UNIT])).toBe(readFileSync(path.join(fixturesDir, 'golden-basic.xlf'), 'utf8'));
  });

  it('is read back exactly by an independent DOM parser', async () => {
    const units = [...dom(await xliffOf(SAMPLE_UNITS)).getElementsByTagName('trans-unit')];
    expect(units.map((u) => u.getAttribute('id'))).toEqual(SAMPLE_UNITS.map((u) => u.tuid));
    units.forEach((u, i) => {
      expect(u.getElementsByTagName('source')[0].textContent).toBe(SAMPLE_UNITS[i].sourceText);
      expect(u.getElementsByTagName('target')[0].textContent).toBe(SAMPLE_UNITS[i].targetText);
      expect([...u.getElementsByTagName('note')].map((n) => n.textContent)).toEqual(SAMPLE_UNITS[i].notes);
    });
  });

  it.each([
    ['approved', 'yes', 'final'],
    ['confirmed', null, 'translated'],
    ['edited', null, 'needs-review-translation'],
    ['auto', null, 'needs-review-translation'],
    ['rejected', null, 'needs-translation'],
    [null, null, null],
  ] as const)('status %s → approved=%s state=%s', async (status, approved, state) => {
    const unit = dom(await xliffOf([{ ...SAMPLE_UNITS[0], status }])).getElementsByTagName('trans-unit')[0];
    expect(unit.getAttribute('approved')).toBe(approved);
    expect(unit.getElementsByTagName('target')[0].getAttribute('state')).toBe(state);
  });

  it("coerces other tools' prop names into valid context types", () => {
    expect(xliffContextType('x-bead-type')).toBe('x-bead-type');
    expect(xliffContextType('my prop')).toBe('x-my-prop');
    expect(xliffContextType('  ')).toBe('x-unnamed');
  });
});

describe.skipIf(!hasXmllint || !hasSchema)('XLIFF exports validate against xliff-core-1.2-strict.xsd', () => {
  it('the sample export (with control characters and foreign prop names) is valid', async () => {
    const units = [
      ...SAMPLE_UNITS,
      CONTROL_CHAR_UNIT,
      { ...SAMPLE_UNITS[0], tuid: 'other', props: { 'my prop': 'v' }, status: 'rejected' as const },
      // Open QA flags (decision 041): one line each, with quotes, Hangul and markup characters.
      { ...SAMPLE_UNITS[0], tuid: 'qa', props: { 'x-qa': 'number: "4만2천" <> "24,000"\nglossary: "기준금리" & "base rate"' } },
    ];
    const result = xmllint(writeTemp('export.xlf', await xliffOf(units)), { schema: xliffSchemaPath });
    expect(result.output).toMatch(/validates/);
    expect(result.ok).toBe(true);
  });

  it('an empty export is valid', async () => {
    expect(xmllint(writeTemp('empty.xlf', await xliffOf([])), { schema: xliffSchemaPath }).ok).toBe(true);
  });

  it('the schema check can fail: duplicate trans-unit ids are rejected', async () => {
    const result = xmllint(writeTemp('dup.xlf', await xliffOf([SAMPLE_UNITS[0], SAMPLE_UNITS[0]])), { schema: xliffSchemaPath });
    expect(result.ok).toBe(false);
  });
});
