// Runs in: vitest (Node) → browser shell. On the example municipality: a key actor without a level
// gets one on its page and shows up in the staircase distribution; a survey CSV is previewed
// (a broken one is refused by line) and imported into the self-image gap chart; the shared goal
// picture is written with an endorsement and is still there after a reload.
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** Moves to a screen the way a link would (the page itself evaluates the assignment). */
const go = (s: TestShell, hash: string) =>
  s.page.evaluate(`location.hash = ${JSON.stringify(hash)}`);

async function openDemo(s: TestShell) {
  await s.page.getByRole('button', { name: /Öppna exempel/ }).click();
  await s.page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
}

async function analysisTab(s: TestShell, tab: string) {
  await s.page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Analys', exact: true })
    .click();
  await s.page.getByRole('navigation', { name: 'Analys' }).getByRole('link', { name: tab }).click();
}

/** The count written beside the level's bar for today's date. */
async function countToday(s: TestShell, level: string): Promise<number> {
  const item = s.page
    .getByRole('list', { name: /Antal relationer per trappsteg/ })
    .getByRole('listitem')
    .filter({ hasText: level });
  const text = await item.getByText(new RegExp(`relation(er)? den ${today()}`)).textContent();
  return Number(/^(\d+)/.exec(text ?? '')?.[1]);
}

