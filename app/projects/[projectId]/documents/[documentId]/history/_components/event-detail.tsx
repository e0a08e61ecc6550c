import { diffWords } from '@/lib/alignment/word-diff';
import { documentStatusLabel } from '@/lib/review/review-states';
import type { HistoryEvent } from '@/lib/server/documents/document-history';

// One audit event in words: what happened, and for text edits a word diff (removed words struck through, added
// words underlined). Reads the shapes written by apply-document-operation and lib/server/review|comments.

type Json = Record<string, unknown>;

const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const beads = (n: number) => (n === 1 ? '1 bead' : `${n} beads`);

const OPERATION_LABELS: Record<string, string> = {
  merge: 'Merged two beads', split: 'Split a bead', move: 'Moved a segment to the neighbouring bead', detach: 'Detached a segment',
  relink: 'Relinked two beads', splitSegment: 'Split a segment', joinSegments: 'Joined two segments', replaceRange: 'Replaced a range of beads',
  realign: 'Realigned from a bead', confirmUpTo: 'Confirmed every bead down to one',
  linkMoved: 'Linked a moved paragraph (omission + addition)', unlinkMoved: 'Unlinked a moved link',
};

const REVIEW_LABELS: Record<string, string> = { approve: 'Approved', reject: 'Rejected', exclude: 'Excluded', include: 'Included again' };

export function eventTitle(event: HistoryEvent): string {
  const after = obj(event.after);
  const op = obj(after.operation);
  switch (event.action) {
    case 'document.create': return 'Created the document';
    case 'document.submit': return 'Submitted for review';
    case 'document.sign-off': return 'Signed off';
    case 'document.reopen': return 'Reopened';
    case 'bead.labels': return 'Changed labels';
    case 'comment.create': return 'Commented';
    case 'comment.reply': return 'Replied';
    case 'comment.resolve': return 'Resolved a thread';
    case 'comment.reopen': return 'Reopened a thread';
    case 'operation.editText': return 'Edited text';
    case 'operation.undo': return 'Undid a change';
    case 'operation.redo': return 'Redid a change';
    case 'operation.confirm': return `Confirmed ${beads(list(op.beadIds).length)}`;
    case 'operation.review': return `${REVIEW_LABELS[str(op.event)] ?? 'Reviewed'} ${beads(list(op.beadIds).length)}`;
    default:
      return OPERATION_LABELS[event.action.replace(/^operation\./, '')] ?? event.action;
  }
}

export function EventDetail({ event }: { event: HistoryEvent }) {
  const before = obj(event.before);
  const after = obj(event.after);
  const op = obj(after.operation);
  switch (event.action) {
    case 'operation.editText':
      return (
        <span data-testid="word-diff">
          {diffWords(str(before.text), str(after.text)).map((part, i) =>
            part.kind === 'added' ? <ins key={i}>{part.text}</ins> : part.kind === 'removed' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
          )}
        </span>
      );
    case 'operation.review':
      return str(op.reason) ? <>Reason: <q>{str(op.reason)}</q></> : null;
    case 'document.submit':
    case 'document.sign-off':
    case 'document.reopen':
      return (
        <>
          {documentStatusLabel(str(before.status))} → {documentStatusLabel(str(after.status))}
          {str(after.reason) && <> · Reason: <q>{str(after.reason)}</q></>}
        </>
      );
    case 'bead.labels':
      return <>{list(before.labels).join(', ') || 'none'} → {list(after.labels).join(', ') || 'none'}</>;
    case 'comment.create':
    case 'comment.reply':
      return <q>{str(after.body)}</q>;
    default:
      return null;
  }
}
