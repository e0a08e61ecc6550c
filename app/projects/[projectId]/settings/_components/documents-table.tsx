'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { DeleteDocumentButton, type DeletableDocument } from './delete-document-button';
import { Feedback, type Message } from './feedback';
import { isDocumentStatus } from '@/lib/review/review-states';

export function DocumentsTable({ projectId, documents }: { projectId: string; documents: DeletableDocument[] }) {
  const t = useTranslations('settings');
  const statusName = useTranslations('status');
  const format = useFormatter();
  const [message, setMessage] = useState<Message>();
  return (
    <>
      <Feedback message={message} />
      {documents.length === 0 ? (
        <p className="muted">{t('noDocuments')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('colTitle')}</th>
              <th>{t('colStatus')}</th>
              <th>{t('colBeads')}</th>
              <th>{t('colDelete')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link href={`/projects/${projectId}/documents/${d.id}`}>{d.title}</Link>
                </td>
                <td>
                  <span className={`badge ${d.status}`}>{isDocumentStatus(d.status) ? statusName(d.status) : d.status}</span>
                </td>
                <td>{format.number(d.beads)}</td>
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
