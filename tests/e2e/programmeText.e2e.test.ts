// Runs in: vitest (Node) → browser shell. The programme text on the example municipality: a section
// written with a clarity mark shown as it is typed, saved and found again after a reload; a
// section left out with a reason; a role confirmed; the programme exported from the export screen.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

const go = (s: TestShell, hash: string) =>
  s.page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);

describe('programme text', () => {
  it('writes a section with a clarity mark, leaves one out, confirms a role and exports', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('button', { name: /Öppna exempel/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();

    await go(shell, '/process/programme-text');
    await page.getByRole('heading', { level: 1, name: 'Programtext' }).waitFor();
    await page.getByText(/Senast sparat \d{4}-\d{2}-\d{2}/).waitFor();

    const regional = page.getByRole('region', { name: 'Regionalt och mellankommunalt samarbete' });
    const field = regional.getByLabel(
      'Text till avsnittet Regionalt och mellankommunalt samarbete',
    );
    await field.fill(
      'Vi ska implementera ett gemensamt arbete med grannkommunerna. Regionen och kommunerna i länet träffas varannan månad för att tillsammans med företagen och skolorna se över hur vi kan hitta fler vägar till jobb och utbildning för unga och nyanlända.',
    );
    await regional.getByText('2 markeringar').waitFor();
    await regional.getByText(/”implementera” – skriv hellre: genomföra, införa/).waitFor();
    await regional.getByText(/Lång mening \(\d+ ord\)/).waitFor();
    await regional.getByText('Ej sparade ändringar').waitFor();
    await regional.getByRole('list').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shell.shot('programme-text');
    await regional.getByRole('button', { name: 'Spara avsnittet' }).click();
    await page.getByText('Avsnittet Regionalt och mellankommunalt samarbete är sparat.').waitFor();

    const brand = page.getByRole('region', { name: 'Varumärke' });
    await brand.getByRole('button', { name: 'Lämna utanför programmet' }).click();
    await brand.getByRole('button', { name: 'Lämna utanför', exact: true }).click();
    await brand
      .getByText(/Skriv varför avsnittet lämnas utanför/)
      .first()
      .waitFor();
    await brand
      .getByLabel(/Varför lämnas avsnittet utanför/)
      .fill('Varumärket har en egen plattform.');
    await brand.getByRole('button', { name: 'Lämna utanför', exact: true }).click();
    await brand.getByText('Motivering: Varumärket har en egen plattform.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Programtext' }).waitFor();
    await expect
      .poll(() =>
        page.getByLabel('Text till avsnittet Regionalt och mellankommunalt samarbete').inputValue(),
      )
      .toMatch(/^Vi ska implementera/);
    await page
      .getByRole('region', { name: 'Varumärke' })
      .getByText('Lämnas utanför', { exact: true })
      .waitFor();

    await page.getByRole('link', { name: 'Roll- och ansvarsfördelning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Roll- och ansvarsfördelning' }).waitFor();
    await page.getByText(/Kommunen ansvarar för \d+ aktiviteter/).waitFor();
    const confirm = page.getByRole('button', { name: /^Markera som bekräftad: / }).first();
    const label = (await confirm.getAttribute('aria-label'))!;
    const name = label.replace(/^Markera som bekräftad: /, '');
    await confirm.click();
    await page.getByText(`Rollen för ${name} är markerad som bekräftad.`).waitFor();
    await page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
      .getByText(/Bekräftad \d{4}-\d{2}-\d{2}/)
      .waitFor();
    await shell.shot('roles');

    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Export', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Exportera dokument' }).waitFor();
    await page.getByRole('radio', { name: /Näringslivsprogram/ }).check();
    const outline = page.getByRole('list', { name: 'Rubriker i dokumentet' });
    await outline.getByText('Roll- och ansvarsfördelning').waitFor();
    await outline.getByText('Regionalt och mellankommunalt samarbete').waitFor();
    await expect.poll(() => outline.getByText('Varumärke', { exact: true }).count()).toBe(0);
    await page.getByLabel('Utkast').check();
    await page
      .getByText(/datum och paragraf för kommunfullmäktiges beslut/)
      .first()
      .waitFor();
    await shell.shot('programme-export');

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skapa dokument' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^Näringslivsprogram .*\.docx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
