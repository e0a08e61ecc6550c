import type { BeadRuns } from '@/lib/alignment/operations/operation-beads';
import type { Translate } from '@/lib/i18n/translator';

// One audit event's title in the reader's language, naming its beads (issue 12 item 10): "Excluded bead 7",
// "Merged beads 3–4", "Undid: merge of beads 3–4" / "7번 쌍 제외". Built at render time from what the event
// stored (its action, its operation and the bead numbers, lib/alignment/operations/operation-beads.ts), never
// from stored sentences. Label and comment events store a bead id: the history view gives its current number
// (`beadNumbers`). Events written before bead numbers were stored say "a bead" / "1 bead" as they always did.

type Json = Record<string, unknown>;
type T = Translate<'history'>;

/** The part of an audit event a title reads (the history page's events and the editor's text history both have it). */
export interface TitledEvent {
  action: string;
  after: unknown;
}

const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function runsOf(value: unknown): BeadRuns {
  return list(value).filter((r): r is [number, number] => Array.isArray(r) && r.length === 2 && r.every((n) => Number.isInteger(n)));
}

/** "bead 7", "beads 3–4", "beads 1–3 and 5"; long lists end "… and 12 more" (in Korean "7번 쌍", "1–3, 5번 쌍"). */
export function beadRunsText(runs: BeadRuns, t: T, most = 4): string {
  const total = runs.reduce((n, [from, to]) => n + to - from + 1, 0);
  const parts = runs.slice(0, most).map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`));
  const rest = runs.slice(most).reduce((n, [from, to]) => n + to - from + 1, 0);
  if (rest > 0) return t('beadsMore', { list: parts.join(', '), rest });
  const listed = parts.length > 1 ? t('listEnd', { list: parts.slice(0, -1).join(', '), last: parts[parts.length - 1] }) : parts[0];
  return total === 1 ? t('bead', { list: listed }) : t('beads', { list: listed });
}

const OPERATIONS = [
  'merge',
  'split',
  'move',
  'detach',
  'relink',
  'splitSegment',
  'joinSegments',
  'editText',
  'replaceRange',
  'realign',
  'confirm',
  'confirmUpTo',
  'linkMoved',
  'unlinkMoved',
] as const;
type OperationType = (typeof OPERATIONS)[number];
const isOperation = (type: string): type is OperationType => (OPERATIONS as readonly string[]).includes(type);

/** Review decisions: the verb is the status the bead gets (one name per status); "include" puts it back. */
const REVIEWS = ['approve', 'reject', 'exclude', 'include'] as const;
type ReviewEvent = (typeof REVIEWS)[number] | 'other';
const reviewOf = (op: Json): ReviewEvent => {
  const event = str(op.event);
  return (REVIEWS as readonly string[]).includes(event) ? (event as ReviewEvent) : 'other';
};

function operationTitle(op: Json, runs: BeadRuns, t: T): string {
  const type = str(op.type);
  const named = runs.length > 0 ? beadRunsText(runs, t) : null;
  if (type === 'review') return t(`review.${reviewOf(op)}.named`, { beads: named ?? t('count', { count: list(op.beadIds).length }) });
  if (type === 'confirm' && named === null) return t('op.confirm.named', { beads: t('count', { count: list(op.beadIds).length }) });
  if (!isOperation(type)) return type;
  return named ? t(`op.${type}.named`, { beads: named }) : t(`op.${type}.unnamed`);
}

function operationNoun(op: Json, t: T): string {
  const type = str(op.type);
  if (type === 'review') return t(`review.${reviewOf(op)}.noun`);
  return isOperation(type) ? t(`op.${type}.noun`) : t('event.change');
}

/** A label or comment event's bead: its current number, when the bead (or the commented segment's bead) still exists. */
function annotatedBead(after: Json, beadNumbers: ReadonlyMap<string, number>, t: T): string | null {
  const id = str(after.beadId) || str(after.segmentId);
  const number = id ? beadNumbers.get(id) : undefined;
  return number === undefined ? null : t('bead', { list: String(number) });
}

export function eventTitle(event: TitledEvent, t: T, beadNumbers: ReadonlyMap<string, number> = new Map()): string {
  const after = obj(event.after);
  const op = obj(after.operation);
  const runs = runsOf(after.beads);
  const about = (
    on: 'labelsOf' | 'commentedOn' | 'repliedOn' | 'threadResolvedOn' | 'threadReopenedOn',
    plain: 'event.labels' | 'event.commented' | 'event.replied' | 'event.threadResolved' | 'event.threadReopened',
  ) => {
    const beads = annotatedBead(after, beadNumbers, t);
    return beads ? t(`event.${on}`, { beads }) : t(plain);
  };
  switch (event.action) {
    case 'document.create':
      return t('event.created');
    case 'tmx.import':
      return t('event.tmxImported');
    case 'document.submit':
      return t('event.submitted');
    case 'document.sign-off':
      return t('event.signedOff');
    case 'document.reopen':
      return t('event.reopened');
    case 'document.revision': {
      const beads = obj(after.beads);
      const sides = list(after.sides);
      const count = (key: string) => (typeof beads[key] === 'number' ? (beads[key] as number) : 0);
      return t('event.revised', {
        sides: sides.length === 2 ? 'both' : str(sides[0]) || 'both',
        changed: count('changed'),
        added: count('added'),
        removed: count('removed'),
      });
    }
    case 'bead.labels':
      return about('labelsOf', 'event.labels');
    case 'comment.create':
      return about('commentedOn', 'event.commented');
    case 'comment.reply':
      return about('repliedOn', 'event.replied');
    case 'comment.resolve':
      return about('threadResolvedOn', 'event.threadResolved');
    case 'comment.reopen':
      return about('threadReopenedOn', 'event.threadReopened');
    case 'operation.undo':
    case 'operation.redo': {
      const undo = event.action === 'operation.undo';
      if (runs.length === 0) return undo ? t('event.undidChange') : t('event.redidChange');
      return t(undo ? 'event.undid' : 'event.redid', { noun: operationNoun(op, t), beads: beadRunsText(runs, t) });
    }
    case 'operation.editText':
      return operationTitle({ type: 'editText' }, runs, t);
    default:
      return event.action.startsWith('operation.')
        ? operationTitle({ ...op, type: event.action.slice('operation.'.length) }, runs, t)
        : event.action;
  }
}
