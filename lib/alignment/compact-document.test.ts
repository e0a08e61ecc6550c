import { describe, expect, it } from 'vitest';
import { compactDocumentSchema, packDocument, unpackDocument } from './compact-document';
import { documentViewSchema, type BeadView, type DocumentView } from './document-view-schema';

const meta = {
  id: 'doc-1',
  title: 'Ampersands & "quotes" <b>',
  status: 'draft',
  role: 'editor',
  project: { id: 'p1', name: '신문 & Co', sourceLang: 'ko', targetLang: 'en', fourEyes: true },
  permissions: { align: true, editText: true, revise: true, review: false, comment: true, signOff: false, reopen: false, export: true },
  presence: [{ userId: 'u2', name: '김 기자', beadId: 'b1' }],
  version: 7,
  canUndo: true,
  canRedo: false,
} satisfies Partial<DocumentView>;

function bead(id: string, source: string[], target: string[], extra: Partial<BeadView> = {}): BeadView {
  return {
    id,
    source,
    target,
    origin: 'auto',
    confidence: 0.91,
    reason: 'numbers 2024 match',
    status: 'auto',
    labels: [],
    comments: 0,
    changedSinceReview: false,
    rejectReason: null,
    ...extra,
  };
}

const seg = (id: string, text: string, paragraph = 0) => ({ id, text, paragraph });

const cases: [string, DocumentView][] = [
  ['an empty document', { ...meta, source: [], target: [], beads: [] }],
  [
    'Hangul, escapes, empty segments and paragraphs',
    {
      ...meta,
      source: [seg('s1', '서울시는 "발표"했다 & <끝>'), seg('s2', ''), seg('s3', '\\ \u2028 줄', 3)],
      target: [seg('t1', 'Seoul said "it" & <end>'), seg('t2', 'Second.', 1)],
      beads: [bead('b1', ['s1', 's2'], ['t1']), bead('b2', ['s3'], ['t2'])],
    },
  ],
  [
    'every sparse field, every status and origin, an addition and an omission',
    {
      ...meta,
      source: [seg('s1', 'a'), seg('s2', 'b'), seg('s3', 'c')],
      target: [seg('t1', 'x'), seg('t2', 'y')],
      beads: [
        bead('b1', ['s1'], [], { status: 'rejected', rejectReason: 'wrong number', labels: ['terminology', '숫자'], comments: 2 }),
        bead('b2', [], ['t1'], { origin: 'manual', confidence: null, reason: null, status: 'approved', changedSinceReview: true }),
        bead('b3', ['s2'], ['t2'], { status: 'excluded', moved: true, rejectReason: '' }),
        bead('b4', ['s3'], [], { status: 'edited', moved: false, confidence: 0 }),
        bead('b5', [], [], { status: 'confirmed', confidence: 1 }),
      ],
    },
  ],
  [
    'a bead pointing at a segment the lists lack keeps the id',
    { ...meta, source: [seg('s1', 'a')], target: [], beads: [bead('b1', ['s1', 'gone'], ['also-gone'])] },
  ],
];

/** The parsed JSON, loosely typed so a test can spoil it. */
interface Wire {
  source: { text: unknown[] };
  beads: Record<string, unknown[]>;
}

describe('compact document', () => {
  it.each(cases)('round-trips %s', (_name, view) => {
    expect(documentViewSchema.parse(view)).toStrictEqual(view); // the fixture is a valid view
    const packed = packDocument(view);
    const wire = compactDocumentSchema.parse(JSON.parse(JSON.stringify(packed)));
    expect(unpackDocument(wire)).toStrictEqual(view);
  });

  it('carries only the view’s fields when given a richer object, so the server need not parse what it packed', () => {
    const richer = { ...cases[2][1], updatedAt: new Date(0), sourceUrl: 'https://news.example.kr/1', kind: 'article' };
    const wire = JSON.parse(JSON.stringify(packDocument(richer))) as Record<string, unknown>;
    expect(wire).not.toHaveProperty('updatedAt');
    expect(wire).not.toHaveProperty('sourceUrl');
    expect(wire).not.toHaveProperty('kind');
    expect(compactDocumentSchema.parse(wire)).toStrictEqual(wire); // nothing for the browser's parse to strip
  });

  it('is less than half the bytes of the plain view for a typical document', () => {
    const n = 500;
    const uuid = (k: string, i: number) => `${k}${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`;
    const view: DocumentView = {
      ...meta,
      source: Array.from({ length: n }, (_, i) => seg(uuid('s', i), `서울시는 ${i}번째 계획을 발표했다.`, Math.floor(i / 10))),
      target: Array.from({ length: n }, (_, i) => seg(uuid('t', i), `Seoul announced plan ${i}.`, Math.floor(i / 10))),
      beads: Array.from({ length: n }, (_, i) => bead(uuid('b', i), [uuid('s', i)], [uuid('t', i)], { reason: null })),
    };
    const plain = Buffer.byteLength(JSON.stringify(view));
    const compact = Buffer.byteLength(JSON.stringify(packDocument(view)));
    expect(compact).toBeLessThan(plain / 2);
  });

  it.each([
    ['columns of different lengths', (c: Wire) => c.source.text.pop()],
    ['a segment position past the end', (c: Wire) => (c.beads.source[0] = [99])],
    ['a sparse entry past the end', (c: Wire) => c.beads.labels.push([42, ['x']])],
    ['an unknown status', (c: Wire) => (c.beads.status[0] = 17)],
    ['a negative position', (c: Wire) => (c.beads.target[0] = [-1])],
    ['a bead column missing', (c: Wire) => delete c.beads.reason],
  ])('refuses %s', (_name, spoil) => {
    const packed = JSON.parse(JSON.stringify(packDocument(cases[2][1]))) as Wire;
    spoil(packed);
    expect(compactDocumentSchema.safeParse(packed).success).toBe(false);
  });
});
