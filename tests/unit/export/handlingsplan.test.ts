// Runs in: vitest (Node). The handlingsplan on the example municipality: grouping and cost sums
// (F19, checked against the action plan's own summary), the period, the action's light in words,
// landscape pages with set column widths, and the draft prompts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { costsByFocusArea, totalCosts } from '../../../electron/core/actions/summary';
import { demoSettings, generateDemo } from '../../../electron/core/demo';
import { loadActionPlanData } from '../../../electron/core/export/data/actionPlan';
import {
  actionLight,
  renderActionPlan,
  whenText,
} from '../../../electron/core/export/documents/handlingsplan';
import { textWidth } from '../../../electron/core/export/houseStyle';
import { exportDocument } from '../../../electron/core/export/service';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { updateSettings } from '../../../electron/core/settings';
import { runExportCommand } from '../../../scripts/cli/export';
import { exportRequest } from '../../../shared/contract/export';
import { AppFailure } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { docxParts, tableProblems, visibleText } from './docxXml';
import { testOptions } from './seed';

const TODAY = '2027-05-02';
const YEAR = { from: '2027-01-01', to: '2027-12-31' };
const ALL_TIME = { from: '2000-01-01', to: '2100-12-31' };

let ctx: TestContext;
let programmeId: string;
beforeAll(() => {
  ctx = makeTestContext();
  generateDemo(ctx.db!, { size: 'demo', today: TODAY });
  updateSettings(ctx.db!, demoSettings);
  programmeId = currentProgrammeId(ctx.db!)!;
});
afterAll(() => ctx.cleanup());

describe('action light (status with symbol and words)', () => {
  const base = { dueDate: null, lastUpdateAt: '2027-04-30T10:00:00.000Z' };
  it('says what the status is in words for every case, never colour alone', () => {
    expect(actionLight({ ...base, status: 'done' }, TODAY, 60)).toEqual({
      light: 'green',
      label: '✔ Klar',
    });
    expect(actionLight({ ...base, status: 'dropped' }, TODAY, 60).label).toBe('✕ Valdes bort');
    expect(actionLight({ ...base, status: 'paused' }, TODAY, 60).light).toBe('yellow');
    expect(actionLight({ ...base, status: 'in_progress' }, TODAY, 60)).toEqual({
      light: 'green',
      label: '◐ Pågår enligt plan',
    });
    expect(actionLight({ ...base, status: 'planned' }, TODAY, 60).label).toBe('○ Planerad');
    const late = actionLight({ ...base, status: 'in_progress', dueDate: '2027-04-01' }, TODAY, 60);
    expect(late.light).toBe('red');
    expect(late.label).toContain('slutdatum 2027-04-01 har passerat');
    const stalled = actionLight(
      { status: 'planned', dueDate: null, lastUpdateAt: '2027-01-01T08:00:00.000Z' },
      TODAY,
      60,
    );
    expect(stalled).toEqual({ light: 'yellow', label: '! Ingen uppdatering på 121 dagar' });
  });

  it('writes when an action happens by its kind', () => {
    const none = { startDate: null, dueDate: null, annualMonth: null };
    expect(whenText({ ...none, kind: 'standing' })).toBe('Löpande');
    expect(whenText({ ...none, kind: 'annual', annualMonth: 9 })).toBe('Årligen i september');
    expect(
      whenText({ ...none, kind: 'project', startDate: '2027-01-02', dueDate: '2027-09-29' }),
    ).toBe('2027-01-02 – 2027-09-29');
    expect(whenText({ ...none, kind: 'project', dueDate: '2027-12-28' })).toBe('klart 2027-12-28');
  });
});

describe('handlingsplan data', () => {
  it('sums the costs per focus area and for the programme like the action plan does (F19)', () => {
    const data = loadActionPlanData(ctx.db!, { programmeId, ...ALL_TIME });
    const expected = totalCosts(costsByFocusArea(ctx.db!, programmeId));
    expect(data.total.actions).toBe(expected.count);
    expect(data.total.costPlanned).toBe(expected.costPlanned);
    expect(data.total.costSpent).toBe(expected.costSpent);
    expect(data.total.hoursPlanned).toBeCloseTo(expected.hoursPlanned);
    for (const area of data.areas) {
      const sum = area.actions.reduce((s, a) => s + (a.costPlanned ?? 0), 0);
      expect(area.costs.costPlanned).toBe(sum);
      expect(area.costs.actions).toBe(area.actions.length);
    }
    const areaSum = data.areas.reduce((s, a) => s + a.costs.costSpent, 0);
    expect(areaSum).toBe(data.total.costSpent);
  });

  it('keeps the chosen focus areas in priority order and leaves candidates out', () => {
    const data = loadActionPlanData(ctx.db!, { programmeId, ...YEAR });
    const order = ctx
      .db!.prepare(
        `SELECT name FROM focus_areas WHERE programme_id = ? AND candidate = 0 AND deleted_at IS NULL
         ORDER BY priority`,
      )
      .pluck()
      .all(programmeId);
    expect(data.areas.filter((a) => a.id !== null).map((a) => a.name)).toEqual(order);
  });

  it('takes the actions whose time overlaps the period, and the undated ones', () => {
    const data = loadActionPlanData(ctx.db!, { programmeId, from: '2028-01-01', to: '2028-12-31' });
    const actions = data.areas.flatMap((a) => a.actions);
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) {
      expect(a.dueDate === null || a.dueDate >= '2028-01-01').toBe(true);
      expect(a.startDate === null || a.startDate <= '2028-12-31').toBe(true);
    }
    const everything = loadActionPlanData(ctx.db!, { programmeId, ...ALL_TIME });
    expect(actions.length).toBeLessThan(everything.total.actions);
  });

  it('uses the current programme by default and refuses an unknown one in Swedish', () => {
    expect(loadActionPlanData(ctx.db!, { programmeId: null, ...YEAR }).programme.id).toBe(
      programmeId,
    );
    let failure: unknown;
    try {
      loadActionPlanData(ctx.db!, { programmeId: 'finns-inte', ...YEAR });
    } catch (err) {
      failure = err;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('NOT_FOUND');
    expect((failure as AppFailure).message).toContain('Det finns inget näringslivsprogram');
  });
});

