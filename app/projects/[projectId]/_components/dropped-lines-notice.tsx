'use client';

// After an import that left news-site furniture out (decision 022): what was dropped, per side, before the editor
// opens the document. Shared by the paste form and the file import, so both say the same thing.

import { useTranslations } from 'next-intl';

export interface DroppedLines {
  source: string[];
  target: string[];
}

export function hasDroppedLines(dropped: DroppedLines | undefined): dropped is DroppedLines {
  return dropped !== undefined && dropped.source.length + dropped.target.length > 0;
}

export function DroppedLinesNotice({
  dropped,
  langs,
  onOpen,
}: {
  dropped: DroppedLines;
  langs: { source: string; target: string };
  onOpen: () => void;
}) {
  const t = useTranslations('importPanel');
  return (
    <div role="status" className="panel" data-testid="dropped-lines">
      <p>{t('droppedIntro', { count: dropped.source.length + dropped.target.length })}</p>
      {(['source', 'target'] as const).map((side) =>
        dropped[side].length > 0 ? (
          <details key={side}>
            <summary>
              {t(side === 'source' ? 'droppedSource' : 'droppedTarget', { lang: langs[side], count: dropped[side].length })}
            </summary>
            <ul lang={langs[side]}>
              {dropped[side].map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        ) : null,
      )}
      <button type="button" onClick={onOpen}>
        {t('openDocument')}
      </button>
    </div>
  );
}

export function KeepBoilerplateBox() {
  const t = useTranslations('importPanel');
  return (
    <label className="inline">
      <input type="checkbox" name="keepBoilerplate" value="true" /> {t('keepBoilerplate')}
    </label>
  );
}
