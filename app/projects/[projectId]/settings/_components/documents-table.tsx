'use client';

import Link from 'next/link';
import { useState } from 'react';
import { DeleteDocumentButton, type DeletableDocument } from './delete-document-button';
import { Feedback, type Message } from './feedback';
import { documentStatusLabel } from '@/lib/review/review-states';

export function DocumentsTable({ projectId, documents }: { projectId: string; documents: DeletableDocument[] }) {
  const [message, setMessage] = useState<Message>();
  return (
    <>
      <Feedback message={message} />
      {documents.length === 0 ? (
        <p className="muted">No documents.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>Title</th>
              <th>Status</th>
              <th>Beads</th>
              <th>Delete</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link href={`/projects/${projectId}/documents/${d.id}`}>{d.title}</Link>
                </td>
                <td>
                  <span className={`badge ${d.status}`}>{documentStatusLabel(d.status)}</span>
                </td>
                <td>{d.beads}</td>
                <td>
                  <DeleteDocumentButton projectId={projectId} document={d} onDone={setMessage} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
