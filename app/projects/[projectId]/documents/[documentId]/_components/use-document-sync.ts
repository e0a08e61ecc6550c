'use client';

// Holds the server's alignment state and sends every change through the operation API, one at a time.
// Nothing is kept only in the browser: a change shows once the server has stored it, and a refused or lost change
// is reported with a way to send it again against the current version.

import { useEffect, useRef, useState } from 'react';
import { documentApi, type Failure } from './document-api';
import type { AlignmentState, EditorOperation } from './editor-document';

export type Intent =
  | { kind: 'operation'; operation: EditorOperation; label: string }
  | { kind: 'undo' }
  | { kind: 'redo' };

export type SyncNotice =
  | { kind: 'saved'; message: string }
  | { kind: 'conflict'; message: string; intent: Intent | null }
  | { kind: 'refused'; message: string }
  | { kind: 'unsaved'; message: string; intent: Intent }
  | { kind: 'hint'; message: string };

function describe(intent: Intent): string {
  return intent.kind === 'operation' ? intent.label : intent.kind === 'undo' ? 'Undone' : 'Redone';
}

export function useDocumentSync(documentId: string, initial: AlignmentState) {
  const [state, setState] = useState(initial);
  const [pending, setPending] = useState<Intent | null>(null);
  const [notice, setNotice] = useState<SyncNotice | null>(null);
  // A ref as well as state: two key presses within one frame must not send two requests.
  const inFlight = useRef(false);

  // Closing the tab while a change is on its way would lose it: let the browser ask first.
  useEffect(() => {
    if (!pending) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending]);

  async function refresh(): Promise<boolean> {
    const loaded = await documentApi.load(documentId);
    if (loaded.ok) setState(loaded.data);
    return loaded.ok;
  }

  async function failed(intent: Intent, failure: Failure): Promise<SyncNotice> {
    if (failure.kind === 'network') {
      return { kind: 'unsaved', message: `Not saved: ${failure.message} “${describe(intent)}” did not reach the server.`, intent };
    }
    if (failure.kind === 'refused') return { kind: 'refused', message: failure.message };
    const refreshed = await refresh();
    const view = refreshed ? 'The view now shows the current version.' : 'Reload the page to see the current version.';
    return {
      kind: 'conflict',
      message: `Someone else changed this document meanwhile, so your change was not applied. ${view}`,
      // Undo and redo act on the shared log: after someone else's change they would undo theirs, so no re-apply.
      intent: intent.kind === 'operation' ? intent : null,
    };
  }

  /** Resolves to what became of the change; 'busy' when another one is still on its way. */
  async function send(intent: Intent): Promise<SyncNotice['kind'] | 'busy'> {
    if (inFlight.current) return 'busy';
    inFlight.current = true;
    setPending(intent);
    setNotice(null);
    const { version } = state;
    const result =
      intent.kind === 'operation'
        ? await documentApi.operate(documentId, version, intent.operation)
        : await documentApi[intent.kind](documentId, version);
    const notice: SyncNotice = result.ok
      ? { kind: 'saved', message: `${describe(intent)} · saved as version ${result.data.version}` }
      : await failed(intent, result);
    if (result.ok) setState(result.data);
    setNotice(notice);
    inFlight.current = false;
    setPending(null);
    return notice.kind;
  }

  async function reload() {
    setNotice((await refresh()) ? { kind: 'hint', message: 'Showing the current version.' } : { kind: 'refused', message: 'Could not reach the server.' });
  }

  return {
    state,
    pending,
    notice,
    send,
    reload,
    hint: (message: string) => setNotice({ kind: 'hint', message }),
    dismiss: () => setNotice(null),
  };
}

export type DocumentSync = ReturnType<typeof useDocumentSync>;
