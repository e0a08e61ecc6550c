'use client';

// The editor's QA flags (decision 041): checked in the browser from the server's state, after the list has
// painted (a deferred value: opening a document and applying a change never wait for QA), and dismissed or
// restored through the API.

import { useDeferredValue, useMemo, useState } from 'react';
import { callApi, jsonRequest, type Outcome } from '@/lib/http/api-outcome';
import { createQaCache } from '@/lib/qa';
import type { QaFlag } from '@/lib/qa/qa-flags';
import { qaDismissalAnswerSchema, type EditorQaSetup, type QaDismissalAnswer } from '@/lib/qa/qa-flags-schema';
import { base } from '../sync/document-api';
import type { AlignmentState } from '../sync/editor-document';
import { dismissalMap, documentFlags, openBeads, withAnswer } from './editor-qa';

export interface EditorQa {
  /** Checks are on for this project. */
  enabled: boolean;
  /** Flags of every bead that has any, open or dismissed. */
  flags: ReadonlyMap<string, readonly QaFlag[]>;
  /** Beads with an open flag. */
  open: ReadonlySet<string>;
  dismiss: (beadId: string, fingerprint: string, reason: string) => Promise<Outcome<QaDismissalAnswer>>;
  restore: (beadId: string, fingerprint: string) => Promise<Outcome<QaDismissalAnswer>>;
}

const NONE: ReadonlyMap<string, readonly QaFlag[]> = new Map();

export function useQaFlags(
  documentId: string,
  state: AlignmentState,
  setup: EditorQaSetup,
  langs: { source: string; target: string },
): EditorQa {
  const [dismissals, setDismissals] = useState(() => dismissalMap(setup.dismissals));
  const options = useMemo(
    () => ({ sourceLang: langs.source, targetLang: langs.target, checks: setup.checks, glossary: setup.glossary }),
    [langs, setup],
  );
  const cache = useMemo(() => createQaCache(options), [options]);
  // null on the first render: the list paints first, QA follows in a background render.
  const checked = useDeferredValue<AlignmentState | null>(state, null);
  const flags = useMemo(() => (checked ? documentFlags(checked, options, cache, dismissals) : NONE), [checked, options, cache, dismissals]);
  const open = useMemo(() => openBeads(flags), [flags]);

  const send = async (beadId: string, action: 'dismiss' | 'restore', body: object) => {
    const url = `${base(documentId)}/beads/${encodeURIComponent(beadId)}/qa/${action}`;
    const result = await callApi(url, qaDismissalAnswerSchema, jsonRequest(body));
    if (result.ok) setDismissals((map) => withAnswer(map, result.data));
    return result;
  };
  return {
    enabled: setup.checks.length > 0,
    flags,
    open,
    dismiss: (beadId, fingerprint, reason) => send(beadId, 'dismiss', { fingerprint, reason }),
    restore: (beadId, fingerprint) => send(beadId, 'restore', { fingerprint }),
  };
}
