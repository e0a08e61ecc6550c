export { failure } from '@/lib/server/testing/failure';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { createDocument } from '@/lib/server/documents/create-document';
import { getDocument } from '@/lib/server/testing/get-document';
import { approveAll } from '@/lib/server/review/approve-all';
import { signOffDocument } from '@/lib/server/review/sign-off-document';
import { submitDocument } from '@/lib/server/review/submit-document';

// Test-only helpers for the review and comment integration tests: documents in each review state, reached
// through the same use cases people use.

const SMALL = {
  ko: '서울시가 심야 버스를 늘린다.\n\n요금은 2,500원이다.\n\n사고는 없었다.',
  en: 'Seoul adds night buses.\n\nThe fare is 2,500 won.\n\nThere were no accidents.',
};

export async function smallDocument(editor: SessionUser, projectId: string, title = 'Review test'): Promise<string> {
  const { id } = await createDocument(editor, { projectId, title, sourceText: SMALL.ko, targetText: SMALL.en });
  return id;
}

export async function currentVersion(actor: SessionUser, documentId: string): Promise<number> {
  return (await getDocument(actor, { documentId })).version;
}

/** A document's title and two texts; the small three-paragraph article when left out. */
export interface DocumentText {
  title: string;
  sourceText: string;
  targetText: string;
}

const SMALL_DOCUMENT: DocumentText = { title: 'Review test', sourceText: SMALL.ko, targetText: SMALL.en };

/** The editor confirms every bead and submits: in_review, all beads confirmed. */
export async function submittedDocument(editor: SessionUser, projectId: string, text = SMALL_DOCUMENT): Promise<string> {
  const { id } = await createDocument(editor, { projectId, ...text });
  const doc = await getDocument(editor, { documentId: id });
  await applyDocumentOperation(editor, {
    documentId: id,
    baseVersion: doc.version,
    operation: { type: 'confirmUpTo', beadId: doc.beads[doc.beads.length - 1].id },
  });
  await submitDocument(editor, { documentId: id });
  return id;
}

/** Submitted and every bead approved by `approver` (who must not have edited it). */
export async function approvedBeadsDocument(
  editor: SessionUser,
  approver: SessionUser,
  projectId: string,
  text = SMALL_DOCUMENT,
): Promise<string> {
  const id = await submittedDocument(editor, projectId, text);
  await approveAll(approver, { documentId: id, baseVersion: await currentVersion(editor, id) });
  return id;
}

export async function signedOffDocument(
  editor: SessionUser,
  reviewer: SessionUser,
  projectId: string,
  text = SMALL_DOCUMENT,
): Promise<string> {
  const id = await approvedBeadsDocument(editor, reviewer, projectId, text);
  await signOffDocument(reviewer, { documentId: id });
  return id;
}