describe('handlingsplan document', () => {
  it('is landscape, with a grid and widths on every table that fit the landscape text width', async () => {
    const data = loadActionPlanData(ctx.db!, { programmeId, ...YEAR });
    const { buffer } = await renderActionPlan(data, testOptions());
    const parts = await docxParts(buffer);
    const body = parts.get('word/document.xml')!;
    expect(body).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(tableProblems(body)).toEqual([]);
    for (const grid of body.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)) {
      const sum = [...grid[1]!.matchAll(/w:w="(\d+)"/g)].reduce((s, m) => s + Number(m[1]), 0);
      expect(sum).toBeLessThanOrEqual(textWidth('landscape'));
    }
    const text = visibleText(parts);
    for (const area of data.areas) {
      for (const action of area.actions) expect(text).toContain(action.what);
    }
    expect(text).toContain('Kostnader per fokusområde');
    expect(text).toContain('Hela programmet');
    expect(text).toMatch(/Grön✔ Klar/);
    expect(text).not.toContain('[att fylla i');
  });

  it('asks for the missing who, when, how and why in a draft and lists them for the dialog', async () => {
    const id = ctx
      .db!.prepare(
        `SELECT id FROM actions WHERE programme_id = ? AND deleted_at IS NULL
         AND (start_date IS NULL OR start_date <= '2027-12-31') AND (due_date IS NULL OR due_date >= '2027-01-01')
         ORDER BY id LIMIT 1`,
      )
      .pluck()
      .get(programmeId) as string;
    ctx.db!.prepare("UPDATE actions SET how = '' WHERE id = ?").run(id);
    const data = loadActionPlanData(ctx.db!, { programmeId, ...YEAR });
    const draft = await renderActionPlan(data, testOptions({ draft: true }));
    expect(visibleText(await docxParts(draft.buffer))).toContain('[att fylla i: hur]');
    expect(
      draft.doc.missing.some((m) => m.startsWith('uppgifter om vem, när, hur eller varför')),
    ).toBe(true);
    const final = await renderActionPlan(data, testOptions());
    expect(visibleText(await docxParts(final.buffer))).not.toContain('[att fylla i');
  });

  it('writes an empty plan with a prompt instead of tables', async () => {
    const other = ctx
      .db!.prepare('SELECT id FROM programmes WHERE id <> ? AND deleted_at IS NULL')
      .pluck()
      .get(programmeId) as string;
    ctx.db!.prepare('UPDATE actions SET deleted_at = ? WHERE programme_id = ?').run(TODAY, other);
    const data = loadActionPlanData(ctx.db!, { programmeId: other, ...YEAR });
    const { doc, buffer } = await renderActionPlan(data, testOptions({ draft: true }));
    expect(doc.missing).toContain('aktiviteter i handlingsplanen');
    expect(visibleText(await docxParts(buffer))).toContain(
      '[att fylla i: aktiviteter i handlingsplanen]',
    );
  });

  it('exports through the registry with the period in the name and a log line', async () => {
    const request = exportRequest.parse({
      document: 'handlingsplan',
      from: '2027-01-01',
      to: '2027-06-30',
    });
    const result = await exportDocument(ctx.db!, request, TODAY);
    expect(result.fileName).toBe('Handlingsplan 2027-01-01–2027-06-30.docx');
    const logged = ctx
      .db!.prepare('SELECT options FROM export_log WHERE id = ?')
      .pluck()
      .get(result.exportId) as string;
    expect(JSON.parse(logged)).toMatchObject({ programmeId: null, from: '2027-01-01' });
  });
});

describe('cli export of the programme documents', () => {
  it('writes handlingsplan, uppfoljning and politikerbrief for a programme and a period', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.join(' '));
    });
    try {
      for (const doc of ['handlingsplan', 'uppfoljning', 'politikerbrief']) {
        const out = join(ctx.dataDir, `${doc}.docx`);
        const code = await runExportCommand([
          doc,
          '--db',
          ctx.databasePath,
          '--out',
          out,
          '--programme',
          programmeId,
          '--period',
          '2027-01-01..2027-12-31',
          '--date',
          TODAY,
        ]);
        expect(code, errors.join('\n')).toBe(0);
        const text = visibleText(await docxParts(readFileSync(out)));
        expect(text).toContain('Näringslivsprogram 2028–2031');
      }
      const unknown = await runExportCommand([
        'handlingsplan',
        '--db',
        ctx.databasePath,
        '--out',
        join(ctx.dataDir, 'x.docx'),
        '--programme',
        'finns-inte',
      ]);
      expect(unknown).toBe(1);
      expect(errors.join('\n')).toContain('Det finns inget näringslivsprogram');
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
