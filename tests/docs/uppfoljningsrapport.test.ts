// Runs in: vitest (Node) with LibreOffice and poppler. The uppföljningsrapport as a reader sees it:
// headings in order (what was achieved first), letterhead, dnr and page numbers on every page, the
// goal names, and the indicator charts as pictures; the first page is kept as
// docs/documents/uppfoljningsrapport.png.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSettings, generateDemo } from '../../electron/core/demo';
import { loadFollowUpReportData } from '../../electron/core/export/data/followUpReport';
import { exportDocument } from '../../electron/core/export/service';
import { updateSettings } from '../../electron/core/settings';
import { exportRequest } from '../../shared/contract/export';
import { makeTestContext, type TestContext } from '../unit/helpers/testContext';
import { docxToPdf, firstPagePng, inOrder, pdfPages, pdfText } from './libreoffice';

const TODAY = '2027-05-02';
const YEAR = { from: '2027-01-01', to: '2027-12-31' };
const DNR = 'KS 2027/87';
const pagesOf = (text: string) => text.split('\f').filter((page) => page.trim() !== '');
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** The PDF's text in reading blocks (a table cell stays together, unlike -layout). */
const blockText = async (pdf: string) =>
  flat((await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', pdf, '-'])).stdout);

describe('uppföljningsrapport through LibreOffice (example municipality)', () => {
  let ctx: TestContext;
  beforeAll(() => {
    ctx = makeTestContext();
    generateDemo(ctx.db!, { size: 'demo', today: TODAY });
    updateSettings(ctx.db!, demoSettings);
  });
  afterAll(() => ctx.cleanup());

  it('has its headings in order, the letterhead on every page, the goals and the charts', async () => {
    const request = exportRequest.parse({ document: 'uppfoljning', ...YEAR, dnr: DNR });
    const result = await exportDocument(ctx.db!, request, TODAY);
    const data = loadFollowUpReportData(ctx.db!, { programmeId: null, ...YEAR });
    const pdf = await docxToPdf(result.buffer, 'uppfoljningsrapport');
    try {
      const text = await pdfText(pdf.path);
      const pages = await pdfPages(pdf.path);
      expect(
        inOrder(text, [
          'Uppföljningsrapport 2027',
          'Det här har vi uppnått',
          'Målen',
          'Indikatorerna över tid',
          'Aktiviteterna',
          'Klara under perioden',
          'Valdes bort – och varför',
          'Kostnader: planerat och förbrukat',
          'Uppföljningsmötet och lärdomar',
          'Ändrade mål',
          'Nästa steg',
          'Om rapporten',
        ]),
      ).not.toContain(-1);
      const perPage = pagesOf(text);
      expect(perPage).toHaveLength(pages);
      perPage.forEach((page, i) => {
        expect(page).toContain(demoSettings.municipality);
        expect(page).toContain('UPPFÖLJNINGSRAPPORT');
        expect(page).toContain(`Dnr: ${DNR}`);
        expect(page).toContain(`Sida ${i + 1} av ${pages}`);
      });
      const words = await blockText(pdf.path);
      const charted = data.goals.filter((g) => g.measurements.length > 0);
      for (const g of charted) expect(words).toContain(flat(g.text));
      expect(text).toMatch(/I fas/);
      expect(text).not.toMatch(/Ã|Â|\uFFFD/);
      const { stdout } = await promisify(execFile)('pdfimages', ['-list', pdf.path]);
      const images = stdout.split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line));
      expect(images).toHaveLength(charted.length);
      mkdirSync(join('docs', 'documents'), { recursive: true });
      await firstPagePng(pdf.path, join('docs', 'documents', 'uppfoljningsrapport'));
    } finally {
      pdf.cleanup();
    }
  });
});
