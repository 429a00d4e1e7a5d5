// Runs in: vitest (Node). The besöksrapport builder: structure of the XML, confidentiality, marks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadVisitReportData } from '../../../electron/core/export/data/visits';
import {
  buildVisitReport,
  renderVisitReport,
} from '../../../electron/core/export/documents/besoksrapport';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { countTables, docxParts, headerXml, tableProblems, visibleText } from './docxXml';
import { sampleVisits, seedSettings, seedVisits, testOptions } from './seed';

const YEAR = { from: '2027-01-01', to: '2027-12-31' };

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
  seedSettings(ctx.db!);
  seedVisits(ctx.db!, sampleVisits);
});
afterEach(() => ctx.cleanup());

async function build(internal: boolean, extra: Parameters<typeof testOptions>[0] = {}) {
  const data = loadVisitReportData(ctx.db!, { ...YEAR, internal });
  const buffer = await buildVisitReport(data, testOptions({ internal, ...extra }));
  return docxParts(buffer);
}

describe('besöksrapport', () => {
  it('gives every table a grid with widths and every cell a width and a paragraph', async () => {
    const parts = await build(false);
    const body = parts.get('word/document.xml')!;
    expect(countTables(body)).toBeGreaterThanOrEqual(5);
    expect(tableProblems(body)).toEqual([]);
    const header = headerXml(parts);
    expect(countTables(header)).toBe(1);
    expect(tableProblems(header)).toEqual([]);
  });

  it('leaves out everything written for a confidential visit unless an internal copy is asked for', async () => {
    const publicText = visibleText(await build(false));
    expect(publicText).not.toMatch(/HEMLIG/);
    expect(publicText).not.toContain('INTERN KOPIA');
    expect(publicText).toContain('1 hinder från besök markerade som konfidentiella redovisas inte');
    // The visit still counts: three visits in the period.
    expect(publicText).toContain('tre besök');

    const parts = await build(true);
    const internalText = visibleText(parts);
    for (const secret of [
      'HEMLIG ANTECKNING',
      'HEMLIGT HINDER',
      'HEMLIG UPPFÖLJNING',
      'HEMLIGT SYFTE',
    ]) {
      expect(internalText).toContain(secret);
    }
    expect(internalText).toContain('(konfidentiellt)');
    expect(headerXml(parts)).toContain(
      'INTERN KOPIA – innehåller konfidentiell företagsinformation',
    );
  });

  it('marks data loaded for an internal copy even when the options forgot to ask for it', async () => {
    const data = loadVisitReportData(ctx.db!, { ...YEAR, internal: true });
    const parts = await docxParts(await buildVisitReport(data, testOptions({ internal: false })));
    expect(headerXml(parts)).toContain('INTERN KOPIA');
  });

  it('never lists participants', async () => {
    const text = visibleText(await build(true));
    expect(text).not.toContain('Anna Andersson');
    expect(text).not.toContain('Näringslivsutvecklaren');
  });

  it('keeps line breaks of notes as real breaks and blank lines as new paragraphs', async () => {
    const body = (await build(false)).get('word/document.xml')!;
    expect(body).toMatch(
      /Vill bygga ut lagret\.<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>Behöver 2 000 m² mark nära E45\./,
    );
    expect(body).toMatch(/nära E45\.<\/w:t><\/w:r><\/w:p><w:p><w:r><w:t[^>]*>Önskar kontakt/);
  });

  it('writes the letterhead, Swedish headings and the page-number fields', async () => {
    const parts = await build(false);
    const header = headerXml(parts);
    expect(header).toContain('Åsälva kommun');
    expect(header).toContain('Dnr: KS 2027/42');
    expect(header).toContain('Datum: 2027-05-02');
    expect(header).not.toContain('<w:drawing>');
    const footer = [...parts]
      .filter(([n]) => n.startsWith('word/footer'))
      .map(([, x]) => x)
      .join('');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Sida ');
    const body = parts.get('word/document.xml')!;
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('Besöksrapport 2027');
    expect(body).toContain('Företagsbesök 1 januari – 31 december 2027');
  });

  it('marks drafts UTKAST with version and date, and asks for missing sections', async () => {
    const empty = loadVisitReportData(ctx.db!, {
      from: '2030-01-01',
      to: '2030-12-31',
      internal: false,
    });
    const rendered = await renderVisitReport(empty, testOptions({ draft: true, version: '3' }));
    const parts = await docxParts(rendered.buffer);
    expect(headerXml(parts)).toContain('UTKAST – version 3, 2 maj 2027');
    expect(visibleText(parts)).toContain('[att fylla i: ämnen som togs upp]');
    expect(rendered.doc.missing).toEqual(
      expect.arrayContaining([
        'besök per bransch',
        'ämnen som togs upp',
        'anteckningar från besöken',
      ]),
    );
    const final = await docxParts(await buildVisitReport(empty, testOptions()));
    expect(visibleText(final)).not.toContain('[att fylla i');
    expect(visibleText(final)).toContain('Inga företagsbesök registrerades under perioden.');
    expect(headerXml(final)).not.toContain('UTKAST');
  });

  it('puts the logo in the header when one is set', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mNk+M9QzwAEjDAGACCDAv8cI7IoAAAAAElFTkSuQmCC',
      'base64',
    );
    const data = loadVisitReportData(ctx.db!, { ...YEAR, internal: false });
    const options = testOptions();
    const buffer = await buildVisitReport(data, {
      ...options,
      letterhead: { ...options.letterhead, logoPng: png },
    });
    const parts = await docxParts(buffer);
    expect(headerXml(parts)).toContain('<w:drawing>');
    expect([...parts.keys()].some((n) => n.startsWith('word/_rels/header'))).toBe(true);
  });
});
