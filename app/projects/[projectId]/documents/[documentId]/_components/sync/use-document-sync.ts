'use client';

// Holds the server's alignment state and the document's status, and sends every change through the API, one at a
// time. An operation's result shows at once, worked out locally with the same pure code the server runs
// (predict-operation.ts), its beads marked as pending; the server's answer replaces it, and a refused or lost
// change is taken back visibly and reported with a way to send it again (decision 029).

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n/translator';
import { applyDelta, type ChangeDelta, type DocumentDelta, type OperationDeltaAnswer } from '@/lib/alignment/document-delta';
import { predictOperation, type Prediction } from '../operations/predict-operation';
import { documentApi, type Failure, type Outcome } from './document-api';
import { failureText } from '@/lib/http/api-outcome';
import type { AlignmentState, EditorDocument, EditorOperation } from './editor-document';
import { reviewApi, type DocumentAction } from '../review/review-api';

export type Intent =
  | { kind: 'operation'; operation: EditorOperation; label: string }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'review'; beadId: string; decision: 'approve' | 'reject'; reason?: string; label: string }
  | { kind: 'approveAll' }
  | { kind: 'document'; action: DocumentAction; reason?: string };

export type SyncNotice =
  | { kind: 'saved'; message: string }
  | { kind: 'conflict'; message: string; intent: Intent | null }
  | { kind: 'refused'; message: string }
  | { kind: 'unsaved'; message: string; intent: Intent }
  | { kind: 'hint'; message: string };

const DOCUMENT_DONE = { submit: 'submitted', signOff: 'signedOff', reopen: 'reopened' } as const satisfies Record<DocumentAction, string>;

/** What a change did, for the status line and the banners; operations and reviews carry their label, already in the reader's language. */
function describe(intent: Intent, t: Translate<'sync'>): string {
  switch (intent.kind) {
    case 'operation':
    case 'review':
      return intent.label;
    case 'undo':
      return t('undone');
    case 'redo':
      return t('redone');
    case 'approveAll':
      return t('approvedAllLabel');
    case 'document':
      return t(DOCUMENT_DONE[intent.action]);
  }
}

/** The whole state (a reload, approve-all, a status change), or the changes since the version sent (decision 046). */
type Answer = (AlignmentState & { approved?: number; status?: EditorDocument['status'] }) | OperationDeltaAnswer;

function request(documentId: string, version: number, intent: Intent): Promise<Outcome<Answer>> {
  switch (intent.kind) {
    case 'operation':
      return documentApi.operate(documentId, version, intent.operation);
    case 'undo':
    case 'redo':
      return documentApi[intent.kind](documentId, version);
    case 'review':
      return reviewApi.decide(documentId, intent.beadId, version, intent.decision, intent.reason);
    case 'approveAll':
      return reviewApi.approveAll(documentId, version);
    case 'document':
      return reviewApi.transition(documentId, intent.action, intent.reason);
  }
}

/** The local result of a change, when it is safe to show before the server answers (not undo, realign, …). */
function predict(state: AlignmentState, intent: Intent): Prediction | null {
  if (intent.kind === 'operation') return predictOperation(state, intent.operation);
  if (intent.kind === 'review')
    return predictOperation(state, { type: 'review', beadIds: [intent.beadId], event: intent.decision, reason: intent.reason });
  return null;
}

const NOTHING_PENDING: ReadonlySet<string> = new Set();

function savedMessage(intent: Intent, answer: Answer, t: Translate<'sync'>): string {
  if (intent.kind === 'approveAll') {
    return 'approved' in answer && answer.approved
      ? t('approvedAll', { count: answer.approved, version: answer.version })
      : t('nothingWaiting');
  }
  return t('saved', { what: describe(intent, t), version: answer.version });
}

