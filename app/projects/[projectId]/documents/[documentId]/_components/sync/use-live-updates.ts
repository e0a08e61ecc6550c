'use client';

// The document's live stream (decision 042): Server-Sent Events from GET /api/v1/documents/{id}/events, opened
// once per document. Each `change` is a small delta handed to the sync; `presence` says who is on which bead;
// `reload` means the stream cannot send deltas (too far behind) and the document is loaded again. The browser's
// EventSource reconnects by itself, sending the last version it received.

import { useEffect, useEffectEvent, useRef } from 'react';
import { documentDeltaSchema, statusDeltaSchema, type DocumentDelta, type StatusDelta } from '@/lib/alignment/document-delta';
import { presenceSchema } from '@/lib/alignment/document-view-schema';
import { base } from './document-api';
import type { Presence } from './editor-document';

export interface LiveHandlers {
  onChange: (delta: DocumentDelta | StatusDelta) => void;
  onPresence: (others: Presence) => void;
  onReload: () => void;
  onOpen: (open: boolean) => void;
}

function parse(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

export function useLiveUpdates(documentId: string, openedAtVersion: number, handlers: LiveHandlers): void {
  const onChange = useEffectEvent((data: unknown) => {
    const delta = documentDeltaSchema.safeParse(data);
    if (delta.success) return handlers.onChange(delta.data);
    const status = statusDeltaSchema.safeParse(data);
    if (status.success) return handlers.onChange(status.data);
    handlers.onReload(); // a change this page cannot read: load the document again rather than show it wrong
  });
  const onPresence = useEffectEvent((data: unknown) => {
    const others = presenceSchema.safeParse(data);
    if (others.success) handlers.onPresence(others.data);
  });
  const onReload = useEffectEvent(() => handlers.onReload());
  const onOpen = useEffectEvent((open: boolean) => handlers.onOpen(open));
  // The version the page opened at starts the stream; later ones come through it (and Last-Event-ID on reconnect).
  const since = useRef(openedAtVersion);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`${base(documentId)}/events?since=${since.current}`);
    source.addEventListener('open', () => onOpen(true));
    source.addEventListener('error', () => onOpen(false));
    source.addEventListener('change', (event) => onChange(parse(event.data)));
    source.addEventListener('presence', (event) => onPresence(parse(event.data)));
    source.addEventListener('reload', () => onReload());
    return () => {
      source.close();
      onOpen(false);
    };
  }, [documentId]);
}
