import { expect, test } from './factories';
import { demo, signIn } from './fixtures';

// Issue 15 items 2 and 3: a reviewer opens the project's terminology, sees a term the memory renders two ways,
// prefers one (it becomes a glossary entry), accepts a mined proposal with the English edited and rejects another.

const PAIRS: [string, string][] = [
  ['국민의힘은 예산안에 반대했다.', 'The People Power Party opposed the budget.'],
  ['국민의힘은 새 대표를 뽑았다.', 'The People Power Party elected a new leader.'],
  ['국민의힘은 특검을 요구했다.', 'The People Power Party demanded a special counsel.'],
  ['국민의힘이 회의장을 떠났다.', 'The ruling party left the chamber.'],
  ['국민의힘이 성명을 냈다.', 'The ruling party issued a statement.'],
  ['한국은행은 금리를 동결했다.', 'The Bank of Korea froze its rate.'],
  ['한국은행은 물가를 걱정했다.', 'The Bank of Korea worried about prices.'],
  ['한국은행은 성장률을 낮췄다.', 'The Bank of Korea cut its growth forecast.'],
  ['기상청은 폭염 경보를 냈다.', 'The weather agency issued a heat wave warning.'],
  ['기상청은 비를 예보했다.', 'The weather agency forecast rain.'],
  ['기상청은 태풍을 추적했다.', 'The weather agency tracked the typhoon.'],
];

test('a reviewer settles a term rendered two ways and decides on glossary proposals', async ({ page, desk }) => {
  const pair = await desk.importPair({ title: 'Terms', source: PAIRS.map((p) => p[0]), target: PAIRS.map((p) => p[1]) });
  const { beads } = await desk.load(pair.id);
  await desk.operate(pair.id, { type: 'confirmUpTo', beadId: beads[beads.length - 1].id });
  await desk.post(`/api/v1/documents/${pair.id}/submit`, {});
  await desk.post(`/api/v1/documents/${pair.id}/review/approve-all`, { baseVersion: (await desk.load(pair.id)).version }, 'reviewer');

  await signIn(page, demo.reviewer);
  await page.goto(desk.path);
  await page.getByRole('link', { name: 'Terminology' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Terminology' })).toBeVisible();

  const term = page.getByRole('row', { name: '국민의힘' });
  await expect(term.getByTestId('rendering')).toHaveText([/People Power Party 3×/, /ruling party 2×/]);
  await term.getByRole('button', { name: 'Prefer People Power Party for 국민의힘' }).click();
  await expect(term.getByTestId('rendering').first()).toContainText('preferred');

  const bank = page.getByRole('form', { name: 'Proposal for 한국은행' });
  await bank.getByLabel('English for 한국은행').fill('Bank of Korea (BOK)');
  await bank.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('form', { name: 'Proposal for 한국은행' })).toHaveCount(0);

  const agency = page.getByRole('form', { name: 'Proposal for 기상청' });
  await agency.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByRole('form', { name: 'Proposal for 기상청' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('form', { name: 'Proposal for 기상청' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Glossary' }).last().click();
  await expect(page.getByRole('main')).toContainText('Bank of Korea (BOK)');
  await expect(page.getByRole('main')).toContainText('People Power Party');
});
