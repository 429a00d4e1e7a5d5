// Runs in: vitest (Node). The uppföljningsrapport on the example municipality: it opens with what
// was achieved, judges the goals on the period's last day, draws a chart per measured indicator,
// sorts the actions by what happened to them, and uses the latest follow-up record when there is one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSettings, generateDemo } from '../../../electron/core/demo';
import { loadFollowUpReportData } from '../../../electron/core/export/data/followUpReport';
import {
  actionsInPeriod,
  renderFollowUpReport,
  trendText,
} from '../../../electron/core/export/documents/uppfoljningsrapport';
import { pngSize } from '../../../electron/core/export/png';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { updateSettings } from '../../../electron/core/settings';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { docxParts, tableProblems, visibleText } from './docxXml';
import { testOptions } from './seed';
import JSZip from 'jszip';

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

const load = (period = YEAR) => loadFollowUpReportData(ctx.db!, { programmeId, ...period });

describe('uppföljningsrapport data', () => {
  it('judges each goal on the last day of the period, with measurements up to then only', () => {
    const early = load({ from: '2025-01-01', to: '2025-03-31' });
    for (const g of early.goals) {
      expect(g.measurements.every((m) => m.date <= '2025-03-31')).toBe(true);
      if (g.status.overridden) continue;
      // No measurement on or after the baseline date (2025-05-02) yet: nothing to judge on.
      expect(g.status.status).toBe('unknown');
    }
    const now = load();
    expect(now.goals.some((g) => g.status.status === 'green')).toBe(true);
  });

  it('tells the trend in words in the indicator’s direction', () => {
    const goal = load().goals.find((g) => g.direction === 'lower' && g.measurements.length > 1)!;
    expect(trendText(goal)).toMatch(/^[↑↓→] (Bättre|Sämre|Oförändrat)$/);
    const made = {
      ...goal,
      before: { date: '2026-01-01', value: 10 },
      measurements: [
        { date: '2026-01-01', value: 10 },
        { date: '2027-02-01', value: 8 },
      ],
    };
    expect(trendText({ ...made, direction: 'lower' })).toBe('↓ Bättre');
    expect(trendText({ ...made, direction: 'higher' })).toBe('↓ Sämre');
  });

  it('sorts the actions: finished, started, needing attention and dropped in the period', () => {
    const data = load();
    const acts = actionsInPeriod(data, TODAY);
    expect(acts.finished.length).toBeGreaterThan(0);
    for (const a of acts.finished) expect(a.status).toBe('done');
    for (const a of acts.dropped) {
      expect(a.status).toBe('dropped');
      expect(a.droppedReason).not.toBe('');
    }
    for (const a of acts.started)
      expect(a.startDate! >= YEAR.from && a.startDate! <= YEAR.to).toBe(true);
    for (const { action } of acts.attention)
      expect(['done', 'dropped']).not.toContain(action.status);
    // Costs: the per-area rows add up to the programme's.
    const planned = data.costs.reduce((s, c) => s + c.costs.costPlanned, 0);
    expect(planned).toBe(data.total.costPlanned);
  });
});

