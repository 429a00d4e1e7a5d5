// Runs in: vitest (Node) → browser shell. Analys on the example municipality: an interview from a
// guide, an answer and a visit obstacle turned into insights, and the SWOT board showing both with
// their sources, also after a reload.
import { afterEach, describe, expect, it } from 'vitest';
import type { Visit, VisitRow } from '../../shared/domain/visits';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

const nav = (s: TestShell, name: string) =>
  s.page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name, exact: true })
    .click();

const tab = (s: TestShell, name: string) =>
  s.page.getByRole('navigation', { name: 'Analys' }).getByRole('link', { name }).click();

const value = async <T>(s: TestShell, method: string, input: unknown): Promise<T> => {
  const result = (await s.app.dispatch(method, input)) as { ok: boolean; value: T };
  expect(result.ok).toBe(true);
  return result.value;
};

/** A demo visit with an obstacle that is not an insight yet (nor one with the same text). */
async function visitWithFreshObstacle(s: TestShell): Promise<{ visit: Visit; text: string }> {
  const page = await value<{ rows: VisitRow[] }>(s, 'visits:list', { limit: 200 });
  for (const row of page.rows.filter((r) => r.obstacleCount > 0)) {
    const visit = await value<Visit>(s, 'visits:get', { id: row.id });
    for (const obstacle of visit.obstacles) {
      const same = await value<{ total: number }>(s, 'insights:list', {
        types: ['obstacle'],
        query: obstacle.text,
      });
      if (same.total === 0) return { visit, text: obstacle.text };
    }
  }
  throw new Error('The demo has no visit obstacle left to turn into an insight.');
}

const STRENGTH = 'Lojal personal och korta beslutsvägar.';

describe('analysis', () => {
  it('makes an interview from a guide, turns an answer and a visit obstacle into SWOT items and shows their sources', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('button', { name: /Öppna exempel/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();

    // A guide with two questions, the second added with the keyboard-reachable button.
    await nav(shell, 'Analys');
    await tab(shell, 'Intervjuguider');
    await page.getByRole('heading', { level: 1, name: 'Intervjuguider' }).waitFor();
    await page.getByRole('link', { name: 'Ny intervjuguide' }).click();
    await page.getByRole('textbox', { name: /^Namn/ }).fill('Grundfrågor till företagen');
    await page
      .getByRole('textbox', { name: 'Fråga 1', exact: true })
      .fill('Vad är det bästa med att driva företag här?');
    await page.getByRole('button', { name: '+ Lägg till fråga' }).click();
    await page
      .getByRole('textbox', { name: 'Fråga 2', exact: true })
      .fill('Vad hindrar er från att växa?');
    await page.getByRole('button', { name: 'Spara guiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grundfrågor till företagen' }).waitFor();

    // An interview from the guide: its questions appear, each with an answer field.
    await page.getByRole('link', { name: 'Ny intervju med guiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny intervju' }).waitFor();
    const first = page.getByLabel('Vad är det bästa med att driva företag här?');
    await first.waitFor();
    await page.getByRole('combobox', { name: /Intervjuperson/ }).fill('Lena Ek');
    await page.getByLabel('Organisation').fill('Eks Snickeri AB');
    await first.fill(STRENGTH);
    await page
      .getByLabel('Vad hindrar er från att växa?')
      .fill('Det saknas bostäder för nyanställda.');
    const theme = page.getByPlaceholder('Nytt tema');
    await theme.fill('Kompetensförsörjning');
    await theme.press('Enter');
    await page.getByRole('button', { name: 'Spara intervju' }).click();
    await page.getByRole('heading', { level: 1, name: 'Intervju med Lena Ek' }).waitFor();
    const interviewId = decodeURIComponent(
      (await page.evaluate<string>('location.hash')).split('/')[3]!,
    );

    // The first answer becomes a strength.
    const answer = page.getByTestId('interview-answer').filter({ hasText: STRENGTH });
    await answer.getByLabel('Typ av insikt').selectOption({ label: 'Styrka' });
    await answer.getByRole('button', { name: 'Gör till insikt' }).click();
    await answer.getByText('Insikt skapad').waitFor();
    await answer.getByRole('link', { name: STRENGTH }).waitFor();
    await shell.shot('intervju');

    // An obstacle on a visit becomes a tracked obstacle.
    const { visit, text } = await visitWithFreshObstacle(shell);
    await page.evaluate(`location.hash = ${JSON.stringify(`#/visits/${visit.id}`)}`);
    await page.getByRole('heading', { level: 1, name: /Besök hos/ }).waitFor();
    const obstacle = page.locator('.obstacle-list li').filter({ hasText: text });
    await obstacle.getByRole('button', { name: 'Gör till insikt' }).click();
    await obstacle.getByText('Insikt skapad').waitFor();
    await obstacle.getByRole('link', { name: 'Visa insikten' }).waitFor();

    // Both on the board, each with its source one click away.
    const checkBoard = async () => {
      await nav(shell!, 'Analys');
      await tab(shell!, 'Insikter och SWOT');
      await page.getByRole('heading', { level: 1, name: 'Insikter och SWOT' }).waitFor();
      const strength = page
        .getByTestId('swot-strength')
        .getByTestId('insight-item')
        .filter({ hasText: STRENGTH });
      await strength.getByText('Tagits upp vid 1 intervju').waitFor();
      await strength.getByRole('button', { name: 'Visa källan' }).click();
      const interviewLink = strength.getByRole('link', { name: /Lena Ek, Eks Snickeri AB/ });
      expect(await interviewLink.getAttribute('href')).toBe(`#/analysis/interviews/${interviewId}`);

      const tracked = page
        .getByTestId('swot-obstacle')
        .getByTestId('insight-item')
        .filter({ hasText: text });
      await tracked.getByText('Tagits upp vid 1 besök').waitFor();
      await tracked.getByText('Ingen ansvarig').waitFor();
      expect(await tracked.getByRole('combobox').inputValue()).toBe('open');
      await tracked.getByRole('button', { name: 'Visa källan' }).click();
      const visitLink = tracked.getByRole('link', { name: new RegExp(visit.companyName) });
      expect(await visitLink.getAttribute('href')).toBe(`#/visits/${visit.id}`);
      return visitLink;
    };
    await checkBoard();
    await shell.shot('swot');

    // After a reload everything is still there, and the source opens the visit.
    await shell.reload();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    const visitLink = await checkBoard();
    await visitLink.click();
    await page.getByRole('heading', { level: 1, name: `Besök hos ${visit.companyName}` }).waitFor();
    await page
      .locator('.obstacle-list li')
      .filter({ hasText: text })
      .getByText('Finns som insikt')
      .waitFor();
    expect(shell.blockedRequests).toEqual([]);
  });
});
