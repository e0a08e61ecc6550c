import { afterEach, describe, expect, it } from 'vitest';
import { FORMAT_ERROR_APP_CODE, FormatError } from './format-error';
import { readTmx, TMX_READ_LIMITS, TMX_YIELD_EVERY_CHARS, type TmxReadOptions } from './tmx-reader';

// Issue 9 item 4: a hostile TMX costs linear work and bounded memory, and never holds the event loop for long.
// Every bound here is proven by counting work (array elements visited, bytes pulled, event-loop turns), never
// by the clock.

const HEAD =
  '<?xml version="1.0"?><tmx version="1.4"><header srclang="ko" datatype="plaintext" segtype="sentence" o-tmf="t" adminlang="en" creationtool="t" creationtoolversion="1"/><body>';
const TAIL = '</body></tmx>';
const tuv = (i: number) => `<tuv xml:lang="${i % 2 ? 'en' : 'ko'}"><seg>s${i}</seg></tuv>`;
const oneFatTu = (tuvs: number) => `${HEAD}<tu>${Array.from({ length: tuvs }, (_, i) => tuv(i)).join('')}</tu>${TAIL}`;
// Work is counted, not timed; the generous timeout only keeps a busy machine from failing the suite.
const BUSY_MACHINE = { timeout: 120_000 };
const manyTus = (tus: number) => `${HEAD}${Array.from({ length: tus }, () => `<tu>${tuv(0)}${tuv(1)}</tu>`).join('')}${TAIL}`;

/**
 * Counts elements visited through array iterators (spread, for…of, Array.from of an array). Replacing `next`
 * also turns off V8's fast path for spreading arrays, so a copy of an n-element array counts n.
 */
const arrayIteratorProto = Object.getPrototypeOf([][Symbol.iterator]()) as { next: (...args: unknown[]) => unknown };
const originalNext = arrayIteratorProto.next;
afterEach(() => {
  arrayIteratorProto.next = originalNext;
});
async function arrayVisits(input: string, options?: TmxReadOptions): Promise<number> {
  let visits = 0;
  arrayIteratorProto.next = function (this: unknown, ...args: unknown[]) {
    visits++;
    return originalNext.apply(this, args);
  };
  try {
    await readTmx(input, options);
  } finally {
    arrayIteratorProto.next = originalNext;
  }
  return visits;
}

async function formatErrorOf(promise: Promise<unknown>): Promise<FormatError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FormatError);
  return error as FormatError;
}

function* chunksCounting(text: string, size: number, counter: { bytes: number }): Generator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) {
    const chunk = bytes.subarray(at, at + size);
    counter.bytes += chunk.byteLength;
    yield chunk;
  }
}

describe('TMX reader work is linear in the input', BUSY_MACHINE, () => {
  it('visits each <tuv> of one big <tu> a bounded number of times (no copy per <tuv>)', async () => {
    const uncapped = { maxTuvsPerTu: 1_000_000 };
    const small = await arrayVisits(oneFatTu(2_000), uncapped);
    const large = await arrayVisits(oneFatTu(4_000), uncapped);
    // Linear work doubles with the input; the old copy-per-<tuv> reader quadrupled it (8,000,000 visits).
    expect(large).toBeLessThanOrEqual(2.2 * small + 1_000);
    expect(large).toBeLessThan(200_000);
  });

  it('visits a bounded number of elements per unit as the file grows', async () => {
    const small = await arrayVisits(manyTus(2_000));
    const large = await arrayVisits(manyTus(4_000));
    expect(large).toBeLessThanOrEqual(2.2 * small + 1_000);
  });
});

