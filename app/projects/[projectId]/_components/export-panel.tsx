'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { exportHref, type ExportFormat, type ExportLinkOptions } from '@/lib/formats/export-link';

const FORMATS: readonly ExportFormat[] = ['tmx', 'xliff', 'tsv', 'jsonl'];
const isFormat = (value: string): value is ExportFormat => (FORMATS as readonly string[]).includes(value);

// Builds the export URL from the choices (exportHref: defaults stay out of the URL); the browser downloads the
// streamed file. Approved beads only and no comments unless the user picks more, with a warning when they do.
export function ExportPanel({ projectId }: { projectId: string }) {
  const t = useTranslations('exportPanel');
  const [format, setFormat] = useState<ExportFormat>('tmx');
  const [status, setStatus] = useState<'approved' | 'all'>('approved');
  const [includeComments, setIncludeComments] = useState(false);
  const [minConfidence, setMinConfidence] = useState('');
  const [excludeLabels, setExcludeLabels] = useState('rewrite,exclude-from-tm');
  const [langCodes, setLangCodes] = useState<'region' | 'primary'>('region');
  const [level, setLevel] = useState<'sentence' | 'paragraph'>('sentence');
  const options: ExportLinkOptions = { format, status, includeComments, minConfidence, excludeLabels, langCodes, level };
  return (
    <form className="inline panel" aria-label={t('label')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('format')}
        <select value={format} onChange={(e) => isFormat(e.target.value) && setFormat(e.target.value)}>
          <option value="tmx">TMX 1.4</option>
          <option value="xliff">XLIFF 1.2</option>
          <option value="tsv">TSV</option>
          <option value="jsonl">{t('jsonl')}</option>
        </select>
      </label>
      <label>
        {t('beads')}
        <select value={status} onChange={(e) => setStatus(e.target.value === 'all' ? 'all' : 'approved')}>
          <option value="approved">{t('approvedOnly')}</option>
          <option value="all">{t('all')}</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={includeComments} onChange={(e) => setIncludeComments(e.target.checked)} />
        {t('comments')}
      </label>
      <label>
        {t('minConfidence')}
        <input
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={minConfidence}
          onChange={(e) => setMinConfidence(e.target.value)}
          placeholder={t('any')}
          size={5}
        />
      </label>
      <label>
        {t('excludeLabels')}
        <input value={excludeLabels} onChange={(e) => setExcludeLabels(e.target.value)} />
      </label>
      <label>
        {t('langCodes')}
        <select value={langCodes} onChange={(e) => setLangCodes(e.target.value === 'primary' ? 'primary' : 'region')}>
          <option value="region">ko-KR / en-US</option>
          <option value="primary">ko / en</option>
        </select>
      </label>
      <label>
        {t('units')}
        <select value={level} onChange={(e) => setLevel(e.target.value === 'paragraph' ? 'paragraph' : 'sentence')}>
          <option value="sentence">{t('sentences')}</option>
          <option value="paragraph">{t('paragraphs')}</option>
        </select>
      </label>
      {status === 'all' && (
        <p role="alert" className="error" data-testid="export-all-warning">
          <strong>{t('warning')}</strong> {t('allWarning')}
        </p>
      )}
      {includeComments && (
        <p role="status" className="muted" data-testid="export-comments-note">
          {t('commentsNote')}
        </p>
      )}
      <a className="button" href={exportHref({ projectId }, options)} download>
        {t('submit')}
      </a>
    </form>
  );
}
