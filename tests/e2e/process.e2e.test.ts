// Runs in: vitest (Node) → browser shell. Processen on an empty database: the first programme,
// step statuses (with the reason "ej aktuell" needs), a checklist tick, owner and commission, an
// anchoring-log entry, and all of it still there after a reload.
import { afterEach, describe, expect, it } from 'vitest';
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

const toast = (s: TestShell, text: string | RegExp) =>
  s.page.getByTestId('toast').filter({ hasText: text }).first().waitFor();

describe('process', () => {
  it('creates the first programme, works on steps and the anchoring log, and keeps it all', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('button', { name: /Starta med en tom databas/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await nav(shell, 'Processen');

    // No programme yet: one small form.
    await page.getByText('Skapa ert första program').waitFor();
    await page.getByRole('button', { name: 'Skapa program' }).click();
    await page.getByText('Ge programmet ett namn', { exact: true }).waitFor();
    await shell.shot('processen-forsta-program');
    await page
      .getByRole('textbox', { name: /^Programmets namn/ })
      .fill('Näringslivsprogram 2027–2030');
    await page.getByRole('textbox', { name: /^Perioden börjar/ }).fill('2027');
    await page.getByRole('textbox', { name: /^Perioden slutar/ }).fill('2030');
    await page.getByRole('button', { name: 'Skapa program' }).click();
    await page.getByRole('heading', { level: 2, name: /Läget per fas/ }).waitFor();
    expect(await page.getByText('0 av 11 klara').count()).toBeGreaterThan(0);

    // A step in progress, with a tick on its checklist and the owner filled in.
    const owner = page.locator('#step-owner-and-mandate');
    await owner.getByRole('button', { name: /^Ägare och uppdrag/ }).click();
    await owner.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' });
    await owner.getByRole('button', { name: 'Spara steget' }).click();
    await toast(shell, 'Steget Ägare och uppdrag är sparat.');
    await owner.getByLabel('Den politiska ägaren (nämnd eller utskott) är angiven.').check();
    await owner.getByText('(1 av 5 avbockade)').waitFor();
    await owner.getByRole('textbox', { name: /^Politisk ägare/ }).fill('Kommunstyrelsen');
    await owner.getByRole('textbox', { name: /^Beslut om uppdraget/ }).fill('KS 2026-03-12 § 45');
    await owner.getByRole('button', { name: 'Spara ägare och uppdrag' }).click();
    await toast(shell, 'Ägare och uppdrag är sparade.');

    // "Ej aktuell" is refused without a reason, then saved with one.
    const tools = page.locator('#step-digital-tools');
    await tools.getByRole('button', { name: /^Digitala verktyg och kanaler/ }).click();
    await tools.getByLabel('Status', { exact: true }).selectOption({ label: 'Ej aktuell' });
    await tools.getByRole('button', { name: 'Spara steget' }).click();
    await tools.getByText('Skriv kort varför steget inte är aktuellt för er.').waitFor();
    await shell.shot('processen-ej-aktuell');
    await tools
      .getByRole('textbox', { name: /^Varför är steget inte aktuellt/ })
      .fill('Vi använder kommunens befintliga webb och nyhetsbrev.');
    await tools.getByRole('button', { name: 'Spara steget' }).click();
    await toast(shell, 'Steget Digitala verktyg och kanaler är sparat.');

    // An anchoring-log entry from inside its step.
    const anchoring = page.locator('#step-anchoring');
    await anchoring.getByRole('button', { name: /^Förankring internt och externt/ }).click();
    await anchoring.getByRole('button', { name: 'Ny anteckning' }).click();
    await anchoring.getByLabel(/^Datum/).fill('2026-03-20');
    await anchoring.getByRole('textbox', { name: /^Grupp eller organ/ }).fill('KSAU');
    await anchoring.getByLabel('Hur', { exact: true }).selectOption({ label: 'Presentation' });
    await anchoring.getByLabel('Reaktionen var').selectOption({ label: 'Positiv' });
    await anchoring
      .getByRole('textbox', { name: /^Vad handlade det om/ })
      .fill('Uppdraget och tidplanen');
    await anchoring.getByRole('button', { name: 'Spara anteckningen' }).click();
    await toast(shell, 'Anteckningen är sparad.');
    await anchoring.getByRole('grid', { name: 'Förankringslogg' }).getByText('KSAU').waitFor();

    // After a reload everything is still there.
    await shell.reload();
    await nav(shell, 'Processen');
    await page.getByRole('heading', { level: 2, name: /Läget per fas/ }).waitFor();
    await page.getByText('0 av 11 klara · 1 pågår · 1 ej aktuellt').first().waitFor();
    await shell.shot('processen');
    await owner.getByRole('button', { name: /^Ägare och uppdrag Pågår/ }).click();
    expect(await owner.getByLabel('Status', { exact: true }).inputValue()).toBe('in_progress');
    expect(
      await owner.getByLabel('Den politiska ägaren (nämnd eller utskott) är angiven.').isChecked(),
    ).toBe(true);
    expect(await owner.getByRole('textbox', { name: /^Politisk ägare/ }).inputValue()).toBe(
      'Kommunstyrelsen',
    );
    await tools.getByRole('button', { name: /^Digitala verktyg och kanaler Ej aktuell/ }).click();
    await tools
      .getByText('Ej aktuell: Vi använder kommunens befintliga webb och nyhetsbrev.')
      .waitFor();
    await shell.shot('processen-steg');

    await page.goto(page.url().replace(/#.*$/, '#/process/anchoring'));
    await page.getByRole('heading', { level: 1, name: 'Förankringslogg' }).waitFor();
    const grid = page.getByRole('grid', { name: 'Förankringslogg' });
    await grid.getByText('KSAU').waitFor();
    await grid.getByText('Uppdraget och tidplanen').waitFor();
    await shell.shot('forankringslogg');
    expect(shell.blockedRequests).toEqual([]);
  });
});
