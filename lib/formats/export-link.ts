// The one way the interface builds an export URL (issue 12): options left at their default are left out of the
// URL, so a plain link exports what the API's defaults say, approved beads only and no internal discussion.
// Exporting more (`status=all`, `includeComments=1`) has to be asked for by name. Pure.

export type ExportFormat = 'tmx' | 'xliff' | 'tsv' | 'jsonl';

export interface ExportLinkOptions {
  format?: ExportFormat;
  /** 'approved' (default) or 'all' (everything but rejected and excluded: unreviewed work too). */
  status?: 'approved' | 'all';
  /** Reviewer comments and @mentions as TMX `<note>` / XLIFF notes; off by default (internal discussion). */
  includeComments?: boolean;
  minConfidence?: string;
  excludeLabels?: string;
  langCodes?: 'region' | 'primary';
  level?: 'sentence' | 'paragraph';
}

export const EXPORT_DEFAULTS = {
  format: 'tmx',
  status: 'approved',
  includeComments: false,
  excludeLabels: 'rewrite,exclude-from-tm',
  langCodes: 'region',
  level: 'sentence',
} as const;

export type ExportScope = { documentId: string } | { projectId: string };

export function exportHref(scope: ExportScope, options: ExportLinkOptions = {}): string {
  const base =
    'documentId' in scope
      ? `/api/v1/documents/${encodeURIComponent(scope.documentId)}/export`
      : `/api/v1/projects/${encodeURIComponent(scope.projectId)}/export`;
  const params = new URLSearchParams();
  params.set('format', options.format ?? EXPORT_DEFAULTS.format);
  if (options.status === 'all') params.set('status', 'all');
  if (options.includeComments) params.set('includeComments', '1');
  const confidence = options.minConfidence?.trim();
  if (confidence) params.set('minConfidence', confidence);
  if (options.excludeLabels !== undefined && options.excludeLabels !== EXPORT_DEFAULTS.excludeLabels)
    params.set('excludeLabels', options.excludeLabels);
  if (options.langCodes === 'primary') params.set('langCodes', 'primary');
  if (options.level === 'paragraph') params.set('level', 'paragraph');
  return `${base}?${params}`;
}
