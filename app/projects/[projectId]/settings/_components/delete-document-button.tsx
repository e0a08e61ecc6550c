'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type KeyboardEvent } from 'react';
import { deleteDocumentAction } from '../actions';
import type { Message } from './feedback';

export interface DeletableDocument {
  id: string;
  title: string;
  beads: number;
  status: string;
}

// Two steps, so one stray click or Enter deletes nothing: "Delete…" opens a confirmation with Cancel focused;
// Escape closes it. The outcome is reported by the list (the row itself disappears).
export function DeleteDocumentButton({
  projectId,
  document,
  onDone,
}: {
  projectId: string;
  document: DeletableDocument;
  onDone: (message: Message) => void;
}) {
  const t = useTranslations('settings');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);

  async function onDelete() {
    setPending(true);
    const result = await deleteDocumentAction(projectId, document.id);
    setPending(false);
    setConfirming(false);
    if (!result.ok) return onDone({ ok: false, text: result.message });
    onDone({ ok: true, text: t('deleted', { title: result.data.title }) });
    router.refresh();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && !pending) setConfirming(false);
  }

  if (!confirming) {
    return (
      <button
        type="button"
        className="secondary"
        onClick={() => {
          onDone(undefined);
          setConfirming(true);
        }}
        aria-label={t('deleteLabel', { title: document.title })}
      >
        {t('delete')}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t('confirmLabel', { title: document.title })} onKeyDown={onKeyDown} style={{ display: 'grid', gap: 6 }}>
      <p className="error" style={{ margin: 0 }}>
        {t('confirm', { title: document.title, beads: document.beads, signedOff: String(document.status === 'approved') })}
      </p>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" className="danger" onClick={onDelete} disabled={pending}>
          {pending ? t('deleting') : t('deletePermanently')}
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={pending} autoFocus>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
