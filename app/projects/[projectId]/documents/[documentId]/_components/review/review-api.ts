// The review, label and comment endpoints of issue 5, spoken through the editor's one `call` (document-api.ts):
// parsed answers, typed failures, never a throw.

import { base, call, documentApi, type Outcome } from '../sync/document-api';
import { operationDeltaAnswerSchema, type OperationDeltaAnswer } from '@/lib/alignment/document-delta';
import type { AlignmentState, EditorDocument } from '../sync/editor-document';
import {
  commentThreadsAnswerSchema,
  createdCommentSchema,
  threadStateSchema,
  type CommentThread,
  type CreatedComment,
} from '@/lib/comments/comment-view-schema';
import {
  approveAllAnswerSchema,
  beadLabelsAnswerSchema,
  beadReviewSchema,
  documentTransitionSchema,
  type BeadReview,
} from '@/lib/alignment/review-view-schema';
import type { CommentAnchor } from '../comments/comment-anchor';

export type DocumentAction = 'submit' | 'signOff' | 'reopen';

const ACTION_PATH: Record<DocumentAction, string> = { submit: 'submit', signOff: 'sign-off', reopen: 'reopen' };
const bead = (documentId: string, beadId: string) => `${base(documentId)}/beads/${encodeURIComponent(beadId)}/review`;
const comment = (documentId: string, commentId: string, what: 'replies' | 'resolve' | 'reopen') =>
  `${base(documentId)}/comments/${encodeURIComponent(commentId)}/${what}`;

export const reviewApi = {
  decide: (
    documentId: string,
    beadId: string,
    baseVersion: number,
    decision: 'approve' | 'reject',
    reason?: string,
  ): Promise<Outcome<OperationDeltaAnswer>> =>
    call(`${bead(documentId, beadId)}?answer=delta`, operationDeltaAnswerSchema, { decision, ...(reason ? { reason } : {}), baseVersion }),

  approveAll: (documentId: string, baseVersion: number): Promise<Outcome<AlignmentState & { approved: number }>> =>
    call(`${base(documentId)}/review/approve-all`, approveAllAnswerSchema, { baseVersion }),

  beadReview: (documentId: string, beadId: string): Promise<Outcome<BeadReview>> => call(bead(documentId, beadId), beadReviewSchema),

  /** Submit, sign off or reopen; these change the document's status and version, so the answer is the document reloaded. */
  transition: async (documentId: string, action: DocumentAction, reason?: string): Promise<Outcome<EditorDocument>> => {
    const result = await call(`${base(documentId)}/${ACTION_PATH[action]}`, documentTransitionSchema, reason ? { reason } : {});
    return result.ok ? documentApi.load(documentId) : result;
  },

  setLabels: (documentId: string, beadId: string, labels: readonly string[]) =>
    call(`${base(documentId)}/labels`, beadLabelsAnswerSchema, { beadId, labels }),

  threads: async (documentId: string, beadId: string): Promise<Outcome<CommentThread[]>> => {
    const result = await call(`${base(documentId)}/comments?beadId=${encodeURIComponent(beadId)}`, commentThreadsAnswerSchema);
    return result.ok ? { ok: true, data: result.data.threads } : result;
  },

  comment: (documentId: string, anchor: CommentAnchor, body: string): Promise<Outcome<CreatedComment>> =>
    call(`${base(documentId)}/comments`, createdCommentSchema, { ...anchor, body }),

  reply: (documentId: string, threadId: string, body: string): Promise<Outcome<CreatedComment>> =>
    call(comment(documentId, threadId, 'replies'), createdCommentSchema, { body }),

  setResolved: (documentId: string, threadId: string, resolved: boolean) =>
    call(comment(documentId, threadId, resolved ? 'resolve' : 'reopen'), threadStateSchema, {}),
};
