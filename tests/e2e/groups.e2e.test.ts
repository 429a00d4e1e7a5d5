// Runs in: vitest (Node) → browser shell. Grupper och möten on the example municipality: a kick-off
// recorded with participants from the register and a typed name, an outcome turned into a SWOT
// insight whose source opens the meeting again, a reference group created, and everything still
// there after a reload. Screenshots of the meetings, a group and the timeline.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateGroupsDemo } from '../../electron/core/groups/demo';
import type { Programme } from '../../shared/domain/process';
import { screenshotDir, startShell, type TestShell } from './shell';

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
  s.page
    .getByRole('navigation', { name: 'Grupper och möten' })
    .getByRole('link', { name, exact: true })
    .click();

async function value<T>(s: TestShell, method: string, input: unknown): Promise<T> {
  const result = await s.app.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const localToday = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The example municipality with a current programme and its groups and meetings. */
async function openDemo(s: TestShell): Promise<Programme> {
  await s.page.getByRole('button', { name: /Öppna exempel/ }).click();
  await s.page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
  let { programme } = await value<{ programme: Programme | null }>(s, 'programmes:current', {});
  if (!programme) {
    programme = await value<Programme>(s, 'programmes:create', {
      name: 'Näringslivsprogram 2026–2029',
      periodStart: '2026',
      periodEnd: '2029',
      makeCurrent: true,
    });
  }
  generateGroupsDemo(s.app.ctx.db!, programme.id, localToday());
  return programme;
}

/** The toasts of the saves fade by themselves; a screenshot shows the screen, not them. */
async function closeToasts(s: TestShell): Promise<void> {
  for (const close of await s.page.getByRole('button', { name: 'Stäng' }).all()) {
    await close.click().catch(() => undefined);
  }
}

const keep = (name: string) => {
  const docs = resolve(__dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(docs, { recursive: true });
  copyFileSync(join(screenshotDir, `${name}.png`), join(docs, `${name}.png`));
};

describe('groups and meetings', () => {
  it('records a kick-off, turns an outcome into an insight, creates a reference group and finds it all after a reload', async () => {
    shell = await startShell();
    const { page } = shell;
    await openDemo(shell);
    const db = shell.app.ctx.db!;
    const person = db
      .prepare(
        `SELECT name FROM stakeholders WHERE kind = 'person' AND deleted_at IS NULL
         ORDER BY name LIMIT 1 OFFSET 3`,
      )
      .pluck()
      .get() as string;

    await nav(shell, 'Grupper och möten');
    await page.getByRole('heading', { level: 1, name: 'Möten och workshoppar' }).waitFor();
    const table = page.getByRole('table', { name: 'Möten' });
    await table.getByRole('link', { name: 'Uppföljningsmöte: så har det gått hittills' }).waitFor();
    // Upcoming first: the planned follow-up is the first row.
    await expect
      .poll(() => table.getByRole('row').nth(1).textContent())
      .toContain('Uppföljningsmöte');
    await shell.shot('meetings');
    keep('meetings');

    // Filter by kind.
    await page.getByLabel('Typ av möte').selectOption('workshop');
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    await page.getByLabel('Typ av möte').selectOption('');

    // A kick-off with participants from the register and a typed name.
    await page.getByRole('link', { name: 'Nytt möte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt möte' }).waitFor();
    await page.getByRole('button', { name: 'Spara mötet' }).click();
    await page.getByText('Skriv en rubrik för mötet').first().waitFor();
    await page.getByLabel('Typ av möte').selectOption('kickoff');
    await page.getByRole('textbox', { name: /^Rubrik/ }).fill('Uppstart i Norrby');
    await page.getByLabel(/^Datum/).fill('2026-02-03');
    await page.getByLabel(/^Tid/).fill('08:30');
    await page.getByLabel('Status').selectOption('held');
    await page.getByRole('textbox', { name: 'Plats' }).fill('Norrby bygdegård');
    const participants = page.getByRole('combobox', { name: 'Deltagare' });
    await participants.fill(person.slice(0, 6));
    await page
      .getByRole('option', { name: new RegExp(person) })
      .first()
      .click();
    await participants.fill('Sara Säljare');
    await participants.press('Enter');
    await page.getByRole('checkbox', { name: /Deltog: Sara Säljare/ }).uncheck();
    await page.getByRole('textbox', { name: 'Punkt 1' }).fill('Välkommen');
    await page.getByRole('textbox', { name: 'Punkt 1' }).press('Enter');
    await page.getByRole('textbox', { name: 'Punkt 2' }).fill('Vad vill vi med Norrby?');
    const outcomes = page.getByRole('group', { name: 'Resultat' });
    await outcomes.getByRole('button', { name: /Lägg till rad/ }).click();
    await page
      .getByRole('textbox', { name: 'Resultat 1' })
      .fill('Företagen vill ha ett gemensamt rekryteringsnätverk');
    await page.getByRole('button', { name: 'Spara mötet' }).click();

    await page.getByRole('heading', { level: 1, name: 'Uppstart i Norrby' }).waitFor();
    await page.getByText('1 av 2 deltog.').waitFor();
    await page.getByText('(deltog inte)').waitFor();
    await page.getByRole('link', { name: person }).waitFor();

    // The outcome becomes an opportunity on the SWOT board.
    await page
      .getByLabel('Typ av insikt för ”Företagen vill ha ett gemensamt rekryteringsnätverk”')
      .selectOption('opportunity');
    await page.getByRole('button', { name: 'Gör till insikt' }).click();
    await page.getByText('Insikt (Möjlighet):').waitFor();
    await page.getByRole('heading', { name: 'Insikter från mötet (1)' }).waitFor();
    await closeToasts(shell);
    await shell.shot('meeting-detail');
    await page
      .getByRole('link', { name: 'Företagen vill ha ett gemensamt rekryteringsnätverk' })
      .first()
      .click();

    // The insight shows the meeting as its source, and the link opens the meeting again.
    await page.getByRole('heading', { name: /Källa \(1\)/ }).waitFor();
    await page.getByText('Möte', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'Uppstart i Norrby, 2026-02-03' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppstart i Norrby' }).waitFor();

    // A reference group with a member from the register.
    await tab(shell, 'Grupper');
    await page.getByRole('heading', { level: 1, name: 'Grupper' }).waitFor();
    await page.getByRole('link', { name: 'Arbetsgruppen för näringslivsprogrammet' }).click();
    await page.getByRole('heading', { name: 'Sammansättning' }).waitFor();
    await page.getByRole('heading', { name: /^Saknas/ }).waitFor();
    await page
      .getByRole('list', { name: /^Saknas/ })
      .getByText('Små och medelstora företagare')
      .waitFor();
    await closeToasts(shell);
    await shell.shot('groups');
    keep('groups');

    await tab(shell, 'Grupper');
    await page.getByRole('link', { name: 'Ny grupp' }).click();
    await page.getByLabel('Typ av grupp').selectOption('reference');
    await page.getByRole('textbox', { name: /^Namn/ }).fill('Referensgrupp unga företagare');
    const member = page.getByRole('combobox', { name: 'Lägg till medlem' });
    await member.fill(person.slice(0, 6));
    await page
      .getByRole('option', { name: new RegExp(person) })
      .first()
      .click();
    await page.getByLabel(`Roll för ${person}`).selectOption('convener');
    await page.getByRole('button', { name: 'Spara gruppen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Referensgrupp unga företagare' }).waitFor();
    await page.getByText('Sammankallande').waitFor();

    // The timeline.
    await tab(shell, 'Tidplan');
    await page.getByRole('heading', { level: 1, name: 'Tidplan' }).waitFor();
    await page.getByText(/I dag, \d{4}-/).waitFor();
    await page.getByRole('link', { name: 'Uppstart i Norrby' }).waitFor();
    const late = page
      .getByRole('listitem')
      .filter({ hasText: 'Arbetsgruppsmöte: handlingsplanens första år' });
    await late.getByText(/Datumet har passerat/).waitFor();
    await late.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 250);
    await closeToasts(shell);
    await shell.shot('timeline');
    keep('timeline');

    // After a reload everything is still there.
    await page.reload();
    await nav(shell, 'Grupper och möten');
    await page.getByRole('link', { name: 'Uppstart i Norrby' }).click();
    await page.getByText('Insikt (Möjlighet):').waitFor();
    await tab(shell, 'Grupper');
    await page.getByRole('link', { name: 'Referensgrupp unga företagare' }).waitFor();
    await nav(shell, 'Analys');
    await page.goto(page.url().replace(/#.*$/, '#/analysis/swot'));
    await page.getByText('Företagen vill ha ett gemensamt rekryteringsnätverk').first().waitFor();
  });
});
