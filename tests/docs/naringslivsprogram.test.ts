// Runs in: vitest (Node) with LibreOffice and poppler. The näringslivsprogram of the example
// municipality as a reader sees it: converted to PDF and read back, the first-page metadata and
// every section heading in print order, the municipality, dnr and goal names; every table with
// column widths and a paragraph in every cell. Its first page is kept as
// docs/documents/naringslivsprogram.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSettings, generateDemo } from '../../electron/core/demo';
import { exportDocument } from '../../electron/core/export/service';
import { currentProgrammeId } from '../../electron/core/programmes/queries';
import { updateSettings } from '../../electron/core/settings';
import { exportRequest } from '../../shared/contract/export';
import { documentSections } from '../../shared/process/documentSections';
import { docxParts, tableProblems } from '../unit/export/docxXml';
import { makeTestContext, type TestContext } from '../unit/helpers/testContext';
import { docxToPdf, firstPagePng, inOrder, pdfPages, pdfText } from './libreoffice';

const TODAY = '2026-11-20';

describe('näringslivsprogram through LibreOffice (example municipality)', () => {
  let ctx: TestContext;
  let programmeId: string;
  beforeAll(() => {
    ctx = makeTestContext();
    generateDemo(ctx.db!, { size: 'demo', today: TODAY });
    updateSettings(ctx.db!, demoSettings);
    programmeId = currentProgrammeId(ctx.db!)!;
  });
  afterAll(() => ctx.cleanup());

  it('writes the metadata, the sections in order, municipality, dnr and goals', async () => {
    const db = ctx.db!;
    const result = await exportDocument(
      db,
      exportRequest.parse({ document: 'program', draft: true }),
      TODAY,
    );
    const parts = await docxParts(result.buffer);
    for (const [name, xml] of parts) {
      if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
        expect(tableProblems(xml), name).toEqual([]);
    }
    const dnr = (
      db
        .prepare(
          "SELECT dnr FROM cases WHERE programme_id = ? AND dnr <> '' ORDER BY kind = 'adoption' DESC, updated_at DESC LIMIT 1",
        )
        .get(programmeId) as { dnr: string }
    ).dnr;
    const goals = (
      db
        .prepare(
          "SELECT text FROM goals WHERE programme_id = ? AND level_kind = 'programme' AND deleted_at IS NULL ORDER BY created_at LIMIT 3",
        )
        .all(programmeId) as { text: string }[]
    ).map((g) => g.text);

    const pdf = await docxToPdf(result.buffer, 'naringslivsprogram');
    try {
      // pdftotext keeps layout: compare with collapsed spaces so wrapped cells still match.
      const text = (await pdfText(pdf.path)).replace(/[ \t]+/g, ' ');
      expect(
        inOrder(text, [
          'Exempelkommun',
          'Näringslivsprogram',
          'Dokumenttyp',
          'Diarienummer',
          dnr,
          'Fastställd av',
          'Giltighetstid',
          'Revideras av',
          'Följs upp av',
          ...documentSections.map((s) => s.title.sv),
        ]).every((at) => at >= 0),
      ).toBe(true);
      for (const goal of goals) expect(text.replace(/\s+/g, ' ')).toContain(goal);
      expect(text).toContain('UTKAST');
      expect(text).toMatch(/Sida 1 av \d+/);
      expect(await pdfPages(pdf.path)).toBeGreaterThan(4);
      mkdirSync(join('docs', 'documents'), { recursive: true });
      await firstPagePng(pdf.path, join('docs', 'documents', 'naringslivsprogram'));
    } finally {
      pdf.cleanup();
    }
  });
});
