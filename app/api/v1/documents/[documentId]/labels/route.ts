import { documentAccess } from '@/lib/server/access';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { BEAD_LABEL_DESCRIPTIONS, BEAD_LABELS } from '@/lib/review/bead-labels';
import { setLabels, setLabelsSchema } from '@/lib/server/review/set-labels';

// GET /api/v1/documents/{id}/labels → the label vocabulary. POST {beadId, labels} sets a bead's whole label set.
export const GET = apiHandler<{ documentId: string }>(async ({ user, params }) => {
  await documentAccess(user, params.documentId, 'document:read');
  return { labels: BEAD_LABELS.map((label) => ({ label, description: BEAD_LABEL_DESCRIPTIONS[label] })) };
});

export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params }) => {
    const body = await readJson(req, setLabelsSchema);
    return setLabels(user, { documentId: params.documentId, ...body });
  },
  { access: { document: 'document:comment' } },
);
