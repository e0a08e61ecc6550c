import 'server-only';
import type { Role } from '@/lib/permissions';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { readSnapshot, type Tx } from '@/lib/server/db';
import { visibleDocument } from '@/lib/server/documents/visible-documents';

// The editor queue: beads a reviewer rejected (with the reason and who rejected them) in projects where the caller
// aligns, and open comment threads that mention the caller. Scoped by membership in the query itself, so a
// person removed from a project stops seeing its work.

export interface RejectedBeadItem {
  documentId: string;
  documentTitle: string;
  project: { id: string; name: string };
  beadId: string;
  position: number;
  reason: string | null;
  rejectedBy: { id: string; name: string } | null;
  rejectedAt: string | null;
  source: string;
  target: string;
}

export interface MentionItem {
  commentId: string;
  threadId: string;
  documentId: string;
  documentTitle: string;
  project: { id: string; name: string };
  beadId: string | null;
  segmentId: string | null;
  author: { id: string; name: string };
  body: string;
  createdAt: string;
}

const ALIGN_ROLES: Role[] = ['admin', 'editor'];
const LIMIT = 200;
const SNIPPET = 160;

const snippet = (text: string) => (text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text);

export function listEditorQueue(actor: SessionUser): Promise<{ rejected: RejectedBeadItem[]; mentions: MentionItem[] }> {
  // One snapshot: a project deleted while the queue is read must not leave a bead without its project.
  return readSnapshot((tx) => readQueue(tx, actor));
}

async function readQueue(tx: Tx, actor: SessionUser): Promise<{ rejected: RejectedBeadItem[]; mentions: MentionItem[] }> {
  const memberOf = (roles?: Role[]) =>
    actor.isAdmin ? {} : { project: { memberships: { some: { userId: actor.id, ...(roles ? { role: { in: roles } } : {}) } } } };
  const [beads, comments] = await Promise.all([
    tx.bead.findMany({
      where: { status: 'rejected', document: { AND: [visibleDocument, { status: { not: 'approved' } }], ...memberOf(ALIGN_ROLES) } },
      orderBy: [{ updatedAt: 'asc' }, { position: 'asc' }],
      take: LIMIT,
      select: {
        id: true,
        documentId: true,
        position: true,
        rejectReason: true,
        sourceIds: true,
        targetIds: true,
        document: { select: { title: true, project: { select: { id: true, name: true } } } },
      },
    }),
    tx.annotation.findMany({
      where: {
        mentions: { has: actor.id },
        resolved: false,
        OR: [{ parentId: null }, { parent: { resolved: false } }],
        document: memberOf(),
      },
      orderBy: { createdAt: 'desc' },
      take: LIMIT,
      select: {
        id: true,
        parentId: true,
        documentId: true,
        beadId: true,
        segmentId: true,
        body: true,
        createdAt: true,
        author: { select: { id: true, name: true } },
        document: { select: { title: true, project: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  const segmentIds = beads.flatMap((b) => [...b.sourceIds, ...b.targetIds]);
  const [segments, decisions] = await Promise.all([
    tx.segment.findMany({ where: { id: { in: segmentIds } }, select: { id: true, text: true } }),
    tx.reviewDecision.findMany({
      where: { beadId: { in: beads.map((b) => b.id) }, decision: 'reject' },
      orderBy: { createdAt: 'desc' },
      select: { beadId: true, createdAt: true, reviewer: { select: { id: true, name: true } } },
    }),
  ]);
  const text = new Map(segments.map((s) => [s.id, s.text]));
  const lastReject = new Map<string, (typeof decisions)[number]>();
  for (const d of decisions) if (!lastReject.has(d.beadId)) lastReject.set(d.beadId, d);
  return {
    rejected: beads.map((b) => ({
      documentId: b.documentId,
      documentTitle: b.document.title,
      project: b.document.project,
      beadId: b.id,
      position: b.position,
      reason: b.rejectReason,
      rejectedBy: lastReject.get(b.id)?.reviewer ?? null,
      rejectedAt: lastReject.get(b.id)?.createdAt.toISOString() ?? null,
      source: snippet(b.sourceIds.map((id) => text.get(id) ?? '').join(' ')),
      target: snippet(b.targetIds.map((id) => text.get(id) ?? '').join(' ')),
    })),
    mentions: comments.map((c) => ({
      commentId: c.id,
      threadId: c.parentId ?? c.id,
      documentId: c.documentId,
      documentTitle: c.document.title,
      project: c.document.project,
      beadId: c.beadId,
      segmentId: c.segmentId,
      author: c.author,
      body: snippet(c.body),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}
