'use client';

// The alignment editor (issue 4) with review and annotation (issue 5): the server's state, what the user is doing
// (selection, filter, mode), and everything else derived from those two. Every change goes through
// useDocumentSync, one request at a time.

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Side } from '@/lib/alignment/types';
import { isRole } from '@/lib/permissions';
import { applyFilter, countRows, NO_FILTER, type ListFilter } from '../beads/bead-filters';
import { BeadDock } from '../beads/bead-dock';
import { BeadList } from '../beads/bead-list';
import { buildIndex, type BeadRow } from '../beads/bead-rows';
import { DocumentActions, ReadOnlyBanner } from './document-actions';
import { changedSinceDecision, isSignedOff, type EditorDocument } from '../sync/editor-document';
import { BROWSE, panelOwnsKeys, type EditorMode } from './editor-mode';
import styles from './editor.module.css';
import { EditorToolbar } from './editor-toolbar';
import { HelpOverlay } from './help-overlay';
import { ModePanel } from './mode-panel';
import { INITIAL_SELECTION, listView, resolveShownSelection, selectRow, type Selection } from '../beads/selection';
import { SaveStatus, SyncBanner } from '../sync/sync-banner';
import { useBeadReview } from '../review/use-bead-review';
import { useCommandQueue } from '../operations/use-command-queue';
import { useBrowserOnline } from '../sync/use-connection';
import { useDocumentSync } from '../sync/use-document-sync';
import { useEditorCommands } from './use-editor-commands';
import { useEditorKeys } from './use-editor-keys';
import { useLiveUpdates } from '../sync/use-live-updates';
import { usePresence } from '../sync/use-presence';
import type { EditorQaSetup } from '@/lib/qa/qa-flags-schema';
import { QaPanel } from '../qa/qa-panel';
import { useQaFlags } from '../qa/use-qa-flags';

const QA_OFF: EditorQaSetup = { checks: [], glossary: [], dismissals: [] };

