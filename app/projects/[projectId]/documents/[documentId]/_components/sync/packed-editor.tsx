'use client';

// The editor's first load: the page hands over the document as one compact JSON string (decision 040), so the
// RSC payload carries ~60% of the bytes and the browser decodes it with one JSON.parse instead of walking
// 2,000 objects. The server checked this value against compactDocumentSchema as it wrote it into this very
// response; checking it again here cost more main-thread time than any other step of the open (decision 040),
// so only API answers (a reload) are parsed in the browser.

import { useMemo } from 'react';
import { unpackDocument, type CompactDocument } from '@/lib/alignment/compact-document';
import type { EditorQaSetup } from '@/lib/qa/qa-flags-schema';
import { AlignmentEditor } from '../editor/alignment-editor';

export function PackedEditor({ packed, initialBeadId, qa }: { packed: string; initialBeadId: string | null; qa?: EditorQaSetup }) {
  const document = useMemo(() => unpackDocument(JSON.parse(packed) as CompactDocument), [packed]);
  return <AlignmentEditor document={document} initialBeadId={initialBeadId} qa={qa} />;
}
