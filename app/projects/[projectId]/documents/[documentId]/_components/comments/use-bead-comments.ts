'use client';

// The comment threads of the selected bead while the comment panel is open (GET …/comments?beadId=). After a
// change the panel asks for them again (`reload`); until the new answer arrives the last one for the same bead
// stays on screen. Fetching talks to an external system, hence the effect; "loading" is derived, not set in it.

import { useEffect, useState } from 'react';
import type { Outcome } from '../sync/document-api';
import { reviewApi } from '../review/review-api';
import type { CommentThread } from '@/lib/comments/comment-view-schema';

export type ThreadsLoad = { state: 'loading' } | Outcome<CommentThread[]>;

export function useBeadComments(documentId: string, beadId: string | null): { load: ThreadsLoad | null; reload: () => void } {
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<{ beadId: string; round: number; result: Outcome<CommentThread[]> } | null>(null);

  useEffect(() => {
    if (!beadId) return;
    let cancelled = false;
    void reviewApi.threads(documentId, beadId).then((result) => {
      if (!cancelled) setAnswer({ beadId, round, result });
    });
    return () => {
      cancelled = true;
    };
  }, [documentId, beadId, round]);

  const reload = () => setRound((r) => r + 1);
  if (!beadId) return { load: null, reload };
  return { load: answer?.beadId === beadId ? answer.result : { state: 'loading' }, reload };
}
