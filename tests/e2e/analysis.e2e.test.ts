// Runs in: vitest (Node) → browser shell. The analysis material on the example municipality: a
// Kolada-style statistics CSV is imported through the UI (preview, then import) and shown as a
// table and a chart with Riket; an omvärldsanalys is written; a steering document is registered
// and its policy check ticked; after a reload everything is still there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Programme } from '../../shared/domain/process';
import { screenshotDir, startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
let fileDir: string | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
  if (fileDir) rmSync(fileDir, { recursive: true, force: true });
  fileDir = null;
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

/** Screenshots show the top of the page, where the officer starts reading. */
const toTop = (s: TestShell) => s.page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();

const docsShot = (name: string) => {
  const docs = resolve(__dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(docs, { recursive: true });
  copyFileSync(join(screenshotDir, `${name}.png`), join(docs, `${name}.png`));
};

/** A Kolada data export (semicolon, decimal comma) with Riket and a gender row that is skipped. */
const koladaFile = [
  'kpi;kpi_title;municipality;period;gender;value',
  ...[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].flatMap((year, i) => [
    `N00999;Nystartade företag per 1000 invånare;2380;${year};T;${(4 + i * 0.21).toFixed(1).replace('.', ',')}`,
    `N00999;Nystartade företag per 1000 invånare;0000;${year};T;${(6.8 + i * 0.08).toFixed(1).replace('.', ',')}`,
  ]),
  'N00999;Nystartade företag per 1000 invånare;2380;2024;K;3,1',
  '',
].join('\r\n');

describe('analysis material', () => {
  it('imports statistics, writes an analysis, registers a steering document and keeps it all', async () => {
    shell = await startShell();
    const s = shell;
    const { page } = s;
    await page.getByRole('button', { name: /Öppna exempel/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    const { programme } = await value<{ programme: Programme | null }>(s, 'programmes:current', {});
    expect(programme).not.toBeNull();

    // Statistics: import through the file input, preview first.
    await nav(s, 'Analys');
    await page.getByRole('link', { name: 'Statistik', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    await page.getByRole('link', { name: 'Importera CSV' }).click();
    fileDir = mkdtempSync(join(tmpdir(), 'pv-stat-'));
    const file = join(fileDir, 'kolada-nyforetagande.csv');
    writeFileSync(file, koladaFile, 'utf8');
    await page.getByLabel('CSV-fil').setInputFiles(file);
    await page.getByText('Format: Kolada').waitFor();
    await page.getByText(/huvudserie: 2016–2024 – 9 nya/).waitFor();
    await page.getByText(/Riket: 2016–2024 – 9 nya/).waitFor();
    await page.getByText('1 rad hoppas över').click();
    await page.getByText(/Rad 20: Värdet gäller bara kvinnor/).waitFor();
    await s.shot('statistics-import');
    await page.getByRole('button', { name: 'Importera 18 värden' }).click();
    await page
      .getByText(/Importen är klar: 1 nya och 0 uppdaterade nyckeltal, 18 värden/)
      .waitFor();

    await page.getByRole('link', { name: 'Tillbaka till statistiken' }).first().click();
    await page.getByRole('link', { name: 'Nystartade företag per 1000 invånare' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Nystartade företag per 1000 invånare' })
      .waitFor();
    await page
      .getByRole('img', { name: /Nystartade företag per 1000 invånare år för år/ })
      .waitFor();
    expect(await page.getByLabel('Riket 2024').inputValue()).toBe('7,4');
    expect(await page.getByLabel('Kommunen 2024').inputValue()).toBe('5,7');
    // A value by hand, with a decimal comma.
    await page.getByLabel('Kommunen 2024').fill('5,9');
    await page.getByRole('button', { name: 'Spara värden' }).click();
    await page.getByText('Sparat.').first().waitFor();
    await toTop(s);
    await s.shot('statistics');
    docsShot('statistics');

    // An omvärldsanalys with a source.
    await page.getByRole('link', { name: 'Analystexter', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Analystexter' }).waitFor();
    const external = page.getByRole('region', { name: 'Omvärldsanalys' });
    await external
      .getByLabel('Text', { exact: true })
      .fill('Regionens industri växer och letar underleverantörer.');
    await external.getByRole('button', { name: 'Spara', exact: true }).click();
    await external.getByText(/Senast sparad \d{4}-\d{2}-\d{2}/).waitFor();
    await external.getByRole('button', { name: 'Lägg till källa' }).click();
    await external.getByLabel('Titel').fill('Länets konjunkturbarometer');
    await external.getByLabel('Utgivare').fill('Handelskammaren');
    await external.getByLabel('År', { exact: true }).fill('2025');
    await external.getByRole('button', { name: 'Spara källa' }).click();
    await external.getByText('Länets konjunkturbarometer').waitFor();
    await toTop(s);
    await s.shot('analysis-texts');
    docsShot('analysis-texts');

    // A steering document, then its policy check.
    await page.getByRole('link', { name: 'Styrdokument', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Styrdokument' }).waitFor();
    await page.getByRole('button', { name: 'Nytt styrdokument' }).click();
    await page.getByLabel('Namn').fill('Näringslivspolicy för Exempelkommun');
    await page.getByLabel('Typ').selectOption({ label: 'Policy' });
    await page.getByLabel('Ägare eller beslutande organ').fill('Kommunstyrelsen');
    await page.getByLabel('Beslutat').fill('2024-05-20');
    await page.getByRole('button', { name: 'Lägg till styrdokument' }).click();
    const card = page.getByRole('article', { name: 'Näringslivspolicy för Exempelkommun' });
    await card.waitFor();
    await card.getByText('Inte avstämt').waitFor();
    await card.getByLabel('Avstämt', { exact: true }).check();
    await card.getByLabel('Datum').fill('2026-03-02');
    await card.getByRole('button', { name: 'Spara avstämning' }).click();
    await card.getByText('Avstämt 2026-03-02').waitFor();
    await page.getByText(/4 av 6 avstämda · 2 kvar att stämma av · 1 med konflikt/).waitFor();
    await toTop(s);
    await s.shot('steering-documents');
    docsShot('steering-documents');

    // The focus area view shows its steering documents and links another.
    await nav(s, 'Mål');
    const area = page.getByRole('region', { name: /Mark och lokaler för etablering/ });
    await area.getByRole('link', { name: 'Översiktsplan 2030' }).waitFor();
    await area.getByText('Koppla styrdokument').click();
    await area
      .getByLabel('Styrdokument att koppla')
      .selectOption({ label: 'Näringslivspolicy för Exempelkommun (Policy)' });
    await area.getByRole('button', { name: 'Koppla', exact: true }).click();
    await area.getByRole('link', { name: 'Näringslivspolicy för Exempelkommun' }).waitFor();
    await area
      .getByRole('link', { name: 'Näringslivspolicy för Exempelkommun' })
      .scrollIntoViewIfNeeded();
    await s.shot('focus-area-steering');

    // After a reload, it is all still there.
    await s.reload();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await nav(s, 'Analys');
    await page.getByRole('link', { name: 'Styrdokument', exact: true }).click();
    await page
      .getByRole('article', { name: 'Näringslivspolicy för Exempelkommun' })
      .getByText('Avstämt 2026-03-02')
      .waitFor();
    await page
      .getByRole('article', { name: 'Näringslivspolicy för Exempelkommun' })
      .getByRole('link', { name: 'Mark och lokaler för etablering' })
      .waitFor();
    await page.getByRole('link', { name: 'Analystexter', exact: true }).click();
    await page
      .getByRole('region', { name: 'Omvärldsanalys' })
      .getByText('Länets konjunkturbarometer')
      .waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Omvärldsanalys' })
        .getByLabel('Text', { exact: true })
        .inputValue(),
    ).toBe('Regionens industri växer och letar underleverantörer.');
    await page.getByRole('link', { name: 'Statistik', exact: true }).click();
    await page.getByRole('link', { name: 'Nystartade företag per 1000 invånare' }).click();
    expect(await page.getByLabel('Kommunen 2024').inputValue()).toBe('5,9');
  });
});
