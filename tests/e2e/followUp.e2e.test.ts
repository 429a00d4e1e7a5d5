// Runs in: vitest (Node) → browser shell. Uppföljning on the example municipality: a follow-up is
// recorded for the due period with a judgement and a lesson that creates an action, and survives a
// reload; the red thread lists a deliberately broken link that leads to its fix.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateActionsDemo } from '../../electron/core/actions/demo';
import { generateFollowUpDemo } from '../../electron/core/followUp/demo';
import { generateGoalsDemo } from '../../electron/core/goals/demo';
import { periodOf } from '../../shared/domain/followUp';
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

async function value<T>(s: TestShell, method: string, input: unknown): Promise<T> {
  const result = await s.app.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The example municipality with a current programme, goals, actions and follow-ups. */
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
  const db = s.app.ctx.db!;
  const today = localDay(new Date());
  generateGoalsDemo(db, programme.id, today);
  generateActionsDemo(db, programme.id, today);
  generateFollowUpDemo(db, programme.id, today);
  return programme;
}

function keep(name: string) {
  const target = resolve(__dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(target, { recursive: true });
  copyFileSync(join(screenshotDir, `${name}.png`), join(target, `${name}.png`));
}

describe('follow-up', () => {
  it('records the due period with a judgement and a lesson that creates an action', async () => {
    shell = await startShell();
    const { page } = shell;
    await openDemo(shell);

    await nav(shell, 'Uppföljning');
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nästa uppföljning' }).waitFor();
    // Monthly follow-up: last month has just ended and is due.
    await page.getByLabel('Intervall').selectOption('monthly');
    await page.getByRole('button', { name: 'Spara intervallet' }).click();
    await page.getByText('Intervallet är sparat.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gjorda uppföljningar' }).waitFor();
    await shell.shot('follow-up-plan');
    const now = new Date();
    const lastMonth = localDay(new Date(now.getFullYear(), now.getMonth() - 1, 15));
    const period = periodOf('monthly', lastMonth).label.sv;
    const row = page.getByRole('row', { name: new RegExp(`^${period}`) });
    await row.getByText('Dags att följa upp').waitFor();
    await row.getByRole('button', { name: `Starta ${period}` }).click();

    const title = `Uppföljning ${period}`;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Det här har vi åstadkommit' }).waitFor();
    await page.getByLabel('Datum för uppföljningen').fill(localDay(now));
    await page.getByLabel('Möte (till exempel näringslivsrådet)').fill('Näringslivsrådet');
    await page.getByRole('combobox', { name: 'Namn' }).fill('Kim från Företagarna');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    // A known stakeholder is chosen by type-ahead and keeps the link to the register.
    const [known] = await value<{ id: string; name: string }[]>(shell, 'stakeholders:lookup', {
      query: 'Sjöberg',
      limit: 1,
    });
    await page.getByRole('combobox', { name: 'Namn' }).fill(known!.name);
    await page
      .getByRole('option', { name: new RegExp(`^${known!.name}`) })
      .first()
      .click();
    await page.getByRole('listitem').filter({ hasText: known!.name }).first().waitFor();
    const goals = page.getByRole('table', { name: /Målen med status/ });
    const firstGoal = goals.getByRole('textbox').first();
    await firstGoal.fill('Det går åt rätt håll – fortsätt med besöken.');
    await page
      .getByRole('group', { name: 'Besöker vi företagen så ofta som vi bestämde?' })
      .getByRole('radio', { name: /Delvis/ })
      .check();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Uppföljningen är sparad.').waitFor();

    // A lesson that starts a new action, linked to the first goal.
    await page.getByRole('button', { name: 'Ny lärdom' }).click();
    await page
      .getByRole('textbox', { name: /^Vad lärde ni er/ })
      .fill('Företagen vill träffas i byarna.');
    await page.getByLabel('Kom från målet').selectOption({ index: 1 });
    await page.getByRole('radio', { name: 'Blev en ny aktivitet' }).check();
    await page.getByRole('button', { name: 'Spara lärdomen' }).click();
    await page.getByText('Skriv vad den nya aktiviteten ska göra.').waitFor();
    await page
      .getByRole('textbox', { name: /^Den nya aktiviteten/ })
      .fill('Företagarträffar i varje by');
    await page.getByRole('button', { name: 'Spara lärdomen' }).click();
    const created = page.getByRole('link', { name: /Ny aktivitet: Företagarträffar i varje by/ });
    await created.waitFor();
    await page.getByRole('heading', { level: 2, name: 'Lärdomar' }).scrollIntoViewIfNeeded();
    await shell.shot('follow-up-lessons');
    await page.getByRole('heading', { level: 1, name: title }).scrollIntoViewIfNeeded();
    await shell.shot('follow-up');
    keep('follow-up');

    // The lesson → the action, which names the lesson as its origin.
    await created.click();
    await page.getByRole('heading', { level: 1, name: 'Företagarträffar i varje by' }).waitFor();
    await page
      .getByText(/Lärdom från uppföljningen .*: Företagen vill träffas i byarna\./)
      .waitFor();
    await page.goBack();

    // Everything is still there after a reload.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Målen med status/ })
          .getByRole('textbox')
          .first()
          .inputValue(),
      )
      .toBe('Det går åt rätt håll – fortsätt med besöken.');
    await page.getByText('Kim från Företagarna').waitFor();
    const saved = await value<{ participants: { stakeholderId: string | null; name: string }[] }>(
      shell,
      'followUp:get',
      { id: ((await page.evaluate('location.hash')) as string).split('/').pop() },
    );
    expect(saved.participants).toEqual([
      { stakeholderId: null, name: 'Kim från Företagarna' },
      { stakeholderId: known!.id, name: known!.name },
    ]);
    await page.getByText('Företagen vill träffas i byarna.').first().waitFor();

    // Closing makes it read-only; reopening asks why.
    await page.getByRole('button', { name: 'Avsluta uppföljningen' }).click();
    await page.getByText('Uppföljningen är avslutad.').waitFor();
    await page.getByRole('button', { name: 'Öppna igen' }).click();
    await page.getByRole('button', { name: 'Öppna för ändring' }).click();
    await page.getByText('Skriv varför uppföljningen öppnas igen').waitFor();
    await page.getByRole('textbox', { name: /^Varför öppnas/ }).fill('Glömde en deltagare.');
    await page.getByRole('button', { name: 'Öppna för ändring' }).click();
    await page.getByText(/Öppnades igen .*: Glömde en deltagare\./).waitFor();

    // The lesson is in the list across follow-ups.
    await page.evaluate(`location.hash = '#/followup/lessons'`);
    await page.getByRole('heading', { level: 1, name: 'Lärdomar' }).waitFor();
    await page.getByText('Företagen vill träffas i byarna.').waitFor();
    expect(shell.blockedRequests).toEqual([]);
  });

  it('lists a broken link in the red thread and leads to its fix', async () => {
    shell = await startShell();
    const { page } = shell;
    const programme = await openDemo(shell);
    const action = await value<{ id: string }>(shell, 'actions:create', {
      programmeId: programme.id,
      what: 'Testaktivitet utan mål',
      why: 'För att visa ett brott i tråden.',
    });

    await nav(shell, 'Uppföljning');
    await page.getByRole('link', { name: 'Röd tråd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Röd tråd' }).waitFor();
    const tree = page.getByRole('tree', { name: 'Den röda tråden' });
    await tree.waitFor();
    // Keyboard: one tab stop, arrows move, left collapses.
    await tree.getByRole('treeitem').first().focus();
    await page.keyboard.press('ArrowDown');
    const focusedLevel = () =>
      page.evaluate('document.activeElement && document.activeElement.getAttribute("aria-level")');
    await expect.poll(focusedLevel).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() =>
        page.evaluate(
          'document.activeElement && document.activeElement.getAttribute("aria-expanded")',
        ),
      )
      .toBe('false');
    await page.keyboard.press('ArrowRight');
    await tree.getByText('Testaktivitet utan mål').first().waitFor();

    const breaks = page.getByRole('region', { name: 'Här behöver tråden knytas ihop' });
    const item = breaks.getByRole('listitem').filter({ hasText: 'Testaktivitet utan mål' }).first();
    await item.getByText('Aktivitet utan mål', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Röd tråd' }).scrollIntoViewIfNeeded();
    await shell.shot('red-thread');
    keep('red-thread');
    await item.getByRole('link', { name: /^Åtgärda.*Testaktivitet utan mål/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Ändra aktivitet' }).waitFor();
    expect(await page.evaluate('location.hash')).toBe(`#/actions/${action.id}/edit`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ändra aktivitet' }).waitFor();
  });
});
