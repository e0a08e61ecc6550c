// The editor's only way to talk to the server: the REST API of issue 4. Every answer is parsed; every failure
// comes back as a typed outcome, never a throw, so the caller can tell a conflict from a lost connection.

import { z } from 'zod';
import {
  alignmentAnswerSchema,
  apiErrorSchema,
  editorDocumentSchema,
  historySchema,
  presenceResponseSchema,
  type AlignmentAnswer,
  type EditorDocument,
  type EditorOperation,
  type HistoryEvent,
  type Presence,
} from './editor-document';

export type Outcome<T> =
  | { ok: true; data: T }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'refused'; status: number; message: string }
  | { ok: false; kind: 'network'; message: string };

export type Failure = Exclude<Outcome<unknown>, { ok: true }>;

export const base = (documentId: string) => `/api/v1/documents/${encodeURIComponent(documentId)}`;

export async function call<T>(url: string, schema: z.ZodType<T>, body?: unknown): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, kind: 'network', message: 'No connection to the server.' };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, data: parsed.data };
    return { ok: false, kind: 'refused', status: response.status, message: 'The server sent an answer the editor does not understand.' };
  }
  const error = apiErrorSchema.safeParse(json);
  const message = error.success ? error.data.error.message : `The server answered ${response.status}.`;
  if (response.status === 409 && error.success && error.data.error.code === 'VERSION_CONFLICT') {
    return { ok: false, kind: 'conflict', message };
  }
  if (response.status >= 500) return { ok: false, kind: 'network', message: `Not saved: the server failed (${response.status}).` };
  if (response.status === 401) return { ok: false, kind: 'refused', status: 401, message: 'Your session has ended. Sign in again in another tab, then retry.' };
  return { ok: false, kind: 'refused', status: response.status, message };
}

export const documentApi = {
  load: (documentId: string): Promise<Outcome<EditorDocument>> => call(base(documentId), editorDocumentSchema),

  operate: (documentId: string, baseVersion: number, operation: EditorOperation): Promise<Outcome<AlignmentAnswer>> =>
    call(`${base(documentId)}/operations?segments=changed`, alignmentAnswerSchema, { baseVersion, operation }),

  undo: (documentId: string, baseVersion: number): Promise<Outcome<AlignmentAnswer>> =>
    call(`${base(documentId)}/undo?segments=changed`, alignmentAnswerSchema, { baseVersion }),

  redo: (documentId: string, baseVersion: number): Promise<Outcome<AlignmentAnswer>> =>
    call(`${base(documentId)}/redo?segments=changed`, alignmentAnswerSchema, { baseVersion }),

  heartbeat: async (documentId: string): Promise<Outcome<{ presence: Presence; version?: number }>> =>
    call(`${base(documentId)}/presence`, presenceResponseSchema.extend({ version: z.number().int().optional() }), {}),

  history: async (documentId: string, segmentId: string): Promise<Outcome<HistoryEvent[]>> => {
    const result = await call(`${base(documentId)}/history?segmentId=${encodeURIComponent(segmentId)}`, historySchema);
    return result.ok ? { ok: true, data: result.data.events } : result;
  },
};
