import 'server-only';
import type { Tx } from '@/lib/server/db';

// Counts the statements a document-changing transaction sends (its row lock first, so all of them are issued while
// the lock is held, or waiting for it), for the tests that bound them (decision 052): a bound proven by counting,
// not by the clock. A transparent wrapper around the transaction client; the cost is one closure per call.

let statements = 0;

/** Statements sent by changes through `counted` transaction clients since the process started. */
export const lockedStatements = (): number => statements;

function countingCalls<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        statements += 1;
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}

/** The transaction client, counting every raw statement and every model call (`tx.bead.update`, …) made through it. */
export function counted(tx: Tx): Tx {
  return new Proxy(tx, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      if (typeof value === 'function') return countingCalls({ call: value.bind(object) as (...a: unknown[]) => unknown }).call;
      if (value !== null && typeof value === 'object' && typeof key === 'string' && !key.startsWith('$')) return countingCalls(value);
      return value;
    },
  });
}
