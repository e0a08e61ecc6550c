// Test support: a seeded random generator, random valid alignments and random (often invalid) operations for the
// property tests. No dependencies: mulberry32 is enough to make failures reproducible from the seed.

import type { Alignment, Bead, BeadStatus, Segment, Side } from '../types';
import type { Operation } from '../operations/operation-schema';
import type { Random } from '../../seeded-random';

export { seededRandom, type Random } from '../../seeded-random';

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Weighted towards `auto`, as a freshly aligned document is. */
const STATUSES: readonly BeadStatus[] = ['auto', 'auto', 'auto', 'edited', 'confirmed', 'approved', 'rejected', 'excluded'];
const WORDS = ['서울시는', '예산을', '늘렸다', 'The', 'city', 'raised', 'its', 'budget', '2024년', '10%', '"quoted"', '🙂'];

function randomText(random: Random): string {
  const words = Array.from({ length: randomInt(random, 1, 6) }, () => pick(random, WORDS));
  return `${words.join(' ')}.`;
}

/**
 * A valid alignment with 0–3 segments per side per bead (never an empty bead) and mixed statuses; about one in
 * three also has a moved link (its target segments listed elsewhere in target order).
 */
export function randomAlignment(random: Random, beadCount = randomInt(random, 1, 8)): Alignment {
  const plain = randomMonotonicAlignment(random, beadCount);
  return random() < 0.35 ? withRandomMove(random, plain) : plain;
}

/** Turns one omission + one addition that are not neighbours into a moved bead, when the alignment has them. */
function withRandomMove(random: Random, alignment: Alignment): Alignment {
  const omissions = alignment.beads.map((bead, i) => (bead.target.length === 0 ? i : -1)).filter((i) => i >= 0);
  const additions = alignment.beads.map((bead, i) => (bead.source.length === 0 ? i : -1)).filter((i) => i >= 0);
  const pairs = omissions.flatMap((o) => additions.filter((a) => Math.abs(a - o) > 1).map((a) => [o, a] as const));
  if (pairs.length === 0) return alignment;
  const [o, a] = pick(random, pairs);
  const omission = alignment.beads[o];
  const moved: Bead = { ...omission, target: alignment.beads[a].target, moved: true };
  const beads = alignment.beads.map((bead, i) => (i === o ? moved : bead)).filter((_, i) => i !== a);
  return { ...alignment, beads };
}

function randomMonotonicAlignment(random: Random, beadCount: number): Alignment {
  const source: Segment[] = [];
  const target: Segment[] = [];
  const beads: Bead[] = [];
  const segment = (side: Side, list: Segment[]): string => {
    const id = `${side[0]}${list.length + 1}`;
    list.push({ id, side, paragraph: Math.floor(list.length / 4), text: randomText(random) });
    return id;
  };
  for (let i = 0; i < beadCount; i += 1) {
    let sourceCount = randomInt(random, 0, 3);
    const targetCount = randomInt(random, 0, 3);
    if (sourceCount + targetCount === 0) sourceCount = 1;
    const auto = random() < 0.6;
    beads.push({
      id: `b${i + 1}`,
      source: Array.from({ length: sourceCount }, () => segment('source', source)),
      target: Array.from({ length: targetCount }, () => segment('target', target)),
      origin: auto ? 'auto' : 'manual',
      confidence: auto ? Math.round(random() * 100) / 100 : null,
      reason: auto ? 'length ratio' : null,
      status: pick(random, STATUSES),
    });
  }
  return { source, target, beads };
}

