'use client';

// The reviewer's diff for the selected bead (GET …/beads/{id}/review), fetched when the bead changed since the
// last review decision. The answer is kept with the bead and version it was asked for; anything else is "loading"
// (derived, not reset in the effect). A fetch is talking to an external system, hence the effect.

import { useEffect, useState } from 'react';
import type { Outcome } from '../sync/document-api';
import { reviewApi } from './review-api';
import type { BeadReview } from '@/lib/alignment/review-view-schema';

export type BeadReviewLoad = { state: 'loading' } | Outcome<BeadReview>;

export function useBeadReview(documentId: string, beadId: string | null, version: number, wanted: boolean): BeadReviewLoad | null {
  const key = wanted && beadId ? `${beadId}@${version}` : null;
  const [answer, setAnswer] = useState<{ key: string; result: Outcome<BeadReview> } | null>(null);

  useEffect(() => {
    if (!key || !beadId) return;
    let cancelled = false;
    void reviewApi.beadReview(documentId, beadId).then((result) => {
      if (!cancelled) setAnswer({ key, result });
    });
    return () => {
      cancelled = true;
    };
  }, [documentId, beadId, key]);

  if (!key) return null;
  return answer?.key === key ? answer.result : { state: 'loading' };
}
