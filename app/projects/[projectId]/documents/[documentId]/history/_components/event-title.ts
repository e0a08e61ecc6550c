import type { BeadRuns } from '@/lib/alignment/operations/operation-beads';
import { beadStatusLabel } from '@/lib/review/review-states';
import type { HistoryEvent } from '@/lib/server/documents/document-history';

// One audit event's title in words, naming its beads (issue 12 item 10): "Excluded bead 7", "Merged beads 3–4",
// "Undid: merge of beads 3–4". The numbers were stored with the event (`beads`, lib/alignment/operations/
// operation-beads.ts); events written before that say "a bead" / "1 bead" as they always did.

type Json = Record<string, unknown>;

const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const count = (n: number) => (n === 1 ? '1 bead' : `${n} beads`);

function runsOf(value: unknown): BeadRuns {
  return list(value).filter((r): r is [number, number] => Array.isArray(r) && r.length === 2 && r.every((n) => Number.isInteger(n)));
}

/** "bead 7", "beads 3–4", "beads 1–3 and 5"; long lists end "… and 12 more". */
export function beadRunsText(runs: BeadRuns, most = 4): string {
  const total = runs.reduce((n, [from, to]) => n + to - from + 1, 0);
  const parts = runs.slice(0, most).map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`));
  const rest = runs.slice(most).reduce((n, [from, to]) => n + to - from + 1, 0);
  const listed =
    rest > 0
      ? `${parts.join(', ')} and ${rest} more`
      : parts.length > 1
        ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
        : parts[0];
  return total === 1 ? `bead ${listed}` : `beads ${listed}`;
}

/** Titles of operations, with and without their beads (`b` is "bead 7" or "beads 3–4"). */
const OPERATION_TITLES: Record<string, { named: (b: string) => string; unnamed: string; noun: string }> = {
  merge: { named: (b) => `Merged ${b}`, unnamed: 'Merged two beads', noun: 'merge' },
  split: { named: (b) => `Split ${b}`, unnamed: 'Split a bead', noun: 'split' },
  move: { named: (b) => `Moved a segment between ${b}`, unnamed: 'Moved a segment to the neighbouring bead', noun: 'segment move' },
  detach: { named: (b) => `Detached a segment from ${b}`, unnamed: 'Detached a segment', noun: 'detach' },
  relink: { named: (b) => `Relinked ${b}`, unnamed: 'Relinked two beads', noun: 'relink' },
  splitSegment: { named: (b) => `Split a segment in ${b}`, unnamed: 'Split a segment', noun: 'segment split' },
  joinSegments: { named: (b) => `Joined two segments in ${b}`, unnamed: 'Joined two segments', noun: 'segment join' },
  editText: { named: (b) => `Edited text in ${b}`, unnamed: 'Edited text', noun: 'text edit' },
  replaceRange: { named: (b) => `Replaced ${b}`, unnamed: 'Replaced a range of beads', noun: 'replacement' },
  realign: { named: (b) => `Realigned from ${b}`, unnamed: 'Realigned from a bead', noun: 'realign' },
  confirm: { named: (b) => `Confirmed ${b}`, unnamed: 'Confirmed beads', noun: 'confirmation' },
  confirmUpTo: { named: (b) => `Confirmed ${b}`, unnamed: 'Confirmed every bead down to one', noun: 'confirmation' },
  linkMoved: {
    named: (b) => `Linked ${b} as a moved paragraph`,
    unnamed: 'Linked a moved paragraph (omission + addition)',
    noun: 'moved link',
  },
  unlinkMoved: { named: (b) => `Unlinked the moved link of ${b}`, unnamed: 'Unlinked a moved link', noun: 'unlinking' },
};

/** Review decisions: the verb is the status name the bead gets (one name per status), "included" puts it back. */
const decided = (status: 'approved' | 'rejected' | 'excluded') => (b: string) => `${beadStatusLabel(status, { capital: true })} ${b}`;
const REVIEW_TITLES: Record<string, { named: (b: string) => string; noun: string }> = {
  approve: { named: decided('approved'), noun: 'approval' },
  reject: { named: decided('rejected'), noun: 'rejection' },
  exclude: { named: decided('excluded'), noun: 'exclusion' },
  include: { named: (b) => `Included ${b} again`, noun: 'inclusion' },
};

function operationTitle(op: Json, runs: BeadRuns): string {
  const type = str(op.type);
  const named = runs.length > 0 ? beadRunsText(runs) : null;
  if (type === 'review') {
    const review = REVIEW_TITLES[str(op.event)] ?? { named: (b: string) => `Reviewed ${b}`, noun: 'review' };
    return review.named(named ?? count(list(op.beadIds).length));
  }
  if (type === 'confirm' && named === null) return `Confirmed ${count(list(op.beadIds).length)}`;
  const title = OPERATION_TITLES[type];
  if (!title) return type;
  return named ? title.named(named) : title.unnamed;
}

function operationNoun(op: Json): string {
  if (str(op.type) === 'review') return REVIEW_TITLES[str(op.event)]?.noun ?? 'review';
  return OPERATION_TITLES[str(op.type)]?.noun ?? 'change';
}

export function eventTitle(event: HistoryEvent): string {
  const after = obj(event.after);
  const op = obj(after.operation);
  const runs = runsOf(after.beads);
  switch (event.action) {
    case 'document.create':
      return 'Created the document';
    case 'document.submit':
      return 'Submitted for review';
    case 'document.sign-off':
      return 'Signed off';
    case 'document.reopen':
      return 'Reopened';
    case 'bead.labels':
      return 'Changed labels';
    case 'comment.create':
      return 'Commented';
    case 'comment.reply':
      return 'Replied';
    case 'comment.resolve':
      return 'Resolved a thread';
    case 'comment.reopen':
      return 'Reopened a thread';
    case 'operation.undo':
    case 'operation.redo': {
      const verb = event.action === 'operation.undo' ? 'Undid' : 'Redid';
      if (runs.length === 0) return event.action === 'operation.undo' ? 'Undid a change' : 'Redid a change';
      return `${verb}: ${operationNoun(op)} of ${beadRunsText(runs)}`;
    }
    case 'operation.editText':
      return operationTitle({ type: 'editText' }, runs);
    default:
      return event.action.startsWith('operation.')
        ? operationTitle({ ...op, type: event.action.slice('operation.'.length) }, runs)
        : event.action;
  }
}
