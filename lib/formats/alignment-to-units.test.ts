import { describe, expect, it } from 'vitest';
import type { Alignment, Bead, BeadStatus, Segment } from '@/lib/alignment/types';
import { alignmentToUnits, type ExportDocumentMeta } from './alignment-to-units';
import { passesExportFilter, DEFAULT_EXPORT_FILTER } from './export-filter';

const seg = (side: 'source' | 'target', id: string, paragraph: number, text: string): Segment => ({ id, side, paragraph, text });
const bead = (id: string, source: string[], target: string[], status: BeadStatus = 'approved', confidence: number | null = 0.9): Bead => ({
  id,
  source,
  target,
  origin: 'auto',
  confidence,
  reason: null,
  status,
});

const ALIGNMENT: Alignment = {
  source: [
    seg('source', 's1', 0, '첫 문장.'),
    seg('source', 's2', 0, '둘째 문장.'),
    seg('source', 's3', 0, '셋째.'),
    seg('source', 's4', 1, '사진 설명.'),
    seg('source', 's5', 2, '넷째.'),
  ],
  target: [
    seg('target', 't1', 0, 'First and second.'),
    seg('target', 't2', 0, 'Third.'),
    seg('target', 't3', 1, 'Added line.'),
    seg('target', 't4', 2, 'Fourth.'),
  ],
  beads: [
    bead('b1', ['s1', 's2'], ['t1']),
    bead('b2', ['s3'], ['t2'], 'approved', null),
    bead('b3', ['s4'], []),
    bead('b4', [], ['t3']),
    bead('b5', ['s5'], ['t4'], 'edited', 0.4),
  ],
};

const DOC: ExportDocumentMeta = {
  documentId: 'd7',
  title: '제목 & "title"',
  sourceUrl: 'https://www.hani.co.kr/arti/1.html',
  targetUrl: 'https://english.hani.co.kr/arti/1.html',
  sourceLang: 'ko',
  targetLang: 'en',
  created: new Date(Date.UTC(2025, 0, 1)),
  changed: new Date(Date.UTC(2025, 0, 2)),
  creator: 'alice',
  changer: 'bob',
};

