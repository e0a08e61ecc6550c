'use client';

// The document's review workflow in the heading: its status, "Send to review" (editors), "Approve all confirmed"
// and "Sign off" (reviewers), "Reopen" with a reason (once signed off), "New revision" (editors), and links to the history and the project's
// dashboard. The server decides; a refusal (four-eyes, pending beads) comes back as the banner's message.

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DOCUMENT_STATUSES, type DocumentStatus } from '@/lib/review/review-states';
import { isSignedOff, type Permissions } from '../sync/editor-document';
import styles from './editor.module.css';
import { SignOffDialog } from '@/app/_components/sign-off-dialog';
import { RevisionForm } from './revision-form';
import type { Intent } from '../sync/use-document-sync';

interface Props {
  projectId: string;
  documentId: string;
  status: string;
  /** The version on screen: a revision is planned on it (409 when someone changed the document meanwhile). */
  version: number;
  langs: { source: string; target: string };
  permissions: Permissions;
  /** Beads confirmed by an editor and waiting for a reviewer. */
  waiting: number;
  /** Open comment threads on the document's beads (the sign-off dialog warns about them). */
  openThreads: number;
  /** False while a change is on its way or the server cannot be reached. */
  canSend: boolean;
  onSend: (intent: Intent) => void;
}

export function DocumentActions({
  projectId,
  documentId,
  status,
  version,
  langs,
  permissions,
  waiting,
  openThreads,
  canSend,
  onSend,
}: Props) {
  const t = useTranslations('docActions');
  const statusName = useTranslations('status');
  const [reopening, setReopening] = useState(false);
  const [signingOff, setSigningOff] = useState(false);
  const [revising, setRevising] = useState(false);
  const [reason, setReason] = useState('');
  const signedOff = isSignedOff(status);
  const reopen = () => {
    if (!reason.trim()) return;
    onSend({ kind: 'document', action: 'reopen', reason: reason.trim() });
    setReopening(false);
    setReason('');
  };
  const base = `/projects/${projectId}`;
  return (
    <div className={styles.docActions} data-testid="document-actions">
      <span className={`badge ${status}`} data-testid="document-status">
        {isDocumentStatus(status) ? statusName(status) : status}
      </span>
      {permissions.align && (status === 'draft' || status === 'reopened') && (
        <button type="button" disabled={!canSend} onClick={() => onSend({ kind: 'document', action: 'submit' })}>
          {t('send')}
        </button>
      )}
      {permissions.review && !signedOff && (
        <button type="button" className="secondary" disabled={!canSend || waiting === 0} onClick={() => onSend({ kind: 'approveAll' })}>
          {t('approveAll', { count: waiting })}
        </button>
      )}
      {permissions.signOff && (status === 'in_review' || status === 'reopened') && (
        <button type="button" disabled={!canSend} onClick={() => setSigningOff(true)}>
          {t('signOff')}
        </button>
      )}
      {signingOff && (
        <SignOffDialog
          openThreads={openThreads}
          canSend={canSend}
          onCancel={() => setSigningOff(false)}
          onConfirm={(note) => {
            onSend({ kind: 'document', action: 'signOff', ...(note ? { reason: note } : {}) });
            setSigningOff(false);
          }}
        />
      )}
      {permissions.reopen && signedOff && !reopening && (
        <button type="button" className="secondary" disabled={!canSend} onClick={() => setReopening(true)}>
          {t('reopen')}
        </button>
      )}
      {reopening && (
        <span className={styles.reopenForm}>
          <label>
            <span className={styles.visuallyHidden}>{t('reopenReason')}</span>
            <input
              autoFocus
              type="text"
              value={reason}
              placeholder={t('reopenPlaceholder')}
              onChange={(event) => setReason(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') reopen();
                else if (event.key === 'Escape') setReopening(false);
              }}
            />
          </label>
          <button type="button" disabled={!canSend || !reason.trim()} onClick={reopen}>
            {t('reopenSubmit')}
          </button>
          <button type="button" className="secondary" onClick={() => setReopening(false)}>
            {t('cancel')}
          </button>
        </span>
      )}
      {permissions.revise && !revising && (
        <button type="button" className="secondary" disabled={!canSend} onClick={() => setRevising(true)} data-testid="new-revision">
          {t('newRevision')}
        </button>
      )}
      <Link href={`${base}/documents/${documentId}/history`}>{t('history')}</Link>
      <Link href={`${base}/dashboard`}>{t('dashboard')}</Link>
      {revising && <RevisionForm documentId={documentId} version={version} langs={langs} onClose={() => setRevising(false)} />}
    </div>
  );
}

export function ReadOnlyBanner() {
  const t = useTranslations('docActions');
  return (
    <p role="status" className={`${styles.banner} ${styles.bannerWarn}`} data-testid="read-only-banner">
      <strong>{t('readOnly')}</strong> {t('readOnlyText')}
    </p>
  );
}

const isDocumentStatus = (value: string): value is DocumentStatus => (DOCUMENT_STATUSES as readonly string[]).includes(value);