export function AlignmentEditor({
  document: doc,
  initialBeadId = null,
  qa: qaSetup = QA_OFF,
}: {
  document: EditorDocument;
  initialBeadId?: string | null;
  /** Translation QA: the project's checks, the glossary terms and the dismissals (decision 041). */
  qa?: EditorQaSetup;
}) {
  const sync = useDocumentSync(doc);
  const online = useBrowserOnline();
  // A deep link (?bead=ID) selects its bead; the list scrolls the selection into view as it always does.
  const t = useTranslations('editor');
  const tNav = useTranslations('nav');
  const roleName = useTranslations('roles');
  const [selection, setSelection] = useState<Selection>(() =>
    initialBeadId ? { ...INITIAL_SELECTION, beadId: initialBeadId } : INITIAL_SELECTION,
  );
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [mode, setMode] = useState<EditorMode>(BROWSE);
  const [helpOpen, setHelpOpen] = useState(false);
  const [movedMark, setMovedMark] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);

  const { state, status } = sync;
  const { permissions } = doc;
  const index = useMemo(() => buildIndex(state), [state]);
  const langs = useMemo(() => ({ source: doc.project.sourceLang, target: doc.project.targetLang }), [doc.project]);
  const qa = useQaFlags(doc.id, state, qaSetup, langs);
  const visible = useMemo(() => applyFilter(index.rows, filter, qa.open), [index, filter, qa.open]);
  const counts = useMemo(() => countRows(index.rows, qa.open), [index, qa.open]);
  const view = useMemo(() => listView(visible, index.rows.length), [visible, index]);
  // Always a bead the list shows: a hidden selection moves to the nearest shown bead (derived, decision 023).
  const resolved = resolveShownSelection(index, view, selection);
  const presence = usePresence(doc.id, doc.presence, resolved?.row.bead.id ?? null);
  // Others' changes and moves arrive live, as deltas (decision 042).
  useLiveUpdates(doc.id, doc.version, {
    onChange: sync.receive,
    onPresence: presence.setOthers,
    onReload: sync.refresh,
    onOpen: sync.setLive,
  });
  const othersOpen = presence.others.map((p) => {
    const at = p.beadId === null ? undefined : index.beadIndex.get(p.beadId);
    return at === undefined ? p.name : t('onBead', { name: p.name, number: at + 1 });
  });
  const connected = online && presence.reachable;
  const locked = isSignedOff(status);
  const canSend = connected && sync.pending === null;
  const canWrite = canSend && !locked;
  const waiting = useMemo(() => index.rows.filter((r) => r.bead.status === 'confirmed').length, [index]);
  const openThreads = useMemo(() => index.rows.reduce((n, r) => n + r.bead.comments, 0), [index]);
  const selectedBead = resolved?.row.bead ?? null;
  const reviewLoad = useBeadReview(
    doc.id,
    selectedBead?.id ?? null,
    state.version,
    // An edited bead may carry a revision's diff (decision 045): asked for too.
    selectedBead !== null && (changedSinceDecision(selectedBead) || selectedBead.status === 'edited'),
  );
  const documentPath = `/projects/${doc.project.id}/documents/${doc.id}`;
  const staleVersion = presence.remoteVersion !== null && presence.remoteVersion > state.version ? presence.remoteVersion : null;

  // A history or a rejection reason belongs to the bead it was opened on; labels and comments follow the selection.
  const select = (next: Selection) => {
    setSelection(next);
    if (mode.kind === 'history' || mode.kind === 'reject') setMode(BROWSE);
  };
  const onSelectRow = useCallback((row: BeadRow, side: Side, position: number) => {
    setSelection(selectRow(row, side, position));
    setMode((m) => (m.kind === 'history' || m.kind === 'reject' ? BROWSE : m));
  }, []);
  const backToList = () => {
    setMode(BROWSE);
    listRef.current?.focus({ preventScroll: true });
  };

  const run = useEditorCommands({
    documentId: doc.id,
    projectId: doc.project.id,
    index,
    view,
    selection: resolved,
    select,
    mode,
    setMode,
    helpOpen,
    setHelpOpen,
    permissions,
    canWrite: canSend,
    locked,
    sync,
    focusSearch: () => searchRef.current?.focus(),
    movedMark,
    setMovedMark,
    qaOpen: qa.open,
  });
  const failed =
    sync.notice !== null && (sync.notice.kind === 'conflict' || sync.notice.kind === 'refused' || sync.notice.kind === 'unsaved');
  const queue = useCommandQueue({ busy: sync.isBusy, settled: sync.pending === null, failed, run });
  // Panels and the help overlay take their keys at once; list shortcuts wait their turn behind a change on its way.
  useEditorKeys(listRef, (command) => (helpOpen || panelOwnsKeys(mode) ? run(command) : queue.press(command)));

  return (
    <div className={styles.editorRoot}>
      <div className={styles.heading}>
        <nav aria-label={t('breadcrumb')} className={styles.crumbs}>
          <Link href="/projects">{tNav('projects')}</Link> / <Link href={`/projects/${doc.project.id}`}>{doc.project.name}</Link> /
        </nav>
        <h1>{doc.title}</h1>
        <p className="muted" data-testid="doc-meta">
          {doc.project.sourceLang} → {doc.project.targetLang} ·{' '}
          {t('meta', { version: state.version, role: isRole(doc.role) ? roleName(doc.role) : doc.role })}
        </p>
        <DocumentActions
          projectId={doc.project.id}
          documentId={doc.id}
          status={status}
          version={state.version}
          langs={langs}
          permissions={permissions}
          waiting={waiting}
          openThreads={openThreads}
          canSend={canSend}
          onSend={(intent) => void sync.send(intent)}
        />
        <p className={styles.presence} aria-live="polite" data-testid="presence">
          {othersOpen.length === 0 ? t('alone') : t('alsoOpen', { names: othersOpen.join(', ') })}
        </p>
      </div>
      <EditorToolbar
        counts={counts}
        shown={visible.length}
        filter={filter}
        onFilter={setFilter}
        searchRef={searchRef}
        onLeaveSearch={() => listRef.current?.focus()}
        canUndo={state.canUndo}
        canRedo={state.canRedo}
        canUndoRedo={(permissions.align || permissions.review) && canWrite}
        busy={sync.pending !== null}
        onUndo={() => run('undo')}
        onRedo={() => run('redo')}
        onHelp={() => setHelpOpen(true)}
        onSearchMemory={() => run('searchMemory')}
        onNext={(what) => run(what === 'low' ? 'nextLow' : what === 'qa' ? 'nextQa' : 'nextUnconfirmed')}
        qaEnabled={qa.enabled}
      />
      {locked && <ReadOnlyBanner />}
      <SyncBanner
        notice={sync.notice}
        pending={sync.pending}
        connected={connected}
        staleVersion={staleVersion}
        onSend={(intent) => void sync.send(intent)}
        onReload={() => void sync.reload()}
        onDismiss={sync.dismiss}
      />
      <div className={styles.columns} aria-hidden="true">
        <span>#</span>
        <span lang={langs.source}>{t('source', { lang: langs.source })}</span>
        <span lang={langs.target}>{t('target', { lang: langs.target })}</span>
        <span>{t('status')}</span>
      </div>
      <BeadList
        rows={visible}
        selection={resolved}
        query={filter.query}
        langs={langs}
        onSelect={onSelectRow}
        listRef={listRef}
        busy={sync.pending !== null}
        pendingBeads={sync.pendingBeads}
        revealKey={mode.kind}
        qa={qa.flags}
      />
      <BeadDock
        status={<SaveStatus notice={sync.notice} pending={sync.pending} waiting={queue.waiting} dropped={queue.dropped} />}
        showActions={mode.kind === 'browse' || mode.kind === 'history'}
        selection={resolved}
        movedMark={movedMark}
        view={view}
        total={index.rows.length}
        allowed={{
          align: permissions.align,
          text: permissions.editText,
          review: permissions.review,
          comment: permissions.comment,
          read: true,
        }}
        disabled={!canWrite}
        reviewLoad={reviewLoad}
        langs={langs}
        historyHref={`${documentPath}/history${selectedBead ? `?about=${encodeURIComponent(selectedBead.id)}` : ''}`}
        onCommand={(command) => run(command)}
        qaPanel={
          selectedBead && qa.flags.has(selectedBead.id) ? (
            <QaPanel
              key={selectedBead.id}
              flags={qa.flags.get(selectedBead.id) ?? []}
              canDismiss={permissions.review && canWrite}
              onDismiss={(fingerprint, reason) => qa.dismiss(selectedBead.id, fingerprint, reason)}
              onRestore={(fingerprint) => qa.restore(selectedBead.id, fingerprint)}
            />
          ) : null
        }
      >
        <ModePanel
          documentId={doc.id}
          mode={mode}
          index={index}
          selection={resolved}
          langs={langs}
          busy={!canWrite}
          canAnnotate={permissions.comment && connected && !locked}
          sync={sync}
          onDone={backToList}
        />
      </BeadDock>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
