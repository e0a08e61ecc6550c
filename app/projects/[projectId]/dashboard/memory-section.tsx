import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import type { MemoryStats } from '@/lib/server/memory/memory-stats';
import { formatDay } from '@/lib/time/format-date-time';

// The dashboard's "Memory" section (issue 15 item 4): the figures as a table, weekly growth as a server-rendered
// SVG bar chart (an image with a summarising label; the same numbers in a visually hidden table for screen
// readers), and the top terms linking to the concordance. No chart library: twelve bars are a few rectangles.

const BAR = 24;
const GAP = 8;
const HEIGHT = 96;

const concordance = (projectId: string, q: string) => `/concordance?${new URLSearchParams({ q, project: projectId }).toString()}`;

export async function MemorySection({ projectId, memory }: { projectId: string; memory: MemoryStats }) {
  const [t, format, locale] = await Promise.all([getTranslations('memoryStats'), getFormatter(), getLocale()]);
  const loc = isLocale(locale) ? locale : undefined;
  const languageName = (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  // A large memory's words are counted in its newest units only and estimated for the rest (decision 047).
  const estimated = memory.wordsRead < memory.units;
  const peak = Math.max(1, ...memory.weeks.map((w) => w.units));
  const total = memory.weeks.reduce((n, w) => n + w.units, 0);
  const best = memory.weeks.reduce((a, w) => (w.units > a.units ? w : a), memory.weeks[0]);
  const width = memory.weeks.length * (BAR + GAP) - GAP;
  const summary = t('growthSummary', {
    weeks: memory.weeks.length,
    total,
    peak: best.units,
    week: formatDay(best.week, loc),
  });
  return (
    <section aria-labelledby="memory-heading" data-testid="dashboard-memory">
      <h2 id="memory-heading">{t('heading')}</h2>
      <p className="muted">{t('note')}</p>
      <div className="grid-2">
        <div>
          <table className="list">
            <tbody>
              <tr>
                <th scope="row">{t('units')}</th>
                <td data-testid="memory-units">{format.number(memory.units)}</td>
              </tr>
              {memory.words.map((w) => (
                <tr key={w.lang}>
                  <th scope="row">{t('words', { language: languageName(w.lang) })}</th>
                  <td>{estimated ? t('wordsAbout', { words: w.words }) : format.number(w.words)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            {t('wordsNote')}
            {estimated && <> {t('wordsEstimated', { read: memory.wordsRead })}</>}
          </p>
        </div>
        <div>
          <h3 id="memory-growth-heading">{t('growth', { weeks: memory.weeks.length })}</h3>
          <svg
            role="img"
            aria-label={summary}
            data-testid="memory-growth"
            viewBox={`0 0 ${width} ${HEIGHT}`}
            width="100%"
            height={HEIGHT}
            preserveAspectRatio="none"
            style={{ maxWidth: width * 2, display: 'block' }}
          >
            <line x1={0} y1={HEIGHT - 0.5} x2={width} y2={HEIGHT - 0.5} stroke="var(--line)" />
            {memory.weeks.map((w, i) => {
              // An empty week shows as a stub, so the twelve slots read as weeks.
              const h = Math.max(2, Math.round((w.units / peak) * (HEIGHT - 4)));
              return (
                <rect
                  key={w.week}
                  x={i * (BAR + GAP)}
                  y={HEIGHT - 1 - h}
                  width={BAR}
                  height={h}
                  fill={w.units ? 'var(--ok)' : 'var(--line)'}
                >
                  <title>{t('weekBar', { week: formatDay(w.week, loc), units: w.units })}</title>
                </rect>
              );
            })}
          </svg>
          <p className="muted">
            {t('range', { from: formatDay(memory.weeks[0].week, loc), to: formatDay(memory.weeks[memory.weeks.length - 1].week, loc) })}
          </p>
          <table className="visually-hidden">
            <caption>{t('growth', { weeks: memory.weeks.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('weekOf')}</th>
                <th scope="col">{t('units')}</th>
              </tr>
            </thead>
            <tbody>
              {memory.weeks.map((w) => (
                <tr key={w.week}>
                  <td>
                    <time dateTime={w.week}>{formatDay(w.week, loc)}</time>
                  </td>
                  <td>{format.number(w.units)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <h3>{t('topTerms')}</h3>
      {memory.topTerms.length === 0 ? (
        <p className="muted">{t('noTerms')}</p>
      ) : (
        <ol data-testid="memory-top-terms">
          {memory.topTerms.map((term) => (
            <li key={term.term}>
              <Link href={concordance(projectId, term.term)} lang="ko">
                {term.term}
              </Link>{' '}
              <span className="muted">{t('termUnits', { units: term.units })}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="muted">
        {memory.truncated ? t('termsTruncated', { read: memory.termsRead }) : null}{' '}
        <Link href={`/projects/${projectId}/terminology`}>{t('terminologyLink')}</Link>
      </p>
    </section>
  );
}
