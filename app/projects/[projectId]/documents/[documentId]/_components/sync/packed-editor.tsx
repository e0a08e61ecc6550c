'use client';

// The editor's first load: the page hands over the document as one compact JSON string (decision 040), so the
// RSC payload carries ~40% of the bytes and the browser decodes it with one JSON.parse instead of walking
// 2,000 objects. Parsed with the same schema the server packs with, then unpacked into the editor's shape.

import { useMemo } from 'react';
import { compactDocumentSchema, unpackDocument } from '@/lib/alignment/compact-document';
import { AlignmentEditor } from '../editor/alignment-editor';

export function PackedEditor({ packed, initialBeadId }: { packed: string; initialBeadId: string | null }) {
  const document = useMemo(() => unpackDocument(compactDocumentSchema.parse(JSON.parse(packed))), [packed]);
  return <AlignmentEditor document={document} initialBeadId={initialBeadId} />;
}
