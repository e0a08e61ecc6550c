// The long synthetic document the scaling, cost, profiling and fingerprint benches share: a set's documents
// repeated, in order, until each side has `size` segments (each side is cut at exactly `size`).

export interface LongDocument {
  source: string[];
  target: string[];
}

export function longDocument(documents: readonly LongDocument[], size: number): LongDocument {
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; source.length < size || target.length < size; k++) {
    const d = documents[k % documents.length];
    if (source.length < size) source.push(...d.source.slice(0, size - source.length));
    if (target.length < size) target.push(...d.target.slice(0, size - target.length));
  }
  return { source, target };
}
