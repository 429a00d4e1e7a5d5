// Runs in: vitest (Node) with LibreOffice and poppler. The besöksrapport as a reader sees it:
// converted to PDF by LibreOffice, read back as text, first page kept as docs/documents/besoksrapport.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSettings, generateDemo } from '../../electron/core/demo';
import { exportDocument } from '../../electron/core/export/service';
import { setSetting, updateSettings } from '../../electron/core/settings';
import { exportRequest } from '../../shared/contract/export';
import { makeTestContext, type TestContext } from '../unit/helpers/testContext';
import { sampleVisits, seedSettings, seedVisits } from '../unit/export/seed';
import { goodTemplate } from '../unit/export/templates';
import { docxToPdf, firstPagePng, inOrder, pdfPages, pdfText } from './libreoffice';

const HEADINGS = [
  'Besöksrapport',
  'Sammanfattning',
  'Besöken i siffror',
  'Per bransch',
  'Per ort',
  'Ämnen som togs upp',
  'Hinder och vad som gjorts',
  'Uppföljning av besöken',
  'Företagens omdöme om besöken',
  'Om underlaget',
  'Bilaga: Anteckningar från besöken',
];

const PERIOD = { from: '2026-05-01', to: '2027-04-30' };

/** PDF pages as text (pdftotext separates them with form feeds). */
const pagesOf = (text: string) => text.split('\f').filter((page) => page.trim() !== '');

async function exportAsPdf(ctx: TestContext, extra: Record<string, unknown>, name: string) {
  const request = exportRequest.parse({ document: 'besoksrapport', ...PERIOD, ...extra });
  const result = await exportDocument(ctx.db!, request, '2027-05-02');
  const pdf = await docxToPdf(result.buffer, name);
  const text = await pdfText(pdf.path);
  const pages = await pdfPages(pdf.path);
  return { pdf, text, pages };
}

describe('besöksrapport through LibreOffice (example municipality)', () => {
  let ctx: TestContext;
  beforeAll(() => {
    ctx = makeTestContext();
    generateDemo(ctx.db!, { size: 'demo', today: '2027-05-02' });
    updateSettings(ctx.db!, demoSettings);
  });
  afterAll(() => ctx.cleanup());

  it('has the Swedish headings in order, the letterhead and "Sida X av Y" on every page', async () => {
    const { pdf, text, pages } = await exportAsPdf(ctx, { dnr: 'KS 2027/118' }, 'besoksrapport');
    try {
      expect(pages).toBeGreaterThan(1);
      expect(inOrder(text, HEADINGS).every((at) => at >= 0)).toBe(true);
      const perPage = pagesOf(text);
      expect(perPage).toHaveLength(pages);
      perPage.forEach((page, i) => {
        expect(page).toContain(demoSettings.municipality);
        expect(page).toContain('BESÖKSRAPPORT');
        expect(page).toContain('Dnr: KS 2027/118');
        expect(page).toContain(`Sida ${i + 1} av ${pages}`);
      });
      expect(text).toContain('Näringslivsenheten');
      expect(text).toContain('Företagsbesök 1 maj 2026 – 30 april 2027');
      expect(text).toMatch(/[åäöÅÄÖ]/);
      expect(text).not.toMatch(/Ã|Â|\uFFFD/);
      expect(text).not.toContain('INTERN KOPIA');
      expect(text).not.toContain('UTKAST');

      mkdirSync(join('docs', 'documents'), { recursive: true });
      await firstPagePng(pdf.path, join('docs', 'documents', 'besoksrapport'));
    } finally {
      pdf.cleanup();
    }
  });

  it('marks every page of an internal draft', async () => {
    const { pdf, text, pages } = await exportAsPdf(ctx, { internal: true, draft: true }, 'intern');
    try {
      const perPage = pagesOf(text);
      expect(perPage).toHaveLength(pages);
      for (const page of perPage) {
        expect(page).toContain('INTERN KOPIA – innehåller konfidentiell företagsinformation');
        expect(page).toContain('UTKAST – version 1, 2 maj 2027');
      }
    } finally {
      pdf.cleanup();
    }
  });
});

describe('besöksrapport on a municipality template through LibreOffice', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = makeTestContext();
    seedSettings(ctx.db!);
    seedVisits(ctx.db!, sampleVisits);
  });
  afterAll(() => ctx.cleanup());

  const useTemplate = (template: Uint8Array) =>
    setSetting(ctx.db!, 'exportTemplate', {
      fileName: 'mall.docx',
      contentBase64: Buffer.from(template).toString('base64'),
      placeholders: [],
      notes: [],
      setAt: '2027-05-01T00:00:00.000Z',
    });

  it('fills the example template of docs/mallar.md with its header and footer', async () => {
    useTemplate(new Uint8Array(readFileSync('tests/fixtures/templates/exempelmall.docx')));
    const request = exportRequest.parse({
      document: 'besoksrapport',
      from: '2027-01-01',
      to: '2027-12-31',
      useTemplate: true,
      draft: true,
      dnr: 'KS 2027/42',
    });
    const result = await exportDocument(ctx.db!, request, '2027-05-02');
    const pdf = await docxToPdf(result.buffer, 'exempelmall');
    try {
      const text = await pdfText(pdf.path);
      const pages = await pdfPages(pdf.path);
      expect(text).not.toContain('{{');
      pagesOf(text).forEach((page, i) => {
        expect(page).toContain('UTKAST – version 1, 2 maj 2027');
        expect(page).toMatch(/Åsälva kommun\s+Besöksrapport/);
        expect(page).toContain('Dnr: KS 2027/42');
        expect(page).toContain(`Sida ${i + 1} av ${pages}`);
      });
      expect(
        inOrder(text, [
          'Besöksrapport 2027',
          'Handläggare: Örjan Ågren',
          'Sammanfattning',
          'Om underlaget',
        ]),
      ).not.toContain(-1);
    } finally {
      pdf.cleanup();
    }
  });

  it('fills the template, keeps its footer page numbers and marks every page of an internal copy', async () => {
    useTemplate(await goodTemplate());
    const request = exportRequest.parse({
      document: 'besoksrapport',
      from: '2027-01-01',
      to: '2027-12-31',
      useTemplate: true,
      internal: true,
      dnr: 'KS 2027/42',
    });
    const result = await exportDocument(ctx.db!, request, '2027-05-02');
    const pdf = await docxToPdf(result.buffer, 'mall');
    try {
      const text = await pdfText(pdf.path);
      const pages = await pdfPages(pdf.path);
      expect(text).not.toContain('{{');
      expect(
        inOrder(text, [
          'Besöksrapport 2027',
          'Sammanfattning',
          'Ämnen som togs upp',
          'Slut på mallen.',
        ]),
      ).not.toContain(-1);
      expect(text).toContain('Åsälva kommun – Näringslivsenheten');
      expect(text).toContain('Dnr KS 2027/42');
      expect(text).toContain('HEMLIG ANTECKNING');
      const perPage = pagesOf(text);
      expect(perPage).toHaveLength(pages);
      perPage.forEach((page, i) => {
        expect(page).toContain('INTERN KOPIA');
        expect(page).toContain(`Sida ${i + 1} av ${pages}`);
      });
    } finally {
      pdf.cleanup();
    }
  });
});
