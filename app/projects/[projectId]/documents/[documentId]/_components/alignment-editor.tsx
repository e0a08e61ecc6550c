'use client';

// The alignment editor (issue 4): the server's state, what the user is doing (selection, filter, mode), and
// everything else derived from those two. Every change goes through useDocumentSync, one request at a time.

import Link from 'next/link';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Side } from '@/lib/alignment/types';
import { applyFilter, countRows, NO_FILTER, type ListFilter } from './bead-filters';
import { BeadDock } from './bead-dock';
import { BeadList } from './bead-list';
import { buildIndex, type BeadRow } from './bead-rows';
import type { EditorDocument } from './editor-document';
import { BROWSE, type EditorMode } from './editor-mode';
import styles from './editor.module.css';
import { EditorToolbar } from './editor-toolbar';
import { HelpOverlay } from './help-overlay';
import { ModePanel } from './mode-panel';
import { INITIAL_SELECTION, resolveSelection, selectRow, type Selection } from './selection';
import { SaveStatus, SyncBanner } from './sync-banner';
import { useBrowserOnline } from './use-connection';
import { useDocumentSync } from './use-document-sync';
import { useEditorCommands } from './use-editor-commands';
import { useEditorKeys } from './use-editor-keys';
import { usePresence } from './use-presence';

export function AlignmentEditor({ document: doc }: { document: EditorDocument }) {
  const sync = useDocumentSync(doc.id, doc);
  const presence = usePresence(doc.id, doc.presence);
  const online = useBrowserOnline();
  const [selection, setSelection] = useState<Selection>(INITIAL_SELECTION);
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [mode, setMode] = useState<EditorMode>(BROWSE);
  const [helpOpen, setHelpOpen] = useState(false);
  const listRef = useRef<HTMLDivElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);

  const { state } = sync;
  const index = useMemo(() => buildIndex(state), [state]);
  const visible = useMemo(() => applyFilter(index.rows, filter), [index, filter]);
  const counts = useMemo(() => countRows(index.rows), [index]);
  const resolved = resolveSelection(index, selection);
  const connected = online && presence.reachable;
  const canWrite = connected && sync.pending === null;
  const staleVersion = presence.remoteVersion !== null && presence.remoteVersion > state.version ? presence.remoteVersion : null;
  const langs = useMemo(() => ({ source: doc.project.sourceLang, target: doc.project.targetLang }), [doc.project]);

  const select = (next: Selection) => {
    setSelection(next);
    if (mode.kind === 'history') setMode(BROWSE);
  };
  const onSelectRow = useCallback((row: BeadRow, side: Side, position: number) => {
    setSelection(selectRow(row, side, position));
    setMode((m) => (m.kind === 'history' ? BROWSE : m));
  }, []);
  const backToList = () => {
    setMode(BROWSE);
    listRef.current?.focus({ preventScroll: true });
  };

  const run = useEditorCommands({
    documentId: doc.id,
    index,
    visible,
    selection: resolved,
    select,
    mode,
    setMode,
    helpOpen,
    setHelpOpen,
    permissions: doc.permissions,
    canWrite,
    sync,
    focusSearch: () => searchRef.current?.focus(),
  });
  useEditorKeys(listRef, run);

  return (
    <div className={styles.editorRoot}>
      <div className={styles.heading}>
        <nav aria-label="Breadcrumb" className={styles.crumbs}>
          <Link href="/projects">Projects</Link> / <Link href={`/projects/${doc.project.id}`}>{doc.project.name}</Link> /
        </nav>
        <h1>{doc.title}</h1>
        <p className="muted" data-testid="doc-meta">
          {doc.project.sourceLang} → {doc.project.targetLang} · {doc.status.replace('_', ' ')} · version {state.version} · your
          role: {doc.role}
        </p>
        <p className={styles.presence} aria-live="polite" data-testid="presence">
          {presence.others.length === 0
            ? 'Only you have this document open.'
            : `Also open by: ${presence.others.map((p) => p.name).join(', ')}`}
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
        canAlign={doc.permissions.align && canWrite}
        busy={sync.pending !== null}
        onUndo={() => run('undo')}
        onRedo={() => run('redo')}
        onHelp={() => setHelpOpen(true)}
        onNext={(what) => run(what === 'low' ? 'nextLow' : 'nextUnconfirmed')}
      />
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
        <span lang={langs.source}>Source ({langs.source})</span>
        <span lang={langs.target}>Target ({langs.target})</span>
        <span>Status</span>
      </div>
      <BeadList rows={visible} selection={resolved} query={filter.query} langs={langs} onSelect={onSelectRow} listRef={listRef} busy={sync.pending !== null} revealKey={mode.kind} />
      <BeadDock
        status={<SaveStatus notice={sync.notice} pending={sync.pending} />}
        showActions={mode.kind === 'browse' || mode.kind === 'history'}
        selection={resolved}
        total={index.rows.length}
        canAlign={doc.permissions.align}
        canEditText={doc.permissions.editText}
        disabled={!canWrite}
        onCommand={(command) => run(command)}
      >
        <ModePanel mode={mode} index={index} langs={langs} busy={!canWrite} sync={sync} onDone={backToList} />
      </BeadDock>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
