// Runs in: vitest (Node) → browser shell. The export screen on the demo municipality: preview a visit
// report, create it as a .docx download, find it in the export log and see when its data changes;
// and the logo in the document settings (a wrong file refused in Swedish, a PNG shown).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTemplate } from '../unit/export/templates';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

/** A real 2 × 1 pixel PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mNk+M9QzwAEjDAGACCDAv8cI7IoAAAAAElFTkSuQmCC',
  'base64',
);

async function openExport(s: TestShell, choice: RegExp = /Öppna exempel/): Promise<void> {
  await s.page.getByRole('button', { name: choice }).click();
  const menu = s.page.getByRole('navigation', { name: 'Huvudmeny' });
  await menu.waitFor();
  await menu.getByRole('link', { name: 'Export', exact: true }).click();
  await s.page.getByRole('heading', { level: 1, name: 'Exportera dokument' }).waitFor();
}

describe('export screen', () => {
  it('previews and creates a visit report, logs it and tells when its data has changed', async () => {
    shell = await startShell();
    const { page } = shell;
    await openExport(shell);

    await page.getByRole('radio', { name: /Besöksrapport/ }).check();
    await page.getByRole('button', { name: 'I år', exact: true }).click();
    const year = String(new Date().getFullYear());
    await expect.poll(() => page.getByLabel('Från och med').inputValue()).toBe(`${year}-01-01`);
    await expect.poll(() => page.getByLabel('Till och med').inputValue()).toBe(`${year}-12-31`);

    const outline = page.getByRole('list', { name: 'Rubriker i dokumentet' });
    await outline.getByText('Besöken i siffror').waitFor();
    await outline.getByText('Ämnen som togs upp').waitFor();
    const preview = page.getByRole('region', { name: 'Förhandsgranskning' });
    await preview.getByText(`Besöksrapport ${year}`).first().waitFor();

    // The internal copy warns that every page is marked; left unchecked for the export below.
    await page.getByLabel('Intern kopia (med konfidentiella anteckningar)').check();
    await page.getByText(/Varje sida märks ”INTERN KOPIA/).waitFor();
    await page.getByLabel('Intern kopia (med konfidentiella anteckningar)').uncheck();
    await expect.poll(() => page.getByText(/Varje sida märks ”INTERN KOPIA/).count()).toBe(0);
    await shell.shot('export');

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skapa dokument' }).click();
    const download = await downloaded;
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(new RegExp(`^Besöksrapport ${year}.*\\.docx$`));
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page
      .getByRole('region', { name: 'Skapa dokument' })
      .getByRole('status')
      .filter({ hasText: `Dokumentet är skapat: ${fileName}` })
      .waitFor();

    const log = page.getByRole('grid', { name: 'Exportlogg' });
    const row = log.getByRole('row').filter({ hasText: fileName });
    await row.waitFor();
    await row
      .getByRole('gridcell')
      .getByText(`${year}-01-01 – ${year}-12-31 · utkast v1`)
      .waitFor();
    await row.getByRole('button', { name: /^Kontrollera/ }).click();
    await row.getByText('Oförändrat').waitFor();
    await shell.shot('export-logg');

    const companies = (await shell.app.dispatch('companies:list', { limit: 1 })) as {
      ok: true;
      value: { rows: { id: string }[] };
    };
    const today = await page.evaluate(`(() => {
      const d = new Date();
      return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
    })()`);
    const created = await shell.app.dispatch('visits:create', {
      companyId: companies.value.rows[0]!.id,
      visitDate: today,
      purpose: 'Nytt besök efter exporten',
    });
    expect(created).toMatchObject({ ok: true });

    await row.getByRole('button', { name: /^Kontrollera igen/ }).click();
    await row.getByText('Data har ändrats sedan exporten').waitFor();
    expect(await row.getByText('Oförändrat').count()).toBe(0);
    expect(shell.blockedRequests).toEqual([]);
  });

  it('asks before creating a final version that lacks data, and lists what is missing', async () => {
    shell = await startShell();
    const { page } = shell;
    await openExport(shell);
    await page.getByLabel('Från och med').fill('2001-01-01');
    await page.getByLabel('Till och med').fill('2001-12-31');
    const missing = page.getByRole('region', { name: 'Förhandsgranskning' });
    await missing.getByText('[att fylla i: besök per bransch]').waitFor();
    await page.getByRole('radio', { name: 'Slutlig version' }).check();
    await missing.getByText('Besöksrapport 2001.docx', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Skapa dokument' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Det saknas uppgifter' });
    await dialog.getByText('besök per bransch').waitFor();
    await shell.shot('export-saknas');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    const log = await shell.app.dispatch('export:log', {});
    expect(log).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('shows only the options the chosen document takes', async () => {
    shell = await startShell();
    const { page } = shell;
    // An empty database: the example municipality already has cases.
    await openExport(shell, /Starta med en tom databas/);
    const documents = (await shell.app.dispatch('export:documents', {})) as {
      ok: true;
      value: { id: string; title: { sv: string }; options: string[] }[];
    };
    const memo = documents.value.find((d) => d.options.includes('stage'));
    expect(memo).toBeDefined();
    await page.getByRole('radio', { name: new RegExp(memo!.title.sv) }).check();
    await page.getByRole('combobox', { name: 'Skede' }).waitFor();
    await page
      .getByRole('combobox', { name: 'Ärende' })
      .or(page.getByText(/Det finns inga ärenden ännu/))
      .first()
      .waitFor();
    expect(await page.getByRole('group', { name: 'Period' }).count()).toBe(
      memo!.options.includes('period') ? 1 : 0,
    );
    expect(await page.getByLabel('Intern kopia (med konfidentiella anteckningar)').count()).toBe(
      memo!.options.includes('internal') ? 1 : 0,
    );
    await page.getByText(/Innehållet visas när det finns ett ärende/).waitFor();

    const created = await shell.app.dispatch('cases:create', {
      dnr: 'KS 2026/42',
      title: 'Näringslivsprogram för Exeby',
    });
    expect(created).toMatchObject({ ok: true });
    await page.getByRole('radio', { name: /Besöksrapport/ }).check();
    await page.getByRole('radio', { name: new RegExp(memo!.title.sv) }).check();
    const caseField = page.getByRole('combobox', { name: 'Ärende' });
    await caseField.waitFor();
    expect(await caseField.inputValue()).not.toBe('');
    await page.getByRole('combobox', { name: 'Skede' }).selectOption({ index: 1 });
    const preview = page.getByRole('region', { name: 'Förhandsgranskning' });
    await preview
      .getByText(/KS 2026-42|Näringslivsprogram för Exeby/)
      .first()
      .waitFor();
    await preview.getByRole('list', { name: 'Rubriker i dokumentet' }).waitFor();
    expect(await preview.getByText(/Besöksrapport/).count()).toBe(0);
    await shell.shot('export-tjansteskrivelse');
  });

  it('refuses a logo that is not a PNG in Swedish and shows a PNG logo', async () => {
    shell = await startShell();
    const { page } = shell;
    await openExport(shell);
    const settings = page.getByRole('region', { name: 'Dokumentinställningar' });
    await settings.getByText('Ingen logotyp är vald.').waitFor();

    await settings.getByLabel('Logotyp (PNG-bild)').setInputFiles({
      name: 'logga.png',
      mimeType: 'image/png',
      buffer: Buffer.from('GIF89a inte en png'),
    });
    await settings.getByText(/Logotypen måste vara en PNG-bild/).waitFor();

    await settings
      .getByLabel('Logotyp (PNG-bild)')
      .setInputFiles({ name: 'logga.png', mimeType: 'image/png', buffer: PNG });
    await settings.getByRole('img', { name: 'Kommunens logotyp' }).waitFor();
    await settings.getByText(/2 × 1 pixlar/).waitFor();
    await settings.getByRole('button', { name: 'Vilka platshållare kan mallen ha?' }).click();
    await settings.getByRole('cell', { name: '{{innehall}}' }).waitFor();
    await shell.shot('export-installningar');
    const stored = await shell.app.dispatch('export:settings', {});
    expect(stored).toMatchObject({ ok: true, value: { logo: { width: 2, height: 1 } } });

    await settings.getByRole('button', { name: 'Ta bort logotyp' }).click();
    await settings.getByText('Ingen logotyp är vald.').waitFor();
  });

  it('refuses a template with {{innehåll}} spelt with å, then exports in the example template', async () => {
    shell = await startShell();
    const { page } = shell;
    await openExport(shell);
    const settings = page.getByRole('region', { name: 'Dokumentinställningar' });
    const useTemplate = page.getByLabel('Använd kommunens mall');
    expect(await useTemplate.isDisabled()).toBe(true);

    const broken = await makeTemplate({ body: ['{{rubrik}}', '{{innehåll}}'] });
    await settings.getByLabel('Word-mall (.docx eller .dotx)').setInputFiles({
      name: 'trasig.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(broken),
    });
    const report = settings.getByRole('alert').filter({ hasText: 'Mallen kunde inte sparas' });
    await report
      .getByText(/Okänd platshållare \{\{innehåll\}\}\. Menade du \{\{innehall\}\}\?/)
      .waitFor();
    await report.getByText(/Platshållaren \{\{innehall\}\} saknas/).waitFor();

    await settings
      .getByLabel('Word-mall (.docx eller .dotx)')
      .setInputFiles(resolve(__dirname, '..', 'fixtures', 'templates', 'exempelmall.docx'));
    await settings.getByText('exempelmall.docx').waitFor();
    await settings.getByRole('listitem').filter({ hasText: '{{innehall}}' }).first().waitFor();
    await expect.poll(() => useTemplate.isDisabled()).toBe(false);
    await useTemplate.check();
    await shell.shot('export-mall');

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skapa dokument' }).click();
    const download = await downloaded;
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const log = page.getByRole('grid', { name: 'Exportlogg' });
    await log.getByText(/kommunens mall/).waitFor();

    await settings.getByRole('button', { name: 'Ta bort mall' }).click();
    await page
      .getByRole('alertdialog', { name: 'Ta bort mallen?' })
      .getByRole('button', { name: 'Ta bort mall' })
      .click();
    await settings.getByText(/Ingen mall är vald/).waitFor();
    await expect.poll(() => useTemplate.isDisabled()).toBe(true);
  });
});