export function useDocumentSync(initial: EditorDocument) {
  const documentId = initial.id;
  const t = useTranslations('sync');
  const tApi = useTranslations('api');
  const [state, setState] = useState<AlignmentState>(initial);
  const [status, setStatus] = useState(initial.status);
  const [pending, setPending] = useState<Intent | null>(null);
  const [notice, setNotice] = useState<SyncNotice | null>(null);
  /** The shown result of the change on its way, until the server answers. */
  const [prediction, setPrediction] = useState<Prediction | null>(null);
  /** A label or comment is on its way (they do not queue behind operations, but a label toggle waits for the last). */
  const [annotating, setAnnotating] = useState(false);
  // A ref as well as state: two key presses within one frame must not send two requests.
  const inFlight = useRef(false);

  // Closing the tab while a change is on its way would lose it: let the browser ask first.
  useEffect(() => {
    if (!pending) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending]);

  /**
   * Other people's changes as they arrive (decision 042), by version: one that comes before the version it
   * follows (an answer of ours still on its way) waits here until that version is in.
   */
  const deltas = useRef(new Map<number, DocumentDelta>());
  /** The live stream is open: others' changes arrive by themselves. */
  const live = useRef(false);

  /** `current` with every waiting delta that follows it applied; a delta that does not fit means reload. */
  function caughtUp(current: AlignmentState): AlignmentState {
    let next = current;
    for (let delta = deltas.current.get(next.version + 1); delta; delta = deltas.current.get(next.version + 1)) {
      const applied = applyDelta(next, delta);
      if (applied === null) {
        queueMicrotask(() => void refresh());
        break;
      }
      next = applied;
    }
    for (const version of deltas.current.keys()) if (version <= next.version) deltas.current.delete(version);
    return next;
  }

  /**
   * Takes an answer from the server. A whole state replaces ours unless it is older (a slow reload overtaken by
   * an operation). Changes (an operation's answer) go where the live stream's go and are applied the same way;
   * the undo and redo flags in it are this user's own, so they hold whatever others did since.
   */
  function accept(answer: Answer) {
    if ('changes' in answer) {
      if (answer.changes === null) return void refresh(); // too far behind for changes: the document is smaller
      answer.changes.forEach(keep);
      setState((current) => ({ ...caughtUp(current), canUndo: answer.canUndo, canRedo: answer.canRedo }));
      return;
    }
    setState((current) => (answer.version >= current.version ? caughtUp(answer) : current));
    if (answer.status !== undefined) setStatus(answer.status);
  }

  /** Keeps a change until the version before it is in. */
  function keep(delta: ChangeDelta) {
    if ('status' in delta) {
      setStatus(delta.status);
      // A status change moves the version without touching the alignment.
      deltas.current.set(delta.version, { version: delta.version, userId: delta.userId, beads: [], source: [], target: [] });
    } else {
      deltas.current.set(delta.version, delta);
    }
  }

  /** A change someone made (or our own, already in): applied as a delta, no reload. */
  function receive(delta: ChangeDelta) {
    keep(delta);
    setState(caughtUp);
  }

  async function refresh(): Promise<boolean> {
    const loaded = await documentApi.load(documentId);
    if (loaded.ok) accept(loaded.data);
    return loaded.ok;
  }

  async function failed(intent: Intent, failure: Failure): Promise<SyncNotice> {
    if (failure.kind === 'network') {
      return { kind: 'unsaved', message: t('lost', { what: describe(intent, t) }), intent };
    }
    if (failure.kind === 'refused') {
      // 409 without a version conflict: the document was signed off meanwhile; show it as it is now.
      if (failure.status === 409) await refresh();
      return { kind: 'refused', message: failureText(failure, tApi) };
    }
    // With the live stream open, the change that got in the way arrives as a delta: no reload (decision 042).
    const refreshed = live.current || (await refresh());
    return {
      kind: 'conflict',
      message: refreshed ? t('conflictShown') : t('conflictReload'),
      // Undo and redo act on the shared log: after someone else's change they would undo theirs, so no re-apply.
      // Approve-all would approve beads the reviewer has not seen yet, so it is not re-applied either.
      intent: intent.kind === 'operation' || intent.kind === 'review' ? intent : null,
    };
  }

  /** Resolves to what became of the change; 'busy' when another one is still on its way. */
  async function send(intent: Intent): Promise<SyncNotice['kind'] | 'busy'> {
    if (inFlight.current) return 'busy';
    inFlight.current = true;
    setPending(intent);
    setNotice(null);
    const predicted = predict(state, intent);
    setPrediction(predicted);
    const result = await request(documentId, state.version, intent);
    // The answer replaces the prediction: stored, it shows the server's state; refused, the state before it.
    setPrediction(null);
    if (result.ok) accept(result.data);
    let notice: SyncNotice = result.ok ? { kind: 'saved', message: savedMessage(intent, result.data, t) } : await failed(intent, result);
    if (!result.ok && predicted) notice = { ...notice, message: t('takenBack', { what: describe(intent, t), message: notice.message }) };
    setNotice(notice);
    inFlight.current = false;
    setPending(null);
    return notice.kind;
  }

  /**
   * Labels and comments: annotations that do not bump the version (decision 011), so they need no turn in the
   * queue. The document is reloaded afterwards for the new labels and comment counts.
   */
  async function annotate<T>(call: () => Promise<Outcome<T>>, done: string): Promise<Outcome<T>> {
    setAnnotating(true);
    const result = await call();
    if (result.ok) await refresh();
    setAnnotating(false);
    if (result.ok) {
      setNotice({ kind: 'saved', message: done });
    } else {
      setNotice(
        result.kind === 'network'
          ? { kind: 'refused', message: t('notSaved', { message: t('noConnection') }) }
          : { kind: 'refused', message: failureText(result, tApi) },
      );
    }
    return result;
  }

  async function reload() {
    setNotice((await refresh()) ? { kind: 'hint', message: t('showingCurrent') } : { kind: 'refused', message: t('unreachable') });
  }

  return {
    /** What the editor shows: the server's state, or the predicted result of the change on its way. */
    state: prediction?.state ?? state,
    /** Beads whose change is on its way (shown as pending). */
    pendingBeads: prediction?.pending ?? NOTHING_PENDING,
    status,
    pending,
    notice,
    annotating,
    send,
    annotate,
    reload,
    receive,
    setLive: (open: boolean) => {
      live.current = open;
    },
    /** Loads the document again without a notice (the live stream asks when it cannot send deltas). */
    refresh: () => void refresh(),
    hint: (message: string) => setNotice({ kind: 'hint', message }),
    /** A change is on its way (true within the same frame as the key that sent it, unlike `pending`). */
    isBusy: () => inFlight.current,
    dismiss: () => setNotice(null),
  };
}

export type DocumentSync = ReturnType<typeof useDocumentSync>;
