// Runs in: vitest (Node). The näringslivsprogram document on the example municipality: the first
// page's metadata, every section heading in print order, left-out sections not printed, empty
// ones asking to be filled in drafts and listed as missing, tables with widths and paragraphs,
// and SWOT items resting on confidential notes only in internal copies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSettings, generateDemo } from '../../../electron/core/demo';
import { exportDocument, previewDocument } from '../../../electron/core/export/service';
import { updateSettings } from '../../../electron/core/settings';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { exportRequest } from '../../../shared/contract/export';
import { documentSections } from '../../../shared/process/documentSections';
import { docxParts, tableProblems, visibleText } from '../export/docxXml';
import { makeTestContext, type TestContext } from '../helpers/testContext';

const TODAY = '2026-11-20';
let ctx: TestContext;
let programmeId: string;

const request = (over: Record<string, unknown> = {}) =>
  exportRequest.parse({ document: 'program', ...over });

async function textOf(over: Record<string, unknown> = {}) {
  const result = await exportDocument(ctx.db!, request(over), TODAY);
  const parts = await docxParts(result.buffer);
  return { result, parts, text: visibleText(parts) };
}

const inOrder = (text: string, items: readonly string[]) => {
  let from = 0;
  return items.every((item) => {
    const at = text.indexOf(item, from);
    if (at < 0) return false;
    from = at + item.length;
    return true;
  });
};

beforeAll(() => {
  ctx = makeTestContext();
  generateDemo(ctx.db!, { size: 'demo', today: TODAY });
  updateSettings(ctx.db!, demoSettings);
  programmeId = currentProgrammeId(ctx.db!)!;
}, 120_000);
afterAll(() => ctx.cleanup());

describe('näringslivsprogram document', () => {
  it('writes the metadata block and every section heading in print order', async () => {
    const { text, parts, result } = await textOf({ draft: true });
    expect(
      inOrder(text, [
        'Näringslivsprogram',
        'Dokumenttyp',
        'Diarienummer',
        'Fastställd av',
        'Giltighetstid',
        'Revideras av',
        'Följs upp av',
        ...documentSections.map((s) => s.title.sv),
      ]),
    ).toBe(true);
    expect(text).toContain('Kompetensförsörjning');
    expect(text).toContain('UTKAST');
    expect(tableProblems(parts.get('word/document.xml')!)).toEqual([]);
    // The current programme is not adopted: the draft asks for KF's date and §.
    expect(text).toContain('[att fylla i: datum och paragraf för kommunfullmäktiges beslut]');
    expect(result.missing).toContain('datum och paragraf för kommunfullmäktiges beslut');
    expect(result.fileName).toMatch(/^Näringslivsprogram .*utkast/);
  });

  it('prints KF’s decision for an adopted programme', async () => {
    const adopted = ctx
      .db!.prepare(
        "SELECT id, adopted_date AS date, adopted_paragraph AS paragraph, adopted_dnr AS dnr FROM programmes WHERE status = 'adopted'",
      )
      .get() as { id: string; date: string; paragraph: string; dnr: string } | undefined;
    expect(adopted?.date).toBeTruthy();
    const { text } = await textOf({ programmeId: adopted!.id });
    expect(text).toContain(`Kommunfullmäktige ${adopted!.date}, § ${adopted!.paragraph}`);
    expect(text).toContain(adopted!.dnr);
  });

  it('leaves out a section left out, with its subsections, and asks for empty ones', async () => {
    const db = ctx.db!;
    const now = '2026-11-20T10:00:00.000Z';
    db.prepare(
      `INSERT INTO programme_texts (programme_id, section_id, left_out, left_out_reason, created_at, updated_at)
       VALUES (?, 'current-state', 1, 'Finns i en egen analys.', ?, ?)
       ON CONFLICT (programme_id, section_id) DO UPDATE SET left_out = 1, left_out_reason = 'Finns i en egen analys.'`,
    ).run(programmeId, now, now);
    db.prepare(
      "UPDATE programme_texts SET text = '' WHERE programme_id = ? AND section_id = 'regional'",
    ).run(programmeId);
    try {
      const preview = previewDocument(db, request({ draft: true }), TODAY);
      const headings = preview.headings.map((h) => h.text);
      expect(headings).not.toContain('Nulägesanalys');
      expect(headings).not.toContain('Utvecklingsområden');
      expect(headings).toContain('Regionalt och mellankommunalt samarbete');
      expect(preview.missing).toContain('regionalt och mellankommunalt samarbete');
      const { text } = await textOf({ draft: true });
      expect(text).toContain('[att fylla i: regionalt och mellankommunalt samarbete]');
      const final = await textOf();
      expect(final.text).not.toContain('[att fylla i');
      expect(final.text).toContain('Avsnittet är inte skrivet än.');
    } finally {
      db.prepare(
        "UPDATE programme_texts SET left_out = 0, left_out_reason = '' WHERE programme_id = ? AND section_id = 'current-state'",
      ).run(programmeId);
    }
  });

  it('keeps SWOT items from confidential notes out of public copies only', async () => {
    const db = ctx.db!;
    const now = '2026-11-20T10:00:00.000Z';
    const visit = db.prepare('SELECT id FROM visits LIMIT 1').get() as { id: string };
    db.prepare('UPDATE visits SET confidential = 1 WHERE id = ?').run(visit.id);
    db.prepare(
      `INSERT INTO insights (id, programme_id, type, text, created_at, updated_at)
       VALUES ('secret-insight', ?, 'threat', 'Hemlig uppgift om Exeby Trä AB:s konkursrisk', ?, ?)`,
    ).run(programmeId, now, now);
    db.prepare(
      `INSERT INTO insight_sources (id, insight_id, kind, ref_id, created_at, updated_at)
       VALUES ('secret-source', 'secret-insight', 'visit', ?, ?, ?)`,
    ).run(visit.id, now, now);
    const publicCopy = await textOf();
    expect(publicCopy.text).not.toContain('Hemlig uppgift');
    expect(publicCopy.text).toMatch(/konfidentiella/);
    const internal = await textOf({ internal: true });
    expect(internal.text).toContain('Hemlig uppgift');
    expect(internal.text).toContain('INTERN KOPIA');
  });

  it('names the programme and the municipality, and the roles and goals', async () => {
    const { text } = await textOf();
    expect(text).toContain('Exempelkommun');
    expect(text).toContain('Kommunen ansvarar för');
    const goal = ctx
      .db!.prepare(
        "SELECT text FROM goals WHERE programme_id = ? AND level_kind = 'programme' AND deleted_at IS NULL LIMIT 1",
      )
      .get(programmeId) as { text: string };
    expect(text).toContain(goal.text);
  });
});
