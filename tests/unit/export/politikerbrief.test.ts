// Runs in: vitest (Node). The politikerbrief on the example municipality: its sections in order,
// short lists, goals with status in words, open decisions and the next committee dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSettings, generateDemo } from '../../../electron/core/demo';
import { loadBriefData } from '../../../electron/core/export/data/brief';
import { renderBrief } from '../../../electron/core/export/documents/politikerbrief';
import { exportDocument } from '../../../electron/core/export/service';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { updateSettings } from '../../../electron/core/settings';
import { exportRequest } from '../../../shared/contract/export';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { docxParts, tableProblems, visibleText } from './docxXml';
import { testOptions } from './seed';

const TODAY = '2027-05-02';
const YEAR = { from: '2027-01-01', to: '2027-12-31' };

let ctx: TestContext;
let programmeId: string;
beforeAll(() => {
  ctx = makeTestContext();
  generateDemo(ctx.db!, { size: 'demo', today: TODAY });
  updateSettings(ctx.db!, demoSettings);
  programmeId = currentProgrammeId(ctx.db!)!;
});
afterAll(() => ctx.cleanup());

/** Paragraphs of the body that are bullet or numbered list items. */
const listItems = (xml: string) => (xml.match(/<w:numPr>/g) ?? []).length;

describe('politikerbrief', () => {
  it('has the briefing’s sections in order and stays short', async () => {
    const data = loadBriefData(ctx.db!, { programmeId, ...YEAR });
    const { buffer, doc } = await renderBrief(data, testOptions());
    expect(doc.headings.map((h) => h.text)).toEqual([
      'Läget i korthet',
      'Det här har vi uppnått',
      'Målen i korthet',
      'Behöver politisk uppmärksamhet',
      'Nästa steg',
    ]);
    const parts = await docxParts(buffer);
    const body = parts.get('word/document.xml')!;
    expect(tableProblems(body)).toEqual([]);
    // At most five results, five attention points and three next steps.
    expect(listItems(body)).toBeLessThanOrEqual(13);
    const text = visibleText(parts);
    expect(text).toContain('Lägesbild: Näringslivsprogram 2028–2031');
    expect(text).toMatch(/✔ I fas/);
    for (const g of data.report.goals.filter((g) => g.levelKind === 'programme').slice(0, 12)) {
      expect(text).toContain(g.text);
    }
  });

  it('names the open decision and the next KSAU, KS and KF after the brief’s date', async () => {
    const data = loadBriefData(ctx.db!, { programmeId, ...YEAR });
    expect(data.openCases.length).toBeGreaterThan(0);
    const text = visibleText(await docxParts((await renderBrief(data, testOptions())).buffer));
    expect(text).toContain(`Beslut: ${data.openCases[0]!.title}`);
    const next = (body: string) =>
      ctx
        .db!.prepare(
          'SELECT min(date) FROM meetings WHERE body = ? AND date >= ? AND deleted_at IS NULL',
        )
        .pluck()
        .get(body, TODAY) as string;
    const day = (iso: string) => String(Number(iso.slice(8, 10)));
    expect(text).toContain(`Kommunstyrelsens arbetsutskott ${day(next('ksau'))} `);
    expect(text).toContain(`Kommunfullmäktige ${day(next('kf'))} `);
  });

  it('says so when nothing needs a decision, instead of an empty list', async () => {
    const data = loadBriefData(ctx.db!, { programmeId, ...YEAR });
    const calm = {
      ...data,
      openCases: [],
      report: {
        ...data.report,
        goals: data.report.goals.filter((g) => g.status.status !== 'red'),
        actions: data.report.actions.filter((a) => a.status === 'done'),
        costs: [],
      },
    };
    const text = visibleText(await docxParts((await renderBrief(calm, testOptions())).buffer));
    expect(text).toContain('Just nu behöver inget särskilt beslut fattas');
  });

  it('exports through the registry for the current programme', async () => {
    const result = await exportDocument(
      ctx.db!,
      exportRequest.parse({ document: 'politikerbrief', ...YEAR }),
      TODAY,
    );
    expect(result.fileName).toBe('Politikerbrief Näringslivsprogram 2028–2031.docx');
    expect(result.missing).toEqual([]);
  });
});
