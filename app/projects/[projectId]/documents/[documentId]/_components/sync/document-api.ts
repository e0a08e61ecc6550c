// The editor's only way to talk to the server: the REST API of issue 4, through the browser's one API call
// (lib/http/api-outcome.ts): every answer parsed, every failure a typed outcome, never a throw.

import { z } from 'zod';
import { compactDocumentSchema, unpackDocument } from '@/lib/alignment/compact-document';
import { operationDeltaAnswerSchema, type OperationDeltaAnswer } from '@/lib/alignment/document-delta';
import { callApi, jsonRequest, type Outcome } from '@/lib/http/api-outcome';
import {
  historySchema,
  presenceResponseSchema,
  type EditorDocument,
  type EditorOperation,
  type HistoryEvent,
  type Presence,
} from './editor-document';

export type { Failure, Outcome } from '@/lib/http/api-outcome';

export const base = (documentId: string) => `/api/v1/documents/${encodeURIComponent(documentId)}`;

/** A GET (no body) or JSON POST through the browser's one API call (lib/http/api-outcome.ts). */
export function call<T>(url: string, schema: z.ZodType<T>, body?: unknown): Promise<Outcome<T>> {
  return callApi(url, schema, jsonRequest(body));
}

export const documentApi = {
  // The compact shape (decision 040): about 40% of the bytes, no QA findings the editor does not show; gzip
  // compressed once per version on the server, inflated by callApi (decision 051 addendum).
  load: async (documentId: string): Promise<Outcome<EditorDocument>> => {
    const result = await call(`${base(documentId)}?format=compact&encoding=gzip`, compactDocumentSchema);
    return result.ok ? { ok: true, data: unpackDocument(result.data) } : result;
  },

  // Changes answer with the changes since the version sent, not the document (decision 046).
  operate: (documentId: string, baseVersion: number, operation: EditorOperation): Promise<Outcome<OperationDeltaAnswer>> =>
    call(`${base(documentId)}/operations?answer=delta`, operationDeltaAnswerSchema, { baseVersion, operation }),

  undo: (documentId: string, baseVersion: number): Promise<Outcome<OperationDeltaAnswer>> =>
    call(`${base(documentId)}/undo?answer=delta`, operationDeltaAnswerSchema, { baseVersion }),

  redo: (documentId: string, baseVersion: number): Promise<Outcome<OperationDeltaAnswer>> =>
    call(`${base(documentId)}/redo?answer=delta`, operationDeltaAnswerSchema, { baseVersion }),

  /** "I have it open"; with a bead (or null), also "I am on this bead". */
  heartbeat: async (documentId: string, beadId?: string | null): Promise<Outcome<{ presence: Presence; version?: number }>> =>
    call(
      `${base(documentId)}/presence`,
      presenceResponseSchema.extend({ version: z.number().int().optional() }),
      beadId === undefined ? {} : { beadId },
    ),

  history: async (documentId: string, segmentId: string): Promise<Outcome<HistoryEvent[]>> => {
    const result = await call(`${base(documentId)}/history?segmentId=${encodeURIComponent(segmentId)}`, historySchema);
    return result.ok ? { ok: true, data: result.data.events } : result;
  },
};
