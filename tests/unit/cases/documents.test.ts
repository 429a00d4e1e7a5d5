// Runs in: vitest (Node). The tjänsteskrivelse per stage and the remissammanställning: content,
// order, what is missing, table structure, and the export log's case and stage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCaseMemoData, loadRemissSummaryData } from '../../../electron/core/export/data/cases';
import { renderRemissSummary } from '../../../electron/core/export/documents/remissammanstallning';
import { renderMemo } from '../../../electron/core/export/documents/tjansteskrivelse';
import { listExports } from '../../../electron/core/export/log';
import { exportDocument, previewDocument } from '../../../electron/core/export/service';
import { exportRequest } from '../../../shared/contract/export';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { countTables, docxParts, headerXml, tableProblems, visibleText } from '../export/docxXml';
import { seedSettings, testOptions } from '../export/seed';
import { seedDecisionCase } from './seedCase';

let ctx: TestContext;
let caseId: string;
beforeEach(async () => {
  ctx = makeTestContext();
  seedSettings(ctx.db!);
  ({ caseId } = await seedDecisionCase(ctx));
});
afterEach(() => ctx.cleanup());

/** Positions of items in text, in order; -1 when missing or out of order. */
function inOrder(text: string, items: readonly string[]): number[] {
  let from = 0;
  return items.map((item) => {
    const at = text.indexOf(item, from);
    if (at >= 0) from = at + item.length;
    return at;
  });
}

async function memoText(stage: 'remiss' | 'ksau' | 'ks' | 'kf', draft = false) {
  const data = loadCaseMemoData(ctx.db!, { caseId, stage });
  const rendered = await renderMemo(data, testOptions({ draft, date: '2027-03-20' }));
  const parts = await docxParts(rendered.buffer);
  return { text: visibleText(parts), parts, doc: rendered.doc };
}

