// Runs in: vitest (Node) with LibreOffice and poppler. The politikerbrief as a politician sees it:
// one or two pages with the headings in order, the letterhead and dnr, and the programme's goals
// with their status in words; the first page is kept as docs/documents/politikerbrief.png.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSettings, generateDemo } from '../../electron/core/demo';
import { loadBriefData } from '../../electron/core/export/data/brief';
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

describe('politikerbrief through LibreOffice (example municipality)', () => {
  let ctx: TestContext;
  beforeAll(() => {
    ctx = makeTestContext();
    generateDemo(ctx.db!, { size: 'demo', today: TODAY });
    updateSettings(ctx.db!, demoSettings);
  });
  afterAll(() => ctx.cleanup());

  it('fits one or two pages with headings in order, letterhead, dnr and the goals', async () => {
    const request = exportRequest.parse({ document: 'politikerbrief', ...YEAR, dnr: DNR });
    const result = await exportDocument(ctx.db!, request, TODAY);
    const data = loadBriefData(ctx.db!, { programmeId: null, ...YEAR });
    const pdf = await docxToPdf(result.buffer, 'politikerbrief');
    try {
      const text = await pdfText(pdf.path);
      const pages = await pdfPages(pdf.path);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      expect(
        inOrder(text, [
          'Lägesbild: Näringslivsprogram 2028–2031',
          'Läget i korthet',
          'Det här har vi uppnått',
          'Målen i korthet',
          'Behöver politisk uppmärksamhet',
          'Nästa steg',
          'Kommande sammanträden',
        ]),
      ).not.toContain(-1);
      pagesOf(text).forEach((page, i) => {
        expect(page).toContain(demoSettings.municipality);
        expect(page).toContain('POLITIKERBRIEF');
        expect(page).toContain(`Dnr: ${DNR}`);
        expect(page).toContain(`Sida ${i + 1} av ${pages}`);
      });
      const words = await blockText(pdf.path);
      for (const g of data.report.goals.filter((g) => g.levelKind === 'programme')) {
        expect(words).toContain(flat(g.text));
      }
      expect(text).toMatch(/Behöver insatser|I fas/);
      mkdirSync(join('docs', 'documents'), { recursive: true });
      await firstPagePng(pdf.path, join('docs', 'documents', 'politikerbrief'));
    } finally {
      pdf.cleanup();
    }
  });
});
