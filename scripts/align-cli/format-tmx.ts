// `--format tmx`: the engine's beads as a TMX 1.4 file, written by the same streaming writer as the
// app's export (lib/formats/tmx-writer.ts). Like the app's export, one-sided beads (1-0, 0-1) are left
// out: they are not translations of anything. Every unit is `auto` with the engine's confidence.
import { readFileSync } from 'node:fs';
import type { EngineBead } from '../../lib/align-engine';
import { beadType, UNIT_PROP, type ExportUnit } from '../../lib/formats/export-unit';
import { toXmlLang } from '../../lib/formats/language-codes';
import { writeTmx } from '../../lib/formats/tmx-writer';
import type { FormattedSegment } from './format-output';

export const CLI_CREATOR = 'bitext-desk-align-cli';

/** The version in package.json, written as the TMX header's creationtoolversion. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

export function beadsToUnits(
  beads: EngineBead[],
  source: FormattedSegment[],
  target: FormattedSegment[],
  langs: { srcLang: string; tgtLang: string },
  now: Date,
): ExportUnit[] {
  const units: ExportUnit[] = [];
  beads.forEach((bead, k) => {
    if (bead.source.length === 0 || bead.target.length === 0) return;
    units.push({
      tuid: `bead-${k}`,
      // segments of one side are joined with a single space, as in the app's export
      sourceText: bead.source.map((i) => source[i].text).join(' '),
      targetText: bead.target.map((j) => target[j].text).join(' '),
      sourceLang: toXmlLang(langs.srcLang, 'region'),
      targetLang: toXmlLang(langs.tgtLang, 'region'),
      created: now,
      changed: now,
      creator: CLI_CREATOR,
      changer: CLI_CREATOR,
      status: 'auto',
      confidence: bead.confidence,
      notes: [],
      props: { [UNIT_PROP.beadType]: beadType(bead.source.length, bead.target.length) },
    });
  });
  return units;
}

export function formatTmx(
  beads: EngineBead[],
  source: FormattedSegment[],
  target: FormattedSegment[],
  langs: { srcLang: string; tgtLang: string },
  now = new Date(),
): AsyncGenerator<string, void, undefined> {
  return writeTmx(beadsToUnits(beads, source, target, langs, now), {
    srclang: toXmlLang(langs.srcLang, 'region'),
    creationToolVersion: packageVersion(),
    now,
  });
}
