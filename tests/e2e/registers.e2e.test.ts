// Runs in: vitest (Node) → browser shell. The registers: stakeholders, companies, import, trash,
// search and persistence across a restart of the window.
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

async function startEmpty(): Promise<TestShell> {
  const s = await startShell();
  await s.page.getByRole('button', { name: /Starta med en tom databas/ }).click();
  await s.page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
  return s;
}

const nav = (s: TestShell, name: string) =>
  s.page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name, exact: true })
    .click();

describe('registers', () => {
  it('creates a stakeholder with two categories, finds it after a restart, deletes and restores it', async () => {
    shell = await startEmpty();
    const { page } = shell;
    await nav(shell, 'Aktörer');
    await page
      .getByRole('link', { name: 'Ny aktör' })
      .or(page.getByRole('button', { name: 'Ny aktör' }))
      .first()
      .click();
    await page.getByRole('textbox', { name: /^Namn/ }).fill('Åsa Öhman');
    await page.getByLabel('Roll eller titel').fill('Rektor, Exeby skola');
    await page.getByLabel('Ledande politiker').check();
    await page.getByLabel('Skola', { exact: true }).check();
    await page.getByLabel('Nyckelaktör').check();
    await page.getByLabel('E-post').fill('asa.ohman@exempel.se');
    await shell.shot('aktor-ny');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: /Åsa Öhman/ }).waitFor();
    await expect(page.getByText('Ledande politiker').first().isVisible()).resolves.toBe(true);

    await shell.reload();
    await nav(shell, 'Aktörer');
    const grid = page.getByRole('grid', { name: 'Aktörer' });
    await grid.getByText('Åsa Öhman').waitFor();
    await shell.shot('aktorer-lista');
    await grid.getByText('Åsa Öhman').click();
    await page.getByRole('heading', { level: 1, name: /Åsa Öhman/ }).waitFor();
    await page.getByRole('button', { name: 'Ta bort' }).click();
    const confirm = page.getByRole('dialog');
    if (await confirm.count()) await confirm.getByRole('button', { name: /Ta bort/ }).click();
    await page.getByTestId('toast').filter({ hasText: 'papperskorgen' }).waitFor();

    await nav(shell, 'Papperskorg');
    const trash = page.getByRole('grid');
    await trash.getByText('Åsa Öhman').waitFor();
    await trash.getByText('Åsa Öhman').click();
    await page
      .getByRole('button', { name: /Återställ/ })
      .first()
      .click();
    await nav(shell, 'Aktörer');
    await page.getByRole('grid', { name: 'Aktörer' }).getByText('Åsa Öhman').waitFor();
    expect(shell.blockedRequests).toEqual([]);
  });

  it('refuses a wrong org. number with a Swedish message and saves the right one', async () => {
    shell = await startEmpty();
    const { page } = shell;
    await nav(shell, 'Företag');
    await page
      .getByRole('link', { name: 'Nytt företag' })
      .or(page.getByRole('button', { name: 'Nytt företag' }))
      .first()
      .click();
    await page.getByLabel('Företagsnamn').fill('Hällebro Snickeri AB');
    const org = page.getByLabel('Organisationsnummer');
    await org.fill('556036-0794');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByText(/Organisationsnumret .* är inte giltigt/)
      .first()
      .waitFor();
    expect(await org.inputValue()).toBe('556036-0794');
    await shell.shot('foretag-fel-orgnr');
    const count = await shell.app.dispatch('companies:list', {});
    expect(count).toMatchObject({ ok: true, value: { total: 0 } });
    await org.fill('556036-0793');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: /Hällebro Snickeri AB/ }).waitFor();
    await page.getByText('556036-0793').first().waitFor();
  });

  it('imports a Windows-1252 CSV from Swedish Excel, then undoes the import', async () => {
    shell = await startEmpty();
    const { page } = shell;
    await nav(shell, 'Företag');
    await page
      .getByRole('link', { name: 'Importera företagslista' })
      .or(page.getByRole('button', { name: 'Importera företagslista' }))
      .first()
      .click();
    await page
      .getByLabel('Fil med företag (CSV eller Excel)')
      .setInputFiles(resolve(__dirname, '..', 'fixtures', 'import', 'windows-1252-semicolon.csv'));
    await page
      .getByText(/Windows-1252/)
      .first()
      .waitFor();
    await page
      .getByText(/semikolon/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Kontrollera' }).click();
    const run = page.getByRole('button', { name: /Importera \d+ giltiga rader/ });
    await run.waitFor();
    await shell.shot('import');
    await run.click();
    await page.getByRole('button', { name: 'Ångra importen', exact: true }).waitFor();
    const listed = await shell.app.dispatch('companies:list', {});
    expect(listed.ok && (listed.value as { total: number }).total).toBeGreaterThan(2);
    await nav(shell, 'Företag');
    await page.getByRole('grid', { name: 'Företag' }).getByText('Åkerbergs Smide AB').waitFor();
    await shell.shot('foretag-lista');

    await page
      .getByRole('link', { name: 'Importera företagslista' })
      .or(page.getByRole('button', { name: 'Importera företagslista' }))
      .first()
      .click();
    await page
      .getByRole('button', { name: /Ångra importen av/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Ja, ångra importen' }).click();
    await expect
      .poll(async () => {
        const r = await shell!.app.dispatch('companies:list', {});
        return r.ok && (r.value as { total: number }).total;
      })
      .toBe(0);
  });
});
