// Above the list: progress, filters with their counts (status filters and a label filter), search, undo/redo and
// help.

import { useFormatter, useTranslations } from 'next-intl';
import type { Ref } from 'react';
import { ProgressText } from '@/app/_components/progress-text';
import { BEAD_LABELS, isBeadLabel } from '@/lib/review/bead-labels';
import { FILTERS, isFiltered, NO_FILTER, toggleFilter, type DocumentCounts, type ListFilter } from '../beads/bead-filters';
import styles from './editor.module.css';

interface Props {
  counts: DocumentCounts;
  shown: number;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  searchRef: Ref<HTMLInputElement>;
  onLeaveSearch: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** The role may undo and redo (editors their edits, reviewers their decisions; the server checks which). */
  canUndoRedo: boolean;
  busy: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onHelp: () => void;
  onSearchMemory: () => void;
  onNext: (what: 'unconfirmed' | 'low' | 'qa') => void;
  /** The project runs translation QA checks: the QA filter and "next QA issue" show (decision 041). */
  qaEnabled: boolean;
}

export function EditorToolbar({ searchRef, ...props }: Props) {
  const { counts, filter } = props;
  const { percent } = counts.progress;
  const t = useTranslations('toolbar');
  const labelName = useTranslations('beadLabels.name');
  const format = useFormatter();
  const tQa = useTranslations('qa');
  return (
    <div className={styles.toolbar}>
      <div className={styles.progressBlock}>
        <div
          className="progress"
          role="progressbar"
          aria-label={t('confirmed')}
          aria-valuenow={percent}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
        <span className={styles.progressText} data-testid="progress-text">
          <ProgressText progress={counts.progress} />
        </span>
      </div>

      <fieldset className={styles.filters}>
        <legend className={styles.visuallyHidden}>{t('showOnly')}</legend>
        {FILTERS.filter((f) => f.key !== 'qaIssues' || props.qaEnabled).map((f) => (
          <label key={f.key} className={`${styles.chip} ${filter.active.includes(f.key) ? styles.chipOn : ''}`}>
            <input type="checkbox" checked={filter.active.includes(f.key)} onChange={() => props.onFilter(toggleFilter(filter, f.key))} />
            {f.key === 'qaIssues' ? tQa('filter') : t(f.key)} <span className={styles.count}>{format.number(counts.byFilter[f.key])}</span>
          </label>
        ))}
      </fieldset>

      <label className={styles.labelFilter}>
        <span className={styles.visuallyHidden}>{t('labelFilter')}</span>
        <select
          value={filter.label ?? ''}
          data-testid="label-filter"
          onChange={(event) => props.onFilter({ ...filter, label: isBeadLabel(event.target.value) ? event.target.value : null })}
        >
          <option value="">{t('anyLabel')}</option>
          {BEAD_LABELS.map((label) => (
            <option key={label} value={label}>
              {labelName(label)} ({format.number(counts.byLabel[label])})
            </option>
          ))}
        </select>
      </label>

      <label className={styles.search}>
        <span className={styles.visuallyHidden}>{t('search')}</span>
        <input
          ref={searchRef}
          type="search"
          placeholder={t('searchPlaceholder')}
          value={filter.query}
          onChange={(event) => props.onFilter({ ...filter, query: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' || event.key === 'Enter') {
              event.preventDefault();
              props.onLeaveSearch();
            }
          }}
        />
      </label>
      {isFiltered(filter) && (
        <span className={styles.shown}>
          {t('shown', { count: props.shown })} ·{' '}
          <button type="button" className={styles.linkButton} onClick={() => props.onFilter(NO_FILTER)}>
            {t('clear')}
          </button>
        </span>
      )}

      <div className={styles.toolButtons}>
        <button type="button" className="secondary" onClick={() => props.onNext('unconfirmed')} title={t('nextUnconfirmedTitle')}>
          {t('nextUnconfirmed')}
        </button>
        <button type="button" className="secondary" onClick={() => props.onNext('low')} title={t('nextLowTitle')}>
          {t('nextLow')}
        </button>
        {props.qaEnabled && (
          <button type="button" className="secondary" onClick={() => props.onNext('qa')} title={tQa('nextTitle')}>
            {tQa('next')}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          disabled={!props.canUndoRedo || !props.canUndo || props.busy}
          onClick={props.onUndo}
          title={t('undoTitle')}
        >
          {t('undo')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!props.canUndoRedo || !props.canRedo || props.busy}
          onClick={props.onRedo}
          title={t('redoTitle')}
        >
          {t('redo')}
        </button>
        <button
          type="button"
          className="secondary"
          // Keep the words selected in a segment: a click would otherwise clear the selection before it is read.
          onMouseDown={(event) => event.preventDefault()}
          onClick={props.onSearchMemory}
          title={t('searchMemoryTitle')}
        >
          {t('searchMemory')}
        </button>
        <button type="button" className="secondary" onClick={props.onHelp} title={t('shortcutsTitle')} aria-label={t('shortcuts')}>
          ?
        </button>
      </div>
    </div>
  );
}
