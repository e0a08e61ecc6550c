// Turns one document's Alignment (plus what the database knows about it) into export units:
// joins multi-segment beads, computes the bead type, applies the export filter, and by default
// leaves out one-sided beads (1-0, 0-1), which are not translations of anything.

import type { Alignment, Bead, Segment } from '@/lib/alignment/types';
import { passesExportFilter, resolveExportFilter, type ExportFilter } from './export-filter';
import { beadType, UNIT_PROP, type ExportUnit } from './export-unit';
import { toXmlLang, type LangCodeStyle } from './language-codes';

export interface ExportDocumentMeta {
  documentId: string;
  title: string;
  sourceUrl: string | null;
  targetUrl: string | null;
  /** `ko`, `en`, `ko-KR`...; written in `langStyle`. */
  sourceLang: string;
  targetLang: string;
  created: Date;
  changed: Date;
  creator: string;
  changer: string;
}

/** Per-bead facts that live outside the Alignment (comments, labels, review). All optional. */
export interface BeadAnnotation {
  comments?: string[];
  labels?: string[];
  /** Open translation QA flags, one line each (decision 041). */
  qa?: string[];
  reviewer?: string | null;
  created?: Date;
  changed?: Date;
  creator?: string;
  changer?: string;
}

export interface AlignmentToUnitsOptions {
  filter?: Partial<ExportFilter>;
  langStyle?: LangCodeStyle;
  includeOneSided?: boolean;
  annotations?: Readonly<Record<string, BeadAnnotation>>;
  /** 'paragraph' merges the beads of one paragraph pair into one unit (TMX segtype="paragraph"). */
  level?: 'sentence' | 'paragraph';
  /** When `beads` continue a document read in pages: the paragraph key in effect before the first one. */
  paragraphKey?: string | null;
}

/** Joins segment texts with a single space: both Korean and English separate sentences by one. */
export function joinSegments(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join(' ');
}

export function alignmentToUnits(alignment: Alignment, doc: ExportDocumentMeta, options: AlignmentToUnitsOptions = {}): ExportUnit[] {
  const filter = resolveExportFilter(options.filter);
  const annotations = options.annotations ?? {};
  const byId = new Map<string, Segment>();
  for (const segment of [...alignment.source, ...alignment.target]) byId.set(segment.id, segment);
  const lookup = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((segment): segment is Segment => segment !== undefined);

  const groups =
    options.level === 'paragraph'
      ? groupByParagraph(alignment.beads, byId, options.paragraphKey ?? null).groups
      : alignment.beads.map((b) => [b]);
  const units: ExportUnit[] = [];
  for (const beads of groups) {
    const passes = beads.every((bead) =>
      passesExportFilter({ status: bead.status, confidence: bead.confidence, labels: annotations[bead.id]?.labels ?? [] }, filter),
    );
    if (!passes) continue;
    const source = lookup(beads.flatMap((bead) => bead.source));
    const target = lookup(beads.flatMap((bead) => bead.target));
    if (!options.includeOneSided && (source.length === 0 || target.length === 0)) continue;
    units.push(toUnit(beads, source, target, doc, annotations, options.langStyle ?? 'region'));
  }
  return units;
}

function toUnit(
  beads: readonly Bead[],
  source: readonly Segment[],
  target: readonly Segment[],
  doc: ExportDocumentMeta,
  annotations: Readonly<Record<string, BeadAnnotation>>,
  langStyle: LangCodeStyle,
): ExportUnit {
  const notes = beads.flatMap((bead) => annotations[bead.id]?.comments ?? []);
  const labels = [...new Set(beads.flatMap((bead) => annotations[bead.id]?.labels ?? []))];
  const first = annotations[beads[0].id] ?? {};
  const last = annotations[beads[beads.length - 1].id] ?? {};
  const confidences = beads.map((bead) => bead.confidence).filter((c): c is number => c !== null);
  const props: Record<string, string> = {
    [UNIT_PROP.documentTitle]: doc.title,
    [UNIT_PROP.beadType]: beadType(source.length, target.length),
  };
  if (doc.sourceUrl) props[UNIT_PROP.sourceUrl] = doc.sourceUrl;
  if (doc.targetUrl) props[UNIT_PROP.targetUrl] = doc.targetUrl;
  const reviewer = last.reviewer ?? first.reviewer;
  if (reviewer) props[UNIT_PROP.reviewer] = reviewer;
  if (labels.length > 0) props[UNIT_PROP.labels] = labels.join(',');
  const qa = beads.flatMap((bead) => annotations[bead.id]?.qa ?? []);
  if (qa.length > 0) props[UNIT_PROP.qa] = qa.join('\n');
  return {
    tuid: `${doc.documentId}-${beads[0].id}`,
    sourceText: joinSegments(source),
    targetText: joinSegments(target),
    sourceLang: toXmlLang(doc.sourceLang, langStyle),
    targetLang: toXmlLang(doc.targetLang, langStyle),
    created: first.created ?? doc.created,
    changed: last.changed ?? doc.changed,
    creator: first.creator ?? doc.creator,
    changer: last.changer ?? doc.changer,
    // A paragraph unit is as good as its weakest sentence.
    status: beads.every((bead) => bead.status === beads[0].status) ? beads[0].status : null,
    confidence: confidences.length === beads.length && confidences.length > 0 ? Math.min(...confidences) : null,
    notes,
    props,
  };
}

/**
 * Consecutive beads whose segments all sit in the same source paragraph and target paragraph. A moved link is
 * always a unit of its own: its target text comes from elsewhere, so joining it to its neighbours would scramble
 * the target paragraph (decision 022). `keys[i]` is the paragraph key in effect after group i, so a document
 * read in pages can start its next page at a group boundary (`startKey`) and group exactly as if read whole.
 */
export function groupByParagraph(
  beads: readonly Bead[],
  byId: ReadonlyMap<string, Segment>,
  startKey: string | null = null,
): { groups: Bead[][]; keys: (string | null)[] } {
  const groups: Bead[][] = [];
  const keys: (string | null)[] = [];
  let currentKey: string | null = startKey;
  for (const bead of beads) {
    if (bead.moved) {
      groups.push([bead]);
      currentKey = null;
      keys.push(currentKey);
      continue;
    }
    const sourcePara = bead.source.length > 0 ? byId.get(bead.source[0])?.paragraph : undefined;
    const targetPara = bead.target.length > 0 ? byId.get(bead.target[0])?.paragraph : undefined;
    const key: string = `${sourcePara ?? currentKey?.split('|')[0]}|${targetPara ?? currentKey?.split('|')[1]}`;
    if (key === currentKey && groups.length > 0) groups[groups.length - 1].push(bead);
    else {
      groups.push([bead]);
      keys.push(key);
    }
    currentKey = key;
    keys[keys.length - 1] = currentKey;
  }
  return { groups, keys };
}
