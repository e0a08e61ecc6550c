// The one rule for text that enters Bitext Desk (decision 018): a string may hold any Unicode text except
// U+0000 (PostgreSQL text cannot store it) and lone UTF-16 surrogates (they are not characters; UTF-8 cannot
// encode them, so the driver would store U+FFFD in their place). Typed input that breaks the rule is refused
// with the place it was found, never cleaned silently.

export type TextProblem = 'nul' | 'lone-surrogate';

export const TEXT_PROBLEM_MESSAGES: Record<TextProblem, string> = {
  nul: 'contains a NUL character (U+0000), which text cannot hold',
  'lone-surrogate': 'contains a lone UTF-16 surrogate (\\ud800–\\udfff without its pair), which is not a character',
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first thing wrong with one string, or null when it may be stored. */
export function textProblem(text: string): TextProblem | null {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate';
  return null;
}

export interface TextProblemAt {
  /** Where the string sits: object keys and array indexes from the root, e.g. ["operation", "text"]. */
  path: (string | number)[];
  problem: TextProblem;
}

/**
 * Walks a parsed value (JSON, form fields, route or query parameters) and returns the first string, or object
 * key, that breaks the rule. Iterative, so a deeply nested body cannot overflow the stack; it visits each
 * value once, so the work is bounded by the size of the input.
 */
export function findTextProblem(value: unknown): TextProblemAt | null {
  // Each entry points at its parent instead of copying the path, so a deep value costs linear work.
  type Step = { value: unknown; key: string | number | null; parent: Step | null };
  const stack: Step[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const current = step.value;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return { path: pathOf(step), problem };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], key: i, parent: step });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        const keyProblem = textProblem(key);
        if (keyProblem) return { path: [...pathOf(step), printable(key)], problem: keyProblem };
        stack.push({ value: child, key, parent: step });
      }
    }
  }
  return null;
}

function pathOf(step: { key: string | number | null; parent: typeof step | null }): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: typeof step | null = step; at && at.key !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** "title: contains a NUL character …" — the message a 400 carries. `where` names the part of the request. */
export function describeTextProblem(found: TextProblemAt, where?: string): string {
  const place = [where, found.path.map(String).join('.')].filter(Boolean).join(' ');
  return `${place || 'The text'}: ${TEXT_PROBLEM_MESSAGES[found.problem]}.`;
}

/** A key that is itself broken is shown with its bad characters escaped, so the message can be stored and shown. */
function printable(key: string): string {
  return key.replace(/\u0000/g, '\\u0000').replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
