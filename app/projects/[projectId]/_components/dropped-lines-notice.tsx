'use client';

// After an import that left news-site furniture out (decision 022): what was dropped, per side, before the editor
// opens the document. Shared by the paste form and the file import, so both say the same thing.

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
  return (
    <div role="status" className="panel" data-testid="dropped-lines">
      <p>
        Imported. {dropped.source.length + dropped.target.length} line(s) of news-site boilerplate were left out. To keep them, tick “Keep
        news-site boilerplate lines” and import again.
      </p>
      {(['source', 'target'] as const).map((side) =>
        dropped[side].length > 0 ? (
          <details key={side}>
            <summary>
              {side === 'source' ? 'Source' : 'Target'} ({langs[side]}): {dropped[side].length} line(s)
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
        Open the document
      </button>
    </div>
  );
}

export function KeepBoilerplateBox() {
  return (
    <label className="inline">
      <input type="checkbox" name="keepBoilerplate" value="true" /> Keep news-site boilerplate lines (post dates, bylines, share buttons,
      “Related stories”, contact and copyright lines are left out otherwise)
    </label>
  );
}
