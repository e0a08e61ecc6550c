// Output formats of the align command. `beads` is the exact contract other tools parse:
// one bead per line, "[i, j]:[k]", 0-based, nothing else.
import type { EngineBead } from '../../lib/align-engine';

export interface FormattedSegment {
  paragraph: number;
  text: string;
}

export function formatBeadLine(bead: Pick<EngineBead, 'source' | 'target'>): string {
  return `[${bead.source.join(', ')}]:[${bead.target.join(', ')}]`;
}

const cell = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

export function formatBeads(beads: EngineBead[]): string {
  return beads.map((b) => `${formatBeadLine(b)}\n`).join('');
}

export function formatTsv(beads: EngineBead[], source: FormattedSegment[], target: FormattedSegment[]): string {
  const rows = ['source_ids\ttarget_ids\tconfidence\tsource\ttarget\treason'];
  for (const b of beads) {
    rows.push(
      [
        b.source.join(','),
        b.target.join(','),
        b.confidence.toFixed(3),
        cell(b.source.map((i) => source[i].text).join(' ')),
        cell(b.target.map((j) => target[j].text).join(' ')),
        cell(b.reason),
      ].join('\t'),
    );
  }
  return `${rows.join('\n')}\n`;
}

export function formatJson(
  beads: EngineBead[],
  source: FormattedSegment[],
  target: FormattedSegment[],
  langs: { srcLang: string; tgtLang: string },
): string {
  return `${JSON.stringify({ ...langs, source, target, beads }, null, 2)}\n`;
}
