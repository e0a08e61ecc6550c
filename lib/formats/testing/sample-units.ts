// Units with every kind of text that has broken a TMX/XLIFF/TSV writer somewhere: markup characters,
// quotes, Hangul, tabs, newlines, CR, empty segments, control characters and astral characters.

import type { ExportUnit } from '../export-unit';

const base = {
  sourceLang: 'ko-KR',
  targetLang: 'en-US',
  created: new Date(Date.UTC(2025, 2, 4, 9, 5, 7)),
  changed: new Date(Date.UTC(2025, 2, 5, 23, 59, 59)),
  creator: 'minji',
  changer: 'reviewer@desk',
} as const;

export const SAMPLE_UNITS: ExportUnit[] = [
  {
    ...base,
    tuid: 'doc1-b1',
    sourceText: '삼성전자 & LG는 <신제품>을 "공개"했다.',
    targetText: 'Samsung & LG unveiled <new products> — it\'s "official".',
    status: 'approved',
    confidence: 0.93,
    notes: ['Checked against the print edition & the web <edition>.'],
    props: {
      'x-document-title': '반도체 수출 "사상 최대" & 전망',
      'x-source-url': 'https://www.hani.co.kr/arti/economy/1.html?a=1&b=2',
      'x-bead-type': '2-1',
      'x-reviewer': 'Kim "Editor" <desk>',
    },
  },
  {
    ...base,
    tuid: 'doc1-b2',
    sourceText: '탭\t하나와\t\t둘, 줄바꿈\n그리고 CR\r\n끝.',
    targetText: '',
    status: 'approved',
    confidence: null,
    notes: [],
    props: { 'x-bead-type': '1-1' },
  },
  {
    ...base,
    tuid: 'doc1-b3',
    sourceText: '',
    targetText: '  leading and trailing spaces  ',
    status: null,
    confidence: 1,
    notes: ['first', 'second\twith tab'],
    props: {},
  },
  {
    ...base,
    tuid: 'doc1-b4 & <odd> "id"',
    sourceText: '이모지 😀 와 한자 漢字, 그리고 ]]> 끝',
    targetText: 'Emoji 😀 and CJK 漢字, then ]]> end',
    status: 'edited',
    confidence: 0.5,
    notes: [],
    props: { 'x-labels': 'numbers,quote' },
  },
];

/** A unit whose text holds characters XML 1.0 cannot carry at all (they are removed on export). */
export const CONTROL_CHAR_UNIT: ExportUnit = {
  ...base,
  tuid: 'doc1-ctrl',
  sourceText: 'bell\u0007 nul\u0000 vt\u000b ff\u000c esc\u001b lone\uD800 fffe\uFFFE ok',
  targetText: 'clean',
  status: 'approved',
  confidence: 0.7,
  notes: ['note\u0001'],
  props: {},
};