describe('staircase, self-image and goal picture', () => {
  it('sets a staircase level on a key actor and sees it in the distribution', async () => {
    shell = await startShell();
    const { page } = shell;
    await openDemo(shell);
    await analysisTab(shell, 'Samhandlingstrappan');
    await page.getByRole('heading', { level: 1, name: 'Samhandlingstrappan' }).waitFor();
    const before = await countToday(shell, '4. Samverkan');

    const unset = page.getByRole('region', { name: /Nyckelaktörer utan trappsteg/ });
    const actor = unset.getByRole('link').first();
    const name = (await actor.textContent())!;
    await actor.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const card = page.getByRole('region', { name: 'Samhandlingstrappan' });
    await card.getByText('Relationen har inget trappsteg än.').waitFor();
    await card.getByLabel('Trappsteg').selectOption({ label: '4. Samverkan' });
    await card.getByLabel('Bedömt av').fill('Arbetsgruppen');
    await card.getByLabel('Anteckning').fill('Planerar nästa års mässa tillsammans med oss.');
    await card.getByRole('button', { name: 'Spara bedömningen' }).click();
    await card.getByText('Steg 4: Samverkan').waitFor();
    await card.scrollIntoViewIfNeeded();
    await shell.shot('staircase-stakeholder');
    await card
      .getByRole('cell', { name: 'Planerar nästa års mässa tillsammans med oss.' })
      .waitFor();

    await card.getByRole('link', { name: 'Se fördelningen för alla aktörer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samhandlingstrappan' }).waitFor();
    await expect.poll(() => countToday(shell!, '4. Samverkan')).toBe(before + 1);
    const stillUnset = page.getByRole('region', { name: /Nyckelaktörer utan trappsteg/ });
    expect(await stillUnset.getByRole('link', { name, exact: true }).count()).toBe(0);
    await page.getByRole('heading', { level: 3, name: /^Uppåt: \d+ relation/ }).waitFor();

    await page
      .getByRole('heading', { level: 2, name: 'Fördelning över trappstegen' })
      .scrollIntoViewIfNeeded();
    await shell.shot('staircase');

    // A level in use cannot be deleted, and the officer is told why in Swedish.
    await page.getByRole('button', { name: 'Ta bort trappsteget Samverkan' }).click();
    await page.getByText(/Trappsteget ”Samverkan” används i \d+ bedömningar/).waitFor();
  });

  it('imports a survey CSV into the gap chart and keeps the goal picture after a reload', async () => {
    shell = await startShell();
    const { page } = shell;
    await openDemo(shell);
    await analysisTab(shell, 'Självbild');
    await page.getByRole('heading', { level: 1, name: 'Självbild och företagens bild' }).waitFor();
    await page.getByText(/bedömda 1–5 av 30 företag och 8 personer/).waitFor();
    const firstGap = page
      .getByRole('table', { name: /Skillnad mellan kommunens/ })
      .getByRole('row');
    expect(await firstGap.count()).toBeGreaterThan(5);

    const header =
      'Företag;Org.nr;Kommunen är lätt att få kontakt med;Handläggningen av tillstånd går snabbt';
    await page.getByLabel('Enkätfil').setInputFiles({
      name: 'enkat-fel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\nSnickeriet i Exeby;;4;9\n;;3;3\n`, 'utf8'),
    });
    await page
      .getByText(
        'Rad 2, kolumn ”Handläggningen av tillstånd går snabbt”: ”9” är inte en siffra 1–5.',
      )
      .waitFor();
    await page.getByText('Rad 3: namnet på den som svarade saknas (kolumnen ”Företag”).').waitFor();
    expect(await page.getByRole('button', { name: /^Importera \d+ svarande/ }).count()).toBe(0);

    await page.getByLabel('Enkätfil').setInputFiles({
      name: 'Företagsenkät höst.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `${header}\nSnickeriet i Exeby;;2;1\nExeby Måleri;;1;2\nBageriet vid torget;;2;1\n`,
        'utf8',
      ),
    });
    await page.getByText(/3 svarande och 2 påståenden hittades/).waitFor();
    await page.getByLabel('Enkätens namn').fill('Företagsenkät hösten');
    await page.getByRole('button', { name: 'Importera 3 svarande' }).click();
    await page.getByText('3 svarande importerades.').waitFor();
    await page.getByText(/bedömda 1–5 av 33 företag och 8 personer/).waitFor();
    const chart = page.getByRole('list', { name: /Medelvärde per påstående/ });
    await chart
      .getByText(/^Företagen \d,\d \(n=3\d\)$/)
      .first()
      .waitFor();
    await chart
      .getByText(/^Kommunen \d,\d \(n=\d\)$/)
      .first()
      .waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Kommunen och företagen sida vid sida' })
      .scrollIntoViewIfNeeded();
    await shell.shot('self-image');

    await page
      .getByRole('navigation', { name: 'Analys' })
      .getByRole('link', { name: 'Målbild' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Gemensam målbild' }).waitFor();
    const text =
      'År 2030 är Exempelkommun känd för snabba besked och för att kommun, skola och företag löser kompetensfrågan tillsammans.';
    await page.getByRole('textbox', { name: 'Målbild', exact: true }).fill(text);
    await page.getByRole('button', { name: 'Spara målbilden' }).click();
    await page.getByText('Målbilden är sparad.').waitFor();
    await page.getByRole('button', { name: 'Lägg till en förankring' }).click();
    await page
      .getByRole('textbox', { name: /Möte, workshop eller grupp/ })
      .fill('Näringslivsrådets möte');
    const people = page.getByRole('combobox', { name: 'Vilka stod bakom' });
    await people.fill('Företagarna i Exeby');
    await people.press('Enter');
    await page
      .getByRole('textbox', { name: 'Anteckning' })
      .fill('Rådet ställde sig bakom utan ändringar.');
    await page.getByRole('button', { name: 'Spara förankringen' }).click();
    await page.getByText('Förankringen Näringslivsrådets möte är sparad.').waitFor();

    await shell.reload();
    await analysisTab(shell, 'Målbild');
    await page.getByRole('heading', { level: 1, name: 'Gemensam målbild' }).waitFor();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Målbild', exact: true }).inputValue())
      .toBe(text);
    const endorsement = page.getByRole('article', { name: /Näringslivsrådets möte/ });
    await endorsement.getByText('Stod bakom: Företagarna i Exeby').waitFor();
    await endorsement.getByText('Rådet ställde sig bakom utan ändringar.').waitFor();
    expect(await page.getByRole('article').count()).toBe(3);
    await shell.shot('goal-picture');
  });
  it('scores the statements at a visit and shows the goal picture in its process step', async () => {
    shell = await startShell();
    const { page } = shell;
    await openDemo(shell);
    const list = (await shell.app.dispatch('visits:list', { limit: 100 })) as {
      ok: true;
      value: { rows: { id: string }[] };
    };
    // The demo scored the 12 latest visits; an older one has no scores yet.
    const visitId = list.value.rows[30]!.id;
    await go(shell, `#/visits/${visitId}`);
    const block = page.getByRole('region', { name: 'Företagets bild av företagsklimatet' });
    await block.getByText('Inga bedömningar vid det här besöket.').waitFor();
    await block.getByRole('button', { name: 'Lägg till bedömningar' }).click();
    await block
      .getByLabel('Kommunen är lätt att få kontakt med')
      .selectOption({ label: '5 Instämmer helt' });
    await block
      .getByLabel('Handläggningen av tillstånd går snabbt')
      .selectOption({ label: '1 Instämmer inte alls' });
    await block.getByRole('button', { name: 'Spara bedömningarna' }).click();
    await block.getByText('Företaget har bedömt 2 påståenden.').waitFor();
    await block.getByText('5 Instämmer helt').waitFor();
    await shell.shot('self-image-visit');
    const saved = (await shell.app.dispatch('selfImage:forVisit', { visitId })) as {
      ok: true;
      value: { respondent: { scores: { score: number }[] } | null };
    };
    expect(saved.value.respondent?.scores.map((x) => x.score)).toEqual([5, 1]);

    await go(shell, '#/process');
    const step = page.locator('#step-shared-goal-picture');
    await step.getByRole('button', { name: /^Gemensam målbild/ }).click();
    await step.getByRole('heading', { name: /Workshop om målbilden med företagare/ }).waitFor();
    expect(
      await step.getByRole('textbox', { name: 'Målbild', exact: true }).inputValue(),
    ).toContain('Exempelkommun');
  });
});