describe('uppföljningsrapport document', () => {
  it('opens with what was achieved, then the goals, and has a chart per measured indicator', async () => {
    const data = load();
    const { buffer, doc } = await renderFollowUpReport(data, testOptions());
    const h1 = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(h1.slice(0, 3)).toEqual(['Det här har vi uppnått', 'Målen', 'Indikatorerna över tid']);
    expect(h1).toEqual(
      expect.arrayContaining([
        'Aktiviteterna',
        'Kostnader: planerat och förbrukat',
        'Uppföljningsmötet och lärdomar',
        'Ändrade mål',
        'Nästa steg',
        'Om rapporten',
      ]),
    );
    const zip = await JSZip.loadAsync(buffer);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    const measured = data.goals.filter((g) => g.measurements.length > 0).length;
    expect(measured).toBeGreaterThan(3);
    expect(media).toHaveLength(measured);
    const png = await zip.file(media[0]!)!.async('uint8array');
    expect(pngSize(png)).not.toBeNull();

    const parts = await docxParts(buffer);
    expect(tableProblems(parts.get('word/document.xml')!)).toEqual([]);
    const text = visibleText(parts);
    for (const g of data.goals) expect(text).toContain(g.text);
    expect(text).toContain('✔ I fas');
    expect(text).toContain('Valdes bort – och varför');
    expect(text).toMatch(/SKR:s Insikt ger samma svar/);
  });

  it('writes the latest follow-up’s judgements and lessons when one is recorded', async () => {
    const db = ctx.db!;
    const hasFollowUps =
      db
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'follow_ups'")
        .get() !== undefined;
    if (!hasFollowUps) {
      const { doc } = await renderFollowUpReport(load(), testOptions({ draft: true }));
      expect(doc.missing).toContain('uppföljningsmötets bedömningar och lärdomar');
      return;
    }
    const now = '2027-04-20T10:00:00.000Z';
    db.prepare(
      `INSERT INTO follow_ups (id, programme_id, period_key, cadence, period_start, period_end,
         held_on, summary, status, snapshot_at, closed_at, created_at, updated_at)
       VALUES ('fu-test', ?, '2027-K5', 'quarterly', '2027-04-01', '2027-06-30', '2027-04-20',
         'Provuppföljning: tre aktiviteter klara sedan sist.', 'closed', ?, ?, ?, ?)`,
    ).run(programmeId, now, now, now, now);
    const goal = db
      .prepare('SELECT id, text FROM goals WHERE programme_id = ? LIMIT 1')
      .get(programmeId) as {
      id: string;
      text: string;
    };
    db.prepare(
      `INSERT INTO follow_up_goal_judgements (follow_up_id, goal_id, position, goal_text, status,
         comment, created_at, updated_at)
       VALUES ('fu-test', ?, 0, ?, 'yellow', 'Provkommentar om målet.', ?, ?)`,
    ).run(goal.id, goal.text, now, now);
    db.prepare(
      `INSERT INTO follow_up_lessons (id, follow_up_id, text, goal_id, created_at, updated_at)
       VALUES ('lesson-test', 'fu-test', 'Provlärdom: träffar i byarna når fler.', ?, ?, ?)`,
    ).run(goal.id, now, now);
    const data = load();
    expect(data.followUp?.lessons.map((l) => l.text)).toContain(
      'Provlärdom: träffar i byarna når fler.',
    );
    const { buffer, doc } = await renderFollowUpReport(data, testOptions({ draft: true }));
    expect(doc.missing).not.toContain('uppföljningsmötets bedömningar och lärdomar');
    const text = visibleText(await docxParts(buffer));
    expect(text).toContain('Provuppföljning: tre aktiviteter klara sedan sist.');
    expect(text).toContain('Provkommentar om målet.');
    expect(text).toContain('Provlärdom: träffar i byarna når fler.');
    db.prepare("DELETE FROM follow_up_lessons WHERE id = 'lesson-test'").run();
    db.prepare("DELETE FROM follow_up_goal_judgements WHERE follow_up_id = 'fu-test'").run();
    db.prepare("DELETE FROM follow_ups WHERE id = 'fu-test'").run();
  });

  it('asks for what is missing in a draft of a programme without goals or actions', async () => {
    const other = ctx
      .db!.prepare('SELECT id FROM programmes WHERE id <> ? AND deleted_at IS NULL')
      .pluck()
      .get(programmeId) as string;
    const data = loadFollowUpReportData(ctx.db!, { programmeId: other, ...YEAR });
    const empty = { ...data, goals: [], actions: [], followUp: null };
    const { buffer, doc } = await renderFollowUpReport(empty, testOptions({ draft: true }));
    expect(doc.missing).toEqual(
      expect.arrayContaining([
        'det som uppnåtts under perioden',
        'mål med indikatorer',
        'nästa steg',
      ]),
    );
    expect(visibleText(await docxParts(buffer))).toContain('[att fylla i: mål med indikatorer]');
    const final = await renderFollowUpReport(empty, testOptions());
    expect(visibleText(await docxParts(final.buffer))).not.toContain('[att fylla i');
  });
});