describe('tjänsteskrivelse', () => {
  it('has the headings of DOCUMENTS.md §1 in order and tables with widths and paragraphs', async () => {
    const { text, parts, doc } = await memoText('ksau');
    expect(
      inOrder(text, [
        'Näringslivsprogram 2027–2030',
        'Diarienummer',
        'KS 2027/123',
        'Till',
        'Kommunstyrelsens arbetsutskott',
        'Sammanträde',
        '12 april 2027',
        'Handläggare',
        'Örjan Ågren, Näringslivsutvecklare',
        'Förslag till beslut',
        'Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen att föreslå kommunfullmäktige att anta Näringslivsprogram 2027–2030.',
        'Sammanfattning',
        'Beskrivning av ärendet',
        'Bakgrund',
        'Det nuvarande programmet löper ut vid årsskiftet.',
        'Uppdraget: ',
        'Syfte',
        'Arbetet med förslaget',
        'Förslaget sändes på remiss den 28 januari 2027 till tre remissinstanser med svar senast 11 mars 2027. Två av dem har svarat.',
        'Förvaltningens bedömning',
        'Konsekvenser',
        'Ekonomiska konsekvenser',
        'Agenda 2030 och hållbarhet',
        'Barnkonsekvenser',
        'Bedöms inte påverkas.',
        'Jämställdhet',
        'Samråd och dialog',
        'Beslutsunderlag',
        'Tjänsteskrivelse, 2027-03-20',
        'Förslag till Näringslivsprogram 2027–2030, 2026-10-01',
        'Remissammanställning, 2027-03-20',
        'Beslutet skickas till',
        'Samtliga nämnder',
        'Åsa Öberg',
        'Kommundirektör',
      ]),
    ).not.toContain(-1);
    expect(headerXml(parts)).toContain('TJÄNSTESKRIVELSE');
    const body = parts.get('word/document.xml')!;
    expect(countTables(body)).toBeGreaterThanOrEqual(2);
    expect(tableProblems(body)).toEqual([]);
    // "Bedöms inte påverkas" only where the officer chose it (barnkonsekvenser).
    expect(text.match(/Bedöms inte påverkas/g)).toHaveLength(1);
    expect(doc.missing).toEqual(['agenda 2030 och hållbarhet', 'jämställdhet']);
  });

  it('words the proposal for each stage', async () => {
    expect((await memoText('ks')).text).toContain(
      'Kommunstyrelsen föreslår kommunfullmäktige att anta Näringslivsprogram 2027–2030.',
    );
    const kf = await memoText('kf');
    expect(kf.text).toContain('Kommunfullmäktige antar Näringslivsprogram 2027–2030.');
    expect(kf.text).toContain('Kommunfullmäktige');
    const remiss = await memoText('remiss');
    expect(remiss.text).toContain(
      'Förslaget till Näringslivsprogram 2027–2030 sänds på remiss till Centerpartiet i Åsälva, Företagarna Åsälva och Samhällsbyggnadsnämnden med svar senast 11 mars 2027.',
    );
    // The remiss memo comes before the replies: no remissammanställning among its documents.
    expect(remiss.text).not.toContain('Remissammanställning,');
  });

  it('asks for the missing sammanfattning in drafts and lists it as missing', async () => {
    ctx.db!.prepare("UPDATE cases SET summary = '', consequences_equality_not_affected = 1").run();
    const draft = await memoText('ksau', true);
    expect(draft.doc.missing).toContain('sammanfattning');
    expect(draft.text).toContain('[att fylla i: sammanfattning]');
    expect(draft.doc.missing).not.toContain('jämställdhet');
    const final = await memoText('ksau', false);
    expect(final.text).not.toContain('[att fylla i');
    expect(final.text).toContain('Sammanfattning saknas.');
  });

  it('is exported with the case’s dnr, logged with case and stage, and previewed', async () => {
    const request = exportRequest.parse({
      document: 'tjansteskrivelse',
      caseId,
      stage: 'ks',
      draft: true,
    });
    const result = await exportDocument(ctx.db!, request, '2027-04-22');
    expect(result.fileName).toBe(
      'Tjänsteskrivelse KS – Näringslivsprogram 2027–2030 (utkast v1).docx',
    );
    expect(headerXml(await docxParts(result.buffer))).toContain('Dnr: KS 2027/123');
    const log = listExports(ctx.db!, { caseId, offset: 0, limit: 5 });
    expect(log.rows[0]).toMatchObject({ document: 'tjansteskrivelse', caseId, stage: 'ks' });
    expect(log.rows[0]!.options).toMatchObject({ caseId, stage: 'ks', dnr: 'KS 2027/123' });

    const preview = previewDocument(ctx.db!, request, '2027-04-22');
    expect(preview.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'Förslag till beslut',
      'Sammanfattning',
      'Beskrivning av ärendet',
      'Förvaltningens bedömning',
      'Konsekvenser',
      'Beslutsunderlag',
      'Beslutet skickas till',
    ]);
    const noCase = exportRequest.parse({ document: 'tjansteskrivelse' });
    await expect(exportDocument(ctx.db!, noCase)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('remissammanställning', () => {
  it('goes from the introduction through comments per section to the silent instances', async () => {
    const data = loadRemissSummaryData(ctx.db!, { caseId });
    const rendered = await renderRemissSummary(
      data,
      testOptions({ draft: true, date: '2027-03-20' }),
    );
    const parts = await docxParts(rendered.buffer);
    const text = visibleText(parts);
    expect(
      inOrder(text, [
        'Remissammanställning',
        'Remissvar på förslaget till Näringslivsprogram 2027–2030',
        'Remisstid',
        '2027-01-28 – 2027-03-11',
        'Inledning',
        'Förslaget till Näringslivsprogram 2027–2030 skickades på remiss den 28 januari 2027 till tre remissinstanser med svar senast 11 mars 2027. Två av dem har svarat',
        'Remissinstans',
        'Sammanfattande bild',
        'Remissvaren innehåller tre synpunkter. En av dem har lett till ändringar i förslaget och en har inte lett till någon ändring. En är ännu inte bemött.',
        'Remissvaren i korthet',
        'Synpunkter och ställningstaganden',
        'Övergripande synpunkter',
        'En fast kontaktperson för varje företag.',
        '– Företagarna Åsälva',
        'Ingen ändring: Ryms inte i budgeten.',
        'Nulägesanalys',
        '[att fylla i: ställningstagande]',
        'Prioriterade fokusområden',
        'Ändring: Ett mål om planlagd mark har lagts till.',
        'Remissinstanser som inte har svarat',
        'Centerpartiet i Åsälva (svar senast 2027-03-11)',
      ]),
    ).not.toContain(-1);
    expect(tableProblems(parts.get('word/document.xml')!)).toEqual([]);
    expect(rendered.doc.missing).toEqual([
      'sammanfattande bild av remissvaren',
      'ställningstagande till en synpunkt',
    ]);
  });

  it('says so when the draft has not been sent on remiss', async () => {
    const other = await exportDocument(
      ctx.db!,
      exportRequest.parse({ document: 'remissammanstallning', caseId }),
      '2027-03-20',
    );
    expect(other.fileName).toBe('Remissammanställning – Näringslivsprogram 2027–2030.docx');
    ctx.db!.prepare('UPDATE remiss_instances SET deleted_at = ?').run('2027-03-21T00:00:00Z');
    const data = loadRemissSummaryData(ctx.db!, { caseId });
    const text = visibleText(
      await docxParts((await renderRemissSummary(data, testOptions({ draft: false }))).buffer),
    );
    expect(text).toContain('Förslaget har inte skickats på remiss.');
  });
});
