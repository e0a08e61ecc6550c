'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SignOffDialog } from '@/app/_components/sign-off-dialog';
import { approveAllAction, signOffAction } from '../actions';

// A queue row's two reviewer buttons. Each sends the version the page was rendered with, so a document that
// changed meanwhile is refused (409) instead of approving beads the reviewer has not seen. Sign-off asks first,
// in the same dialog as the editor's (a note for the history, a warning about open comment threads).

interface Props {
  documentId: string;
  title: string;
  version: number;
  confirmed: number;
  pending: number;
  openThreads: number;
  signOffBlockedBy: string | null;
}

export function ReviewRowActions(props: Props) {
  const t = useTranslations('review');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [signingOff, setSigningOff] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  async function run(action: () => ReturnType<typeof signOffAction> | ReturnType<typeof approveAllAction>, done: string) {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.message });
    router.refresh();
  }

  return (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
      <button
        type="button"
        className="secondary"
        disabled={busy || props.confirmed === 0}
        aria-label={t('approveAllLabel', { count: props.confirmed, title: props.title })}
        onClick={() =>
          run(() => approveAllAction(props.documentId, { baseVersion: props.version }), t('approvedDone', { count: props.confirmed }))
        }
      >
        {t('approveAll', { count: props.confirmed })}
      </button>
      <button
        type="button"
        disabled={busy || props.pending > 0 || props.signOffBlockedBy !== null}
        title={props.signOffBlockedBy ?? (props.pending > 0 ? t('beadsPending') : undefined)}
        aria-label={t('signOffLabel', { title: props.title })}
        onClick={() => setSigningOff(true)}
      >
        {t('signOff')}
      </button>
      {signingOff && (
        <SignOffDialog
          title={props.title}
          openThreads={props.openThreads}
          canSend={!busy}
          onCancel={() => setSigningOff(false)}
          onConfirm={(note) => {
            setSigningOff(false);
            void run(
              () => signOffAction(props.documentId, { baseVersion: props.version, ...(note ? { reason: note } : {}) }),
              t('signedOff'),
            );
          }}
        />
      )}
      {message && (
        <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error'}>
          {message.text}
        </span>
      )}
    </div>
  );
}
