import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectChunks } from './chunked-output';
import type { ExportUnit } from './export-unit';
import { CONTROL_CHAR_UNIT, SAMPLE_UNITS } from './testing/sample-units';
import {
  fixturesDir,
  hasXmllint,
  lisaKitDir,
  lisaKitFiles,
  officialTmxDtdPath,
  subsetDtdPath,
  warnSkip,
  writeTemp,
  xmllint,
} from './testing/xml-tools';
import { writeTmx, type TmxWriteOptions } from './tmx-writer';

const OPTIONS: TmxWriteOptions = { srclang: 'ko-KR', creationToolVersion: '0.1.0', now: new Date(Date.UTC(2025, 2, 6, 12, 0, 0)) };
const goldenPath = path.join(fixturesDir, 'golden-basic.tmx');

async function tmxOf(units: ExportUnit[], options: TmxWriteOptions = OPTIONS): Promise<string> {
  return collectChunks(writeTmx(units, options));
}

function parseDom(xml: string): Document {
  return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
}

if (!hasXmllint) warnSkip('xmllint validation of TMX exports', 'xmllint is not installed (apt-get install libxml2-utils)');
if (!officialTmxDtdPath)
  warnSkip(
    'validation against the official TMX 1.4 DTD',
    `no *.dtd under ../shared/tmx; validating against ${path.basename(subsetDtdPath)} instead`,
  );

describe('writeTmx', () => {
  it('matches the golden file (markup characters, quotes, Hangul, tabs, empty segments, control characters)', async () => {
    expect(await tmxOf([...SAMPLE_UNITS, CONTROL_CHAR_UNIT])).toBe(readFileSync(goldenPath, 'utf8'));
  });

  it('writes the header a CAT tool expects', async () => {
    const header = parseDom(await tmxOf(SAMPLE_UNITS)).querySelector('header');
    expect(header?.getAttribute('creationtool')).toBe('Bitext Desk');
    expect(header?.getAttribute('creationtoolversion')).toBe('0.1.0');
    expect(header?.getAttribute('segtype')).toBe('sentence');
    expect(header?.getAttribute('srclang')).toBe('ko-KR');
    expect(header?.getAttribute('datatype')).toBe('plaintext');
    expect(header?.getAttribute('o-tmf')).toBeTruthy();
    expect(header?.getAttribute('adminlang')).toBe('en-US');
    expect(header?.getAttribute('creationdate')).toBe('20250306T120000Z');
  });

  it('writes segtype="paragraph" for a paragraph-level export', async () => {
    const xml = await tmxOf([], { ...OPTIONS, segtype: 'paragraph' });
    expect(parseDom(xml).querySelector('header')?.getAttribute('segtype')).toBe('paragraph');
  });

  it('is read back exactly by an independent DOM parser', async () => {
    const doc = parseDom(await tmxOf(SAMPLE_UNITS));
    const tus = [...doc.querySelectorAll('tu')];
    expect(tus).toHaveLength(SAMPLE_UNITS.length);
    tus.forEach((tu, i) => {
      const unit = SAMPLE_UNITS[i];
      const tuvs = [...tu.querySelectorAll('tuv')];
      expect(tu.getAttribute('tuid')).toBe(unit.tuid);
      expect(tu.getAttribute('creationdate')).toBe('20250304T090507Z');
      expect(tu.getAttribute('changeid')).toBe('reviewer@desk');
      expect(tuvs.map((tuv) => tuv.getAttribute('xml:lang'))).toEqual(['ko-KR', 'en-US']);
      expect(tuvs[0].querySelector('seg')?.textContent).toBe(unit.sourceText);
      expect(tuvs[1].querySelector('seg')?.textContent).toBe(unit.targetText);
      expect([...tu.querySelectorAll('note')].map((n) => n.textContent)).toEqual(unit.notes);
    });
    const props = Object.fromEntries([...tus[0].querySelectorAll('prop')].map((p) => [p.getAttribute('type'), p.textContent]));
    expect(props).toMatchObject({ ...SAMPLE_UNITS[0].props, 'x-status': 'approved', 'x-confidence': '0.93' });
  });

  it('removes characters XML 1.0 forbids and keeps the rest', async () => {
    const xml = await tmxOf([CONTROL_CHAR_UNIT]);
    const seg = parseDom(xml).querySelector('tuv seg');
    expect(seg?.textContent).toBe('bell nul vt ff esc lone fffe ok');
    expect(parseDom(xml).querySelector('note')?.textContent).toBe('note');
  });

  it('uses the language codes it is given (ko/en)', async () => {
    const units = SAMPLE_UNITS.map((u) => ({ ...u, sourceLang: 'ko', targetLang: 'en' }));
    const doc = parseDom(await tmxOf(units, { ...OPTIONS, srclang: 'ko' }));
    expect([...doc.querySelectorAll('tuv')].slice(0, 2).map((t) => t.getAttribute('xml:lang'))).toEqual(['ko', 'en']);
  });

  it('streams: the first chunk comes before the unit source is exhausted', async () => {
    let pulled = 0;
    async function* many(): AsyncGenerator<ExportUnit> {
      for (let i = 0; i < 5000; i++) {
        pulled++;
        yield { ...SAMPLE_UNITS[0], tuid: `u${i}` };
      }
    }
    const chunks = writeTmx(many(), { ...OPTIONS, chunkChars: 4096 });
    const first = await chunks.next();
    expect(first.value).toContain('<tmx version="1.4">');
    expect(pulled).toBeLessThan(100);
    let count = 1;
    for await (const _chunk of chunks) count++;
    expect(count).toBeGreaterThan(100);
  });
});

describe.skipIf(!hasXmllint)('TMX exports validate with xmllint', () => {
  it('the sample export is valid against the TMX 1.4 DTD (official if present, else the subset)', async () => {
    const file = writeTemp('export.tmx', await tmxOf([...SAMPLE_UNITS, CONTROL_CHAR_UNIT]));
    const result = xmllint(file, { dtd: officialTmxDtdPath ?? subsetDtdPath });
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it.skipIf(!officialTmxDtdPath)('the sample export is valid against the official TMX 1.4 DTD from ../shared/tmx', async () => {
    const file = writeTemp('export.tmx', await tmxOf([...SAMPLE_UNITS, CONTROL_CHAR_UNIT]));
    expect(xmllint(file, { dtd: officialTmxDtdPath as string }).ok).toBe(true);
  });

  it('an empty export is valid too', async () => {
    const file = writeTemp('empty.tmx', await tmxOf([]));
    expect(xmllint(file, { dtd: officialTmxDtdPath ?? subsetDtdPath }).ok).toBe(true);
  });

  it('the subset DTD rejects what the official one rejects (a <tu> without <tuv>, a bad segtype)', () => {
    const bad =
      '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="word" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body><tu/></body></tmx>';
    const result = xmllint(writeTemp('bad.tmx', bad), { dtd: subsetDtdPath });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/segtype|tu/);
  });

  it.skipIf(!lisaKitExists())('the subset DTD accepts every LISA compliance kit file', () => {
    for (const name of lisaKitFiles()) {
      const result = xmllint(path.join(lisaKitDir, name), { dtd: subsetDtdPath });
      expect(result.ok, `${name}: ${result.output}`).toBe(true);
    }
  });
});

function lisaKitExists(): boolean {
  const exists = lisaKitFiles().length > 0;
  if (!exists) warnSkip('LISA kit checks', `${lisaKitDir} is absent`);
  return exists;
}