describe('TMX reader caps the parts of one element', BUSY_MACHINE, () => {
  it('refuses a <tu> of 40,000 <tuv> as too large after reading little more than the cap', async () => {
    const pulled = { bytes: 0 };
    const text = oneFatTu(40_000);
    const error = await formatErrorOf(readTmx(chunksCounting(text, 4096, pulled)));
    expect(error.code).toBe('ELEMENT_TOO_LARGE');
    expect(error.message).toContain(`more than ${TMX_READ_LIMITS.maxTuvsPerTu} <tuv>`);
    expect(FORMAT_ERROR_APP_CODE[error.code]).toBe('TOO_LARGE');
    const capBytes = HEAD.length + 5 + (TMX_READ_LIMITS.maxTuvsPerTu + 1) * tuv(99_999).length;
    expect(pulled.bytes).toBeLessThanOrEqual(capBytes + TMX_YIELD_EVERY_CHARS + 4096);
    expect(pulled.bytes).toBeLessThan(text.length / 10);
  });

  it('reads a <tu> at the cap', async () => {
    const result = await readTmx(oneFatTu(TMX_READ_LIMITS.maxTuvsPerTu));
    expect(result.units).toHaveLength(1);
  });

  const tu = (inner: string, attrs = '') => `${HEAD}<tu${attrs}>${inner}${tuv(0)}${tuv(1)}</tu>${TAIL}`;
  it.each([
    ['a note too long', tu(`<note>${'x'.repeat(TMX_READ_LIMITS.maxMetaChars + 1)}</note>`), 'note or prop is longer'],
    ['a prop too long', tu(`<prop type="x">${'한'.repeat(TMX_READ_LIMITS.maxMetaChars + 1)}</prop>`), 'note or prop is longer'],
    ['too many notes', tu('<note>n</note>'.repeat(TMX_READ_LIMITS.maxNotesPerElement + 1)), 'notes'],
    [
      'too many props',
      tu(Array.from({ length: TMX_READ_LIMITS.maxPropsPerElement + 1 }, (_, i) => `<prop type="p${i}">v</prop>`).join('')),
      'props',
    ],
    ['an attribute too long', tu('', ` tuid="${'1'.repeat(TMX_READ_LIMITS.maxAttributeChars + 1)}"`), 'attribute of <tu> is longer'],
    [
      'too many attributes',
      tu('', Array.from({ length: TMX_READ_LIMITS.maxAttributesPerElement + 1 }, (_, i) => ` a${i}="v"`).join('')),
      'attributes',
    ],
    [
      'a header note too long',
      `${HEAD.replace('/>', '>')}<note>${'x'.repeat(TMX_READ_LIMITS.maxMetaChars + 1)}</note></header>${TAIL}`.replace('<body>', ''),
      'note or prop',
    ],
  ])('refuses %s with ELEMENT_TOO_LARGE and says what', async (_name, input, says) => {
    const error = await formatErrorOf(readTmx(input));
    expect(error.code).toBe('ELEMENT_TOO_LARGE');
    expect(error.message).toContain(says);
  });

  it('keeps props and notes at their caps', async () => {
    const notes = '<note>n</note>'.repeat(TMX_READ_LIMITS.maxNotesPerElement);
    const result = await readTmx(tu(`${notes}<prop type="x">${'y'.repeat(TMX_READ_LIMITS.maxMetaChars)}</prop>`));
    expect(result.units[0].notes).toHaveLength(TMX_READ_LIMITS.maxNotesPerElement);
    expect(result.units[0].props.x).toHaveLength(TMX_READ_LIMITS.maxMetaChars);
  });
});

describe('TMX reader shares the event loop', BUSY_MACHINE, () => {
  it('lets other callbacks run every TMX_YIELD_EVERY_CHARS characters, also for one big in-memory string', async () => {
    const text = manyTus(8_000); // about 520 KB in one string
    let turns = 0;
    let parsing = true;
    const tick = () => {
      turns++;
      if (parsing) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await readTmx(text);
    parsing = false;
    expect(result.units).toHaveLength(8_000);
    expect(turns).toBeGreaterThanOrEqual(Math.floor(text.length / TMX_YIELD_EVERY_CHARS) - 1);
  });
});
