// Runs in: vitest (Node) → browser shell. Kommunikation on the example municipality: a plan item is
// added, a briefing to the overdue body makes its reminder go away, a finished action becomes a
// communication item linked both ways, and everything is still there after a reload.
import { afterEach, describe, expect, it } from 'vitest';
import type { Programme } from '../../shared/domain/process';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

async function value<T>(s: TestShell, method: string, input: unknown): Promise<T> {
  const result = await s.app.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('communication', () => {
  it('plans, briefs, tells about a finished action and keeps it all after a reload', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('button', { name: /Öppna exempel/ }).click();
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.waitFor();
    const { programme } = await value<{ programme: Programme | null }>(
      shell,
      'programmes:current',
      {},
    );
    expect(programme).not.toBeNull();

    // The plan of the demo, with the overdue body named on top.
    await menu.getByRole('link', { name: 'Kommunikation', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommunikation' }).waitFor();
    await page.getByRole('table', { name: 'Kommunikationsplan' }).waitFor();
    await page
      .getByText(/^Dags att berätta för KF hur det går – senast för \d+ månader sedan\./)
      .waitFor();
    await shell.shot('communication');

    // A new item with two audiences, reported upward.
    await page.getByRole('link', { name: 'Ny insats' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny kommunikationsinsats' }).waitFor();
    const message = 'Berätta för KSAU om första årets företagsbesök';
    await page.getByRole('textbox', { name: /^Budskap/ }).fill(message);
    await page.getByRole('checkbox', { name: 'Politiker' }).check();
    await page.getByRole('checkbox', { name: 'Medarbetare/tjänstepersoner' }).check();
    await page.getByLabel(/^Kanal/).selectOption('meeting');
    await page.getByLabel('Planerat datum').fill('2027-02-15');
    await page.getByRole('checkbox', { name: 'Uppåt' }).check();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: message }).waitFor();
    await page.getByText('Politiker, Medarbetare/tjänstepersoner').waitFor();
    await page.getByRole('link', { name: 'Kommunikationsplan' }).first().click();
    await page.getByRole('link', { name: message }).waitFor();

    // No audience: a Swedish message, nothing saved.
    await page.getByRole('link', { name: 'Ny insats' }).click();
    await page.getByRole('textbox', { name: /^Budskap/ }).fill('Utan målgrupp');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Välj minst en målgrupp').first().waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).click();

    // A briefing to KF makes its reminder go away.
    await page.getByRole('link', { name: 'Politikerdragningar' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dags att berätta' }).waitFor();
    const kfReminder = page.getByText(/^Dags att berätta för KF/);
    await kfReminder.waitFor();
    await page.getByRole('table', { name: 'Politikerdragningar' }).waitFor();
    await shell.shot('briefings');
    await page.getByRole('link', { name: 'Ny dragning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny politikerdragning' }).waitFor();
    await page.getByRole('combobox', { name: /^Organ/ }).fill('KF');
    await page.getByRole('textbox', { name: /^Ämnen/ }).fill('Läget i handlingsplanen');
    const people = page.getByRole('combobox', { name: /^Deltagare/ });
    await people.fill('Gruppledare Andersson');
    await people.press('Enter');
    await page.getByRole('textbox', { name: /^Reaktioner/ }).fill('Frågor om pendlarbussen.');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('cell', { name: 'Läget i handlingsplanen' }).waitFor();
    await expect.poll(() => kfReminder.count()).toBe(0);
    await page
      .getByText('Alla organ har fått höra hur det går inom sina intervall. Bra jobbat!')
      .waitFor();

    // A finished action nobody has been told about becomes a suggested item.
    await page.getByRole('link', { name: 'Resultat att berätta' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommunikation' }).waitFor();
    await page.locator('a[href^="#/communication/new/action/"]').first().waitFor();
    await shell.shot('communication-untold');
    const tell = page.locator('a[href^="#/communication/new/action/"]').first();
    const label = (await tell.getAttribute('aria-label'))!.replace('Berätta om det: ', '');
    const target = (await tell.getAttribute('href'))!;
    expect(target).toMatch(/^#\/communication\/new\/action\//);
    await tell.click();
    await page.getByRole('heading', { level: 1, name: 'Berätta om resultatet' }).waitFor();
    const prefilled = page.getByRole('textbox', { name: /^Budskap/ });
    await expect
      .poll(() => prefilled.inputValue())
      .toMatch(new RegExp(`^Nu är det klart: ${escape(label)}`));
    await shell.shot('communication-form');
    await page.keyboard.press('Control+Enter');
    // Item → action.
    const toAction = page.getByRole('link', { name: `Berättar om aktiviteten: ${label}` });
    await toAction.waitFor();
    const itemUrl = await page.evaluate('location.hash');
    await toAction.click();
    await page.getByRole('heading', { level: 1, name: label }).waitFor();
    // Action → item.
    const section = page.getByRole('region', { name: 'Kommunikation' });
    await section.scrollIntoViewIfNeeded();
    await shell.shot('communication-action');
    await section.getByRole('link', { name: /^Nu är det klart: / }).click();
    await expect.poll(() => page.evaluate('location.hash')).toBe(itemUrl);

    // The result is no longer untold, and everything survives a reload.
    await page.reload();
    await page.getByRole('link', { name: `Berättar om aktiviteten: ${label}` }).waitFor();
    await page.evaluate(`location.hash = '#/communication/untold'`);
    await page.getByRole('heading', { level: 1, name: 'Kommunikation' }).waitFor();
    await expect
      .poll(() => page.getByRole('link', { name: `Berätta om det: ${label}` }).count())
      .toBe(0);
    await page.evaluate(`location.hash = '#/communication/briefings'`);
    await page.getByRole('cell', { name: 'Läget i handlingsplanen' }).waitFor();
    await page.evaluate(`location.hash = '#/communication'`);
    await page.getByRole('link', { name: message }).waitFor();
    await page.evaluate(`location.hash = '#/communication/log'`);
    await page.getByRole('heading', { level: 2, name: /^Kanaler och målgrupper/ }).waitFor();
    await page.getByRole('table', { name: 'Logg' }).waitFor();
    await shell.shot('communication-log');
    expect(shell.blockedRequests).toEqual([]);
  });
});
