// Writers build many small strings; yielding each one costs an await per string. Batching them into
// ~64 KB chunks keeps a 100,000-unit export fast while memory stays bounded by the chunk size.

import type { ExportUnit } from './export-unit';

export type UnitSource = AsyncIterable<ExportUnit> | Iterable<ExportUnit>;

const DEFAULT_CHUNK_CHARS = 64 * 1024;

/** Yields `head`, then `renderUnit(unit)` for every unit, then `tail`, in chunks of about `chunkChars`. */
export async function* renderChunks(
  head: string,
  units: UnitSource,
  renderUnit: (unit: ExportUnit, index: number) => string,
  tail: string,
  chunkChars: number = DEFAULT_CHUNK_CHARS,
): AsyncGenerator<string, void, undefined> {
  let buffer = head;
  let index = 0;
  for await (const unit of units) {
    buffer += renderUnit(unit, index++);
    if (buffer.length >= chunkChars) {
      yield buffer;
      buffer = '';
    }
  }
  buffer += tail;
  if (buffer.length > 0) yield buffer;
}

/** Collects a writer's output into one string. For tests and small exports only. */
export async function collectChunks(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}
