import { apiHandler } from '@/lib/server/http/api-handler';
import { listEditorQueue } from '@/lib/server/review/list-editor-queue';

// GET /api/v1/queue/editor → {rejected, mentions}: beads sent back to me and open comments that mention me.
export const GET = apiHandler(async ({ user }) => listEditorQueue(user));
