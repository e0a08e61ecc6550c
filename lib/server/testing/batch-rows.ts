import { strToU8 } from 'fflate';
import type { BatchRow } from '@/lib/server/import/create-import-batch';

// A zip batch row (a file pair) for tests of the batch machinery, with a short article that imports cleanly.
export function filePairRow(
  name: string,
  korean = '한은, 기준금리 동결\n\n한국은행은 10일 기준금리를 연 3.5%로 유지했다. 물가 상승세가 둔화됐다.',
): BatchRow {
  return {
    title: name,
    input: { kind: 'files', korean: { fileName: `${name}.ko.txt` }, english: { fileName: `${name}.en.txt` }, title: null },
    files: {
      korean: strToU8(korean),
      english: strToU8('BOK holds rate\n\nThe Bank of Korea kept its rate at 3.5 percent on Thursday. Inflation has slowed.'),
    },
  };
}