describe('alignmentToUnits', () => {
  it('joins multi-segment beads with one space, computes the bead type and skips 1-0/0-1 and unapproved beads', () => {
    const units = alignmentToUnits(ALIGNMENT, DOC);
    expect(units.map((u) => [u.tuid, u.sourceText, u.targetText, u.props['x-bead-type']])).toEqual([
      ['d7-b1', '첫 문장. 둘째 문장.', 'First and second.', '2-1'],
      ['d7-b2', '셋째.', 'Third.', '1-1'],
    ]);
    expect(units[0]).toMatchObject({
      sourceLang: 'ko-KR',
      targetLang: 'en-US',
      status: 'approved',
      confidence: 0.9,
      creator: 'alice',
      changer: 'bob',
    });
    expect(units[0].props).toMatchObject({ 'x-document-title': DOC.title, 'x-source-url': DOC.sourceUrl, 'x-target-url': DOC.targetUrl });
  });

  it('includes one-sided beads when asked, and uses ko/en codes in primary style', () => {
    const units = alignmentToUnits(ALIGNMENT, DOC, { includeOneSided: true, langStyle: 'primary' });
    expect(units.map((u) => u.props['x-bead-type'])).toEqual(['2-1', '1-1', '1-0', '0-1']);
    expect(units[2]).toMatchObject({ sourceLang: 'ko', targetLang: 'en', targetText: '' });
  });

  it('applies annotations: comments become notes, labels can exclude, reviewer and dates are kept', () => {
    const units = alignmentToUnits(ALIGNMENT, DOC, {
      annotations: {
        b1: { comments: ['"둘째" merged'], reviewer: 'carol', changed: new Date(Date.UTC(2025, 0, 3)), changer: 'carol' },
        b2: { labels: ['Exclude-from-TM'] },
      },
    });
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ notes: ['"둘째" merged'], changer: 'carol', props: { 'x-reviewer': 'carol' } });
    expect(units[0].changed.toISOString()).toBe('2025-01-03T00:00:00.000Z');
  });

  it('writes open QA flags as one x-qa prop, one line each; none without flags (decision 041)', () => {
    const all = { filter: { approvedOnly: false, minConfidence: null } };
    const units = alignmentToUnits(ALIGNMENT, DOC, { ...all, annotations: { b1: { qa: ['number: a', 'name: b'] } } });
    expect(units.map((u) => u.props['x-qa'] ?? null)).toEqual(['number: a\nname: b', null, null]);
    const paragraph = alignmentToUnits(ALIGNMENT, DOC, {
      ...all,
      level: 'paragraph',
      annotations: { b1: { qa: ['number: a'] }, b2: { qa: ['date: c'] } },
    });
    expect(paragraph.map((u) => u.props['x-qa'] ?? null)).toContain('number: a\ndate: c');
  });

  it('filters by minimum confidence (manual beads pass) and can include non-approved work', () => {
    const units = alignmentToUnits(ALIGNMENT, DOC, { filter: { approvedOnly: false, minConfidence: 0.5 } });
    expect(units.map((u) => u.tuid)).toEqual(['d7-b1', 'd7-b2']);
    const all = alignmentToUnits(ALIGNMENT, DOC, { filter: { approvedOnly: false, minConfidence: null } });
    expect(all.map((u) => u.tuid)).toEqual(['d7-b1', 'd7-b2', 'd7-b5']);
  });

  it('paragraph level merges the beads of one paragraph pair, only when all of them pass', () => {
    const units = alignmentToUnits(ALIGNMENT, DOC, { level: 'paragraph', filter: { approvedOnly: false } });
    expect(units.map((u) => [u.sourceText, u.targetText])).toEqual([
      ['첫 문장. 둘째 문장. 셋째.', 'First and second. Third.'],
      ['넷째.', 'Fourth.'],
    ]);
    expect(units[0].confidence).toBeNull();
    const approvedOnly = alignmentToUnits(ALIGNMENT, DOC, { level: 'paragraph' });
    expect(approvedOnly.map((u) => u.sourceText)).toEqual(['첫 문장. 둘째 문장. 셋째.']);
  });

  it('exports a moved link as a normal unit, and on its own at paragraph level (decision 022)', () => {
    const moved: Alignment = {
      source: [seg('source', 's1', 0, '하나.'), seg('source', 's2', 0, '둘.'), seg('source', 's3', 0, '셋.')],
      target: [seg('target', 't1', 0, 'One.'), seg('target', 't2', 0, 'Three.'), seg('target', 't3', 0, 'Two.')],
      beads: [bead('b1', ['s1'], ['t1']), { ...bead('b2', ['s2'], ['t3']), moved: true }, bead('b3', ['s3'], ['t2'])],
    };
    expect(alignmentToUnits(moved, DOC).map((u) => [u.sourceText, u.targetText, u.props['x-bead-type']])).toEqual([
      ['하나.', 'One.', '1-1'],
      ['둘.', 'Two.', '1-1'],
      ['셋.', 'Three.', '1-1'],
    ]);
    expect(alignmentToUnits(moved, DOC, { level: 'paragraph' }).map((u) => [u.sourceText, u.targetText])).toEqual([
      ['하나.', 'One.'],
      ['둘.', 'Two.'],
      ['셋.', 'Three.'],
    ]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(ALIGNMENT);
    alignmentToUnits(ALIGNMENT, DOC, { level: 'paragraph' });
    expect(JSON.stringify(ALIGNMENT)).toBe(before);
  });
});

describe('passesExportFilter', () => {
  it.each<[string, BeadStatus, number | null, string[], boolean]>([
    ['approved passes by default', 'approved', 0.2, [], true],
    ['confirmed is not approved', 'confirmed', 0.99, [], false],
    ['rewrite label excludes', 'approved', 0.9, ['rewrite'], false],
    ['labels compare case-insensitively', 'approved', 0.9, [' EXCLUDE-FROM-TM '], false],
    ['other labels are fine', 'approved', 0.9, ['numbers'], true],
  ])('%s', (_name, status, confidence, labels, expected) => {
    expect(passesExportFilter({ status, confidence, labels }, DEFAULT_EXPORT_FILTER)).toBe(expected);
  });

  it('never exports rejected or excluded beads, even when not approved-only', () => {
    const filter = { ...DEFAULT_EXPORT_FILTER, approvedOnly: false };
    expect(passesExportFilter({ status: 'rejected', confidence: 1, labels: [] }, filter)).toBe(false);
    expect(passesExportFilter({ status: 'excluded', confidence: 1, labels: [] }, filter)).toBe(false);
    expect(passesExportFilter({ status: 'auto', confidence: 1, labels: [] }, filter)).toBe(true);
  });
});