/** A random operation aimed at the alignment's own ids; about one in ten ids is unknown on purpose. */
export function randomOperation(random: Random, alignment: Alignment): Operation {
  const beadId = () => (random() < 0.1 ? 'nope' : pick(random, alignment.beads).id);
  const segments = [...alignment.source, ...alignment.target];
  const segmentId = () => (random() < 0.1 || segments.length === 0 ? 'nope' : pick(random, segments).id);
  const small = () => randomInt(random, 0, 4);
  const type = pick(random, OPERATION_TYPES);
  switch (type) {
    case 'merge':
      return { type, beadId: beadId() };
    case 'split': {
      const bead = pick(random, alignment.beads);
      const within = (n: number) => (random() < 0.85 ? randomInt(random, 0, n) : small());
      const id = random() < 0.1 ? 'nope' : bead.id;
      return { type, beadId: id, sourceAt: within(bead.source.length), targetAt: within(bead.target.length) };
    }
    case 'move':
      return { type, segmentId: segmentId(), direction: random() < 0.5 ? 'up' : 'down' };
    case 'detach':
      return { type, segmentId: segmentId() };
    case 'relink': {
      const at = randomInt(random, 0, Math.max(0, alignment.beads.length - 2));
      const [a, b] = [alignment.beads[at], alignment.beads[at + 1]];
      const sources = (a?.source.length ?? 0) + (b?.source.length ?? 0);
      const targets = (a?.target.length ?? 0) + (b?.target.length ?? 0);
      const within = (n: number) => (random() < 0.85 ? randomInt(random, 0, n) : small());
      const beadIds: [string, string] = [a?.id ?? 'nope', b?.id ?? beadId()];
      return { type, beadIds, sourceAt: within(sources), targetAt: within(targets) };
    }
    case 'splitSegment':
      return { type, segmentId: segmentId(), offset: randomInt(random, 0, 20) };
    case 'joinSegments':
      return { type, segmentId: segmentId() };
    case 'editText':
      return { type, segmentId: segmentId(), text: random() < 0.1 ? ' ' : randomText(random) };
    case 'confirm':
      return { type, beadIds: [...new Set([beadId(), beadId()])] };
    case 'confirmUpTo':
      return { type, beadId: beadId() };
    case 'review': {
      const event = pick(random, ['approve', 'reject', 'exclude', 'include'] as const);
      return { type, beadIds: [beadId()], event, reason: event === 'reject' ? 'wrong pair' : undefined };
    }
    case 'replaceRange':
      return randomReplaceRange(random, alignment);
    case 'linkMoved':
      return randomLinkMoved(random, alignment);
    case 'unlinkMoved': {
      const moved = alignment.beads.filter((bead) => bead.moved);
      return { type, beadId: moved.length > 0 && random() < 0.9 ? pick(random, moved).id : beadId() };
    }
  }
}

/** Mostly an omission and an addition (in either order), so the operation often applies; sometimes any two beads. */
function randomLinkMoved(random: Random, alignment: Alignment): Operation {
  const omissions = alignment.beads.filter((bead) => bead.target.length === 0);
  const additions = alignment.beads.filter((bead) => bead.source.length === 0);
  const any = () => pick(random, alignment.beads).id;
  const first = omissions.length > 0 && random() < 0.85 ? pick(random, omissions).id : any();
  const second = additions.length > 0 && random() < 0.85 ? pick(random, additions).id : any();
  const beadIds: [string, string] = random() < 0.5 ? [first, second] : [second, first];
  return beadIds[0] === beadIds[1] ? { type: 'unlinkMoved', beadId: beadIds[0] } : { type: 'linkMoved', beadIds };
}

const OPERATION_TYPES: readonly Operation['type'][] = [
  'merge',
  'split',
  'move',
  'detach',
  'relink',
  'splitSegment',
  'joinSegments',
  'editText',
  'confirm',
  'confirmUpTo',
  'review',
  'replaceRange',
  'linkMoved',
  'linkMoved',
  'unlinkMoved',
];

/** Re-partitions a random run of beads the way the engine would: same segments, new 1-1 / n-0 / 0-n beads. */
function randomReplaceRange(random: Random, alignment: Alignment): Operation {
  const start = randomInt(random, 0, alignment.beads.length - 1);
  const run = alignment.beads.slice(start, start + randomInt(random, 1, 3));
  const source = run.flatMap((bead) => bead.source);
  const target = run.flatMap((bead) => bead.target);
  const beads: Extract<Operation, { type: 'replaceRange' }>['beads'] = [];
  let s = 0;
  let t = 0;
  while (s < source.length || t < target.length) {
    const takeSource = s < source.length && (t >= target.length || random() < 0.8) ? 1 : 0;
    const takeTarget = t < target.length && (takeSource === 0 || random() < 0.8) ? 1 : 0;
    beads.push({
      source: source.slice(s, s + takeSource),
      target: target.slice(t, t + takeTarget),
      confidence: Math.round(random() * 100) / 100,
      reason: 'realigned',
    });
    s += takeSource;
    t += takeTarget;
  }
  return { type: 'replaceRange', beadIds: run.map((bead) => bead.id), beads };
}
