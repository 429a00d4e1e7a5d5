// Runs in: vitest (Node) with LibreOffice and poppler. The decision track's documents as a reader
// sees them, on the example municipality: the KSAU tjänsteskrivelse of the programme revision and
// the remissammanställning of the programme in force, converted to PDF and read back; their first
// pages are kept as docs/documents/tjansteskrivelse.png and remissammanstallning.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCasesDemo } from '../../electron/core/cases/demo';
import { demoSettings, generateDemo } from '../../electron/core/demo';
import { exportDocument } from '../../electron/core/export/service';
import { updateSettings } from '../../electron/core/settings';
import { exportRequest } from '../../shared/contract/export';
import { makeTestContext, type TestContext } from '../unit/helpers/testContext';
import { docxToPdf, firstPagePng, inOrder, pdfPages, pdfText } from './libreoffice';

const TODAY = '2027-05-02';
const pagesOf = (text: string) => text.split('\f').filter((page) => page.trim() !== '');

describe('decision-track documents through LibreOffice (example municipality)', () => {
  let ctx: TestContext;
  let revision: { id: string; dnr: string };
  let previous: { id: string; dnr: string };
  beforeAll(() => {
    ctx = makeTestContext();
    const db = ctx.db!;
    generateDemo(db, { size: 'demo', today: TODAY });
    updateSettings(db, demoSettings);
    // The example's programme work comes with generateDemo; its decision track may not (yet).
    if (db.prepare('SELECT count(*) FROM cases').pluck().get() === 0) generateCasesDemo(db, TODAY);
    const cases = db.prepare('SELECT id, dnr, status FROM cases ORDER BY created_at, id').all() as {
      id: string;
      dnr: string;
      status: string;
    }[];
    previous = cases.find((c) => c.status === 'adopted')!;
    revision = cases.find((c) => c.status !== 'adopted')!;
  });
  afterAll(() => ctx.cleanup());

  it('writes the KSAU tjänsteskrivelse with its headings in order, dnr and municipality', async () => {
    const request = exportRequest.parse({
      document: 'tjansteskrivelse',
      caseId: revision.id,
      stage: 'ksau',
      draft: true,
    });
    const result = await exportDocument(ctx.db!, request, TODAY);
    const pdf = await docxToPdf(result.buffer, 'tjansteskrivelse');
    try {
      const text = await pdfText(pdf.path);
      const pages = await pdfPages(pdf.path);
      expect(
        inOrder(text, [
          'Näringslivsprogram 2028–2031',
          'Diarienummer',
          revision.dnr,
          'Kommunstyrelsens arbetsutskott',
          'Förslag till beslut',
          'Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen att föreslå',
          'Sammanfattning',
          'Beskrivning av ärendet',
          'Bakgrund',
          'Arbetet med förslaget',
          'Förvaltningens bedömning',
          'Konsekvenser',
          'Ekonomiska konsekvenser',
          'Agenda 2030 och hållbarhet',
          'Barnkonsekvenser',
          'Bedöms inte påverkas.',
          'Jämställdhet',
          '[att fylla i: jämställdhet]',
          'Samråd och dialog',
          'Beslutsunderlag',
          'Beslutet skickas till',
        ]),
      ).not.toContain(-1);
      const perPage = pagesOf(text);
      expect(perPage).toHaveLength(pages);
      perPage.forEach((page, i) => {
        expect(page).toContain(demoSettings.municipality);
        expect(page).toContain('TJÄNSTESKRIVELSE');
        expect(page).toContain(`Dnr: ${revision.dnr}`);
        expect(page).toContain(`Sida ${i + 1} av ${pages}`);
        expect(page).toContain('UTKAST');
      });
      expect(text).not.toMatch(/Ã|Â|\uFFFD/);
      mkdirSync(join('docs', 'documents'), { recursive: true });
      await firstPagePng(pdf.path, join('docs', 'documents', 'tjansteskrivelse'));
    } finally {
      pdf.cleanup();
    }
  });

  it('writes the remissammanställning: introduction, overall picture, positions, silent instances', async () => {
    const request = exportRequest.parse({ document: 'remissammanstallning', caseId: previous.id });
    const result = await exportDocument(ctx.db!, request, TODAY);
    const pdf = await docxToPdf(result.buffer, 'remissammanstallning');
    try {
      const text = await pdfText(pdf.path);
      const pages = await pdfPages(pdf.path);
      expect(
        inOrder(text, [
          'Remissammanställning',
          'Diarienummer',
          previous.dnr,
          'Inledning',
          'Remissinstans',
          'Samhällsbyggnadsnämnden',
          'Sammanfattande bild',
          'Remissvaren i korthet',
          'Synpunkter och ställningstaganden',
          'Övergripande synpunkter',
          'Nulägesanalys',
          'Prioriterade fokusområden',
          'Remissinstanser som inte har svarat',
          'Barn- och utbildningsnämnden',
        ]),
      ).not.toContain(-1);
      expect(text).toContain('Ingen ändring');
      pagesOf(text).forEach((page, i) => {
        expect(page).toContain(demoSettings.municipality);
        expect(page).toContain(`Dnr: ${previous.dnr}`);
        expect(page).toContain(`Sida ${i + 1} av ${pages}`);
      });
      expect(text).not.toContain('UTKAST');
      await firstPagePng(pdf.path, join('docs', 'documents', 'remissammanstallning'));
    } finally {
      pdf.cleanup();
    }
  });
});
