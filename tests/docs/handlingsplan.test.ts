// Runs in: vitest (Node) with LibreOffice and poppler. The handlingsplan as a reader sees it: landscape
// A4 pages with the letterhead, dnr and page numbers, the focus areas in order with their actions,
// and the cost summary; the first page is kept as docs/documents/handlingsplan.png.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSettings, generateDemo } from '../../electron/core/demo';
import { loadActionPlanData } from '../../electron/core/export/data/actionPlan';
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

describe('handlingsplan through LibreOffice (example municipality)', () => {
  let ctx: TestContext;
  beforeAll(() => {
    ctx = makeTestContext();
    generateDemo(ctx.db!, { size: 'demo', today: TODAY });
    updateSettings(ctx.db!, demoSettings);
  });
  afterAll(() => ctx.cleanup());

  it('is landscape A4 with headings in order, letterhead, dnr and "Sida X av Y" on every page', async () => {
    const request = exportRequest.parse({ document: 'handlingsplan', ...YEAR, dnr: DNR });
    const result = await exportDocument(ctx.db!, request, TODAY);
    const data = loadActionPlanData(ctx.db!, { programmeId: null, ...YEAR });
    const pdf = await docxToPdf(result.buffer, 'handlingsplan');
    try {
      const { stdout } = await promisify(execFile)('pdfinfo', [pdf.path]);
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(stdout)!;
      expect(Number(size[1])).toBeGreaterThan(Number(size[2]));
      const text = await pdfText(pdf.path);
      const pages = await pdfPages(pdf.path);
      expect(pages).toBeGreaterThan(1);
      expect(
        inOrder(text, [
          'Handlingsplan 2027',
          'Sammanfattning',
          'Aktiviteter per fokusområde',
          ...data.areas.map((a) => a.name),
          'Kostnader per fokusområde',
          'Hela programmet',
          'Om handlingsplanen',
        ]),
      ).not.toContain(-1);
      const perPage = pagesOf(text);
      expect(perPage).toHaveLength(pages);
      perPage.forEach((page, i) => {
        expect(page).toContain(demoSettings.municipality);
        expect(page).toContain('HANDLINGSPLAN');
        expect(page).toContain(`Dnr: ${DNR}`);
        expect(page).toContain(`Sida ${i + 1} av ${pages}`);
      });
      // Goal names the actions serve are printed in the plan.
      const served = [...new Set(data.areas.flatMap((a) => a.actions.flatMap((x) => x.goals)))];
      expect(served.length).toBeGreaterThan(0);
      const words = await blockText(pdf.path);
      for (const goal of served) expect(words).toContain(flat(goal));
      expect(text).toMatch(/Grön/);
      expect(text).not.toMatch(/Ã|Â|\uFFFD/);
      mkdirSync(join('docs', 'documents'), { recursive: true });
      await firstPagePng(pdf.path, join('docs', 'documents', 'handlingsplan'));
    } finally {
      pdf.cleanup();
    }
  });
});
