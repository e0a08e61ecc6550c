// Writes a generated Korean–English TMX of UNITS units to a file, streaming. Lean units (tuid, two <tuv>, no
// dates or notes; ~190 bytes each), so a million fit under the 200 MB upload cap as a real archive export would.
// Used by bench:backfill and the streaming import tests.
import fs from 'node:fs';
import { once } from 'node:events';

export function generatedUnit(i: number): string {
  return (
    `<tu tuid="u${i}"><tuv xml:lang="ko-KR"><seg>서울시는 ${i}번째 정책을 ${i % 28}일 발표했다.</seg></tuv>` +
    `<tuv xml:lang="en-US"><seg>Seoul announced policy ${i} on the ${i % 28}th.</seg></tuv></tu>\n`
  );
}

export const TMX_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" ' +
  'segtype="sentence" o-tmf="bench" adminlang="en" srclang="ko-KR" datatype="plaintext"/><body>\n';
export const TMX_TAIL = '</body></tmx>\n';

/** The file's text in chunks of about 64 KB, without holding it. */
export function* tmxChunks(units: number): Generator<string> {
  let buffer = TMX_HEAD;
  for (let i = 0; i < units; i += 1) {
    buffer += generatedUnit(i);
    if (buffer.length >= 64 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer + TMX_TAIL;
}

/** Writes the file and returns its size in bytes. */
export async function generateTmxFile(file: string, units: number): Promise<number> {
  const out = fs.createWriteStream(file);
  for (const chunk of tmxChunks(units)) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return fs.statSync(file).size;
}
