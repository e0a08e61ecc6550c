'use client';

// Who else has the document open, and on which bead: a heartbeat every 20 s while the page is open (an external
// system, hence the effect), and one when the selection moves to another bead (debounced), which the others'
// live streams show within a second (decision 042). A failing heartbeat is also how an idle page learns that
// the connection is gone.

import { useEffect, useState } from 'react';
import { documentApi } from './document-api';
import type { Presence } from './editor-document';

export const HEARTBEAT_MS = 20_000;
/** A selection held this long is announced; moving through the list key by key sends one heartbeat, not ten. */
export const ANNOUNCE_MS = 250;

export interface PresenceState {
  others: Presence;
  /** False after a heartbeat failed, until one succeeds. */
  reachable: boolean;
  /** The document version the server last reported, when it does. */
  remoteVersion: number | null;
}

export function usePresence(documentId: string, initial: Presence, beadId: string | null) {
  const [state, setState] = useState<PresenceState>({ others: initial, reachable: true, remoteVersion: null });

  useEffect(() => {
    let cancelled = false;
    const beat = async () => {
      const result = await documentApi.heartbeat(documentId);
      if (cancelled) return;
      setState((previous) =>
        result.ok
          ? { others: result.data.presence, reachable: true, remoteVersion: result.data.version ?? null }
          : { ...previous, reachable: result.kind !== 'network' },
      );
    };
    void beat();
    const timer = window.setInterval(() => void beat(), HEARTBEAT_MS);
    const online = () => void beat();
    window.addEventListener('online', online);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [documentId]);

  useEffect(() => {
    const timer = window.setTimeout(() => void documentApi.heartbeat(documentId, beadId), ANNOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [documentId, beadId]);

  return {
    ...state,
    /** The live stream's word on who is where (newer than the last heartbeat's). */
    setOthers: (others: Presence) => setState((previous) => ({ ...previous, others })),
  };
}
