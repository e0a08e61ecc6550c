import { useTranslations } from 'next-intl';
import { diffWords } from '@/lib/alignment/word-diff';
import { isBeadLabel } from '@/lib/review/bead-labels';
import { DOCUMENT_STATUSES, type DocumentStatus } from '@/lib/review/review-states';
import type { HistoryEvent } from '@/lib/server/documents/document-history';

// One audit event's detail (its title is event-title.ts): for text edits and revisions a word diff (removed words struck through, added
// words underlined). Reads the shapes written by apply-document-operation and lib/server/review|comments.

type Json = Record<string, unknown>;

const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isDocumentStatus = (value: string): value is DocumentStatus => (DOCUMENT_STATUSES as readonly string[]).includes(value);

/** A revision lists at most this many changed beads' diffs; the count says how many more. */
const MAX_SHOWN = 20;

function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <>
      {diffWords(before, after).map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

export function EventDetail({ event }: { event: HistoryEvent }) {
  const t = useTranslations('history');
  const statusName = useTranslations('status');
  const labelName = useTranslations('beadLabels.name');
  const status = (value: string) => (isDocumentStatus(value) ? statusName(value) : value);
  const labels = (value: unknown) =>
    list(value)
      .map((l) => (typeof l === 'string' && isBeadLabel(l) ? labelName(l) : String(l)))
      .join(', ') || t('none');
  const before = obj(event.before);
  const after = obj(event.after);
  const op = obj(after.operation);
  switch (event.action) {
    case 'operation.editText':
      return (
        <span data-testid="word-diff">
          <WordDiff before={str(before.text)} after={str(after.text)} />
        </span>
      );
    case 'operation.review':
      return str(op.reason) ? (
        <>
          {t('reason')} <q>{str(op.reason)}</q>
        </>
      ) : null;
    case 'document.submit':
    case 'document.sign-off':
    case 'document.reopen':
      return (
        <>
          {status(str(before.status))} → {status(str(after.status))}
          {str(after.reason) && (
            <>
              {' '}
              · {t('reason')} <q>{str(after.reason)}</q>
            </>
          )}
        </>
      );
    case 'document.revision': {
      const changed = list(after.changed).map(obj);
      const total = typeof obj(after.beads).changed === 'number' ? (obj(after.beads).changed as number) : changed.length;
      return (
        <span data-testid="revision-diff">
          {changed.slice(0, MAX_SHOWN).map((change, k) =>
            (['source', 'target'] as const)
              .filter((side) => str(obj(change.before)[side]) !== str(obj(change.after)[side]))
              .map((side) => (
                <span key={`${k}-${side}`} style={{ display: 'block' }}>
                  {t('revisionSide', { side })}
                  <WordDiff before={str(obj(change.before)[side])} after={str(obj(change.after)[side])} />
                </span>
              )),
          )}
          {total > MAX_SHOWN && <span style={{ display: 'block' }}>{t('revisionMore', { count: total - MAX_SHOWN })}</span>}
        </span>
      );
    }
    case 'bead.labels':
      return (
        <>
          {labels(before.labels)} → {labels(after.labels)}
        </>
      );
    case 'comment.create':
    case 'comment.reply':
      return <q>{str(after.body)}</q>;
    default:
      return null;
  }
}
