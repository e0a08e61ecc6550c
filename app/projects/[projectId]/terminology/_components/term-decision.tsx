'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { acceptRenderingAction, rejectProposalAction } from '../actions';

/** Prefer one rendering of a term: it becomes the glossary entry the engine and QA use. */
export function PreferButton({ projectId, source, target }: { projectId: string; source: string; target: string }) {
  const t = useTranslations('terminology');
  const router = useRouter();
  const [state, setState] = useState<{ pending: boolean; error?: string }>({ pending: false });
  async function prefer() {
    setState({ pending: true });
    const result = await acceptRenderingAction(projectId, source, target);
    setState({ pending: false, error: result.ok ? undefined : result.message });
    if (result.ok) router.refresh();
  }
  return (
    <>
      <button type="button" className="small" disabled={state.pending} onClick={prefer} aria-label={t('preferLabel', { source, target })}>
        {t('prefer')}
      </button>
      {state.error && (
        <span role="alert" className="error">
          {state.error}
        </span>
      )}
    </>
  );
}

/** Accept a proposal (its English may be edited first) or reject it, in one step. */
export function ProposalDecision({ projectId, source, target }: { projectId: string; source: string; target: string }) {
  const t = useTranslations('terminology');
  const router = useRouter();
  const [state, setState] = useState<{ pending: boolean; error?: string }>({ pending: false });
  async function onAccept(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const edited = String(new FormData(event.currentTarget).get('target') ?? '');
    setState({ pending: true });
    const result = await acceptRenderingAction(projectId, source, edited);
    setState({ pending: false, error: result.ok ? undefined : result.message });
    if (result.ok) router.refresh();
  }
  async function onReject() {
    setState({ pending: true });
    const result = await rejectProposalAction(projectId, source);
    setState({ pending: false, error: result.ok ? undefined : result.message });
    if (result.ok) router.refresh();
  }
  return (
    <form className="inline" onSubmit={onAccept} aria-label={t('proposalLabel', { source })}>
      <input name="target" defaultValue={target} aria-label={t('englishFor', { source })} maxLength={200} required />
      <button type="submit" className="small" disabled={state.pending}>
        {t('accept')}
      </button>
      <button type="button" className="small secondary" disabled={state.pending} onClick={onReject}>
        {t('reject')}
      </button>
      {state.error && (
        <span role="alert" className="error">
          {state.error}
        </span>
      )}
    </form>
  );
}
