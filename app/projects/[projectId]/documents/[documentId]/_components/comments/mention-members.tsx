'use client';

// The project's members, for @mention suggestions in every comment box of the editor. The page loads them once
// with the document (same list as GET /api/v1/projects/{id}/members), so typing "@" needs no request.

import { createContext, use, type ReactNode } from 'react';
import type { MentionMember } from './mention-suggestions';

const MembersContext = createContext<readonly MentionMember[]>([]);

export function MentionMembersProvider({ members, children }: { members: readonly MentionMember[]; children: ReactNode }) {
  return <MembersContext value={members}>{children}</MembersContext>;
}

export function useMentionMembers(): readonly MentionMember[] {
  return use(MembersContext);
}
