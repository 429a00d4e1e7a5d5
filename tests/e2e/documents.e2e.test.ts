// Runs in: vitest (Node) → browser shell. The programme documents from the export screen on the demo
// municipality: the handlingsplan (landscape, actions per focus area) and the uppföljningsrapport
// (with its indicator charts) previewed, created and downloaded as real .docx files.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

async function openExport(s: TestShell): Promise<void> {
  await s.page.getByRole('button', { name: /Öppna exempel/ }).click();
  const menu = s.page.getByRole('navigation', { name: 'Huvudmeny' });
  await menu.waitFor();
  await menu.getByRole('link', { name: 'Export', exact: true }).click();
  await s.page.getByRole('heading', { level: 1, name: 'Exportera dokument' }).waitFor();
}

/** Creates the chosen document and returns the downloaded file's name and parts. */
async function create(s: TestShell): Promise<{ fileName: string; zip: JSZip }> {
  const downloaded = s.page.waitForEvent('download');
  await s.page.getByRole('button', { name: 'Skapa dokument' }).click();
  const download = await downloaded;
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const fileName = download.suggestedFilename();
  await s.page
    .getByRole('region', { name: 'Skapa dokument' })
    .getByRole('status')
    .filter({ hasText: `Dokumentet är skapat: ${fileName}` })
    .waitFor();
  return { fileName, zip: await JSZip.loadAsync(bytes) };
}

describe('programme documents on the export screen', () => {
  it('exports the handlingsplan and the uppföljningsrapport of the demo programme', async () => {
    shell = await startShell();
    const { page } = shell;
    await openExport(shell);
    const year = String(new Date().getFullYear());
    const outline = page.getByRole('list', { name: 'Rubriker i dokumentet' });

    await page.getByRole('radio', { name: /Handlingsplan/ }).check();
    await page.getByRole('button', { name: 'I år', exact: true }).click();
    await outline.getByText('Aktiviteter per fokusområde').waitFor();
    await outline.getByText('Kostnader per fokusområde').waitFor();
    await shell.shot('export-handlingsplan');
    const plan = await create(shell);
    expect(plan.fileName).toMatch(new RegExp(`^Handlingsplan ${year}.*\\.docx$`));
    const planXml = await plan.zip.file('word/document.xml')!.async('string');
    expect(planXml).toMatch(/w:orient="landscape"/);
    expect(planXml).toContain('Kompetensförsörjning');

    await page.getByRole('radio', { name: /Uppföljningsrapport/ }).check();
    await outline.getByText('Det här har vi uppnått').waitFor();
    await outline.getByText('Indikatorerna över tid').waitFor();
    await shell.shot('export-uppfoljning');
    const report = await create(shell);
    expect(report.fileName).toMatch(new RegExp(`^Uppföljningsrapport ${year}.*\\.docx$`));
    const media = Object.keys(report.zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);

    const log = page.getByRole('grid', { name: 'Exportlogg' });
    await log.getByRole('row').filter({ hasText: plan.fileName }).waitFor();
    await log.getByRole('row').filter({ hasText: report.fileName }).waitFor();
    expect(shell.blockedRequests).toEqual([]);
  });
});
