// Runs in: vitest (Node). Checks on focus areas, goals and measurements, and on obstacles.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHealthHarness, type HealthHarness } from './fixtures';

let h: HealthHarness;
beforeEach(() => {
  h = makeHealthHarness();
});
afterEach(() => h.ctx.cleanup());

const measurable = {
  indicator_name: 'Antal praktikplatser',
  baseline_value: 10,
  baseline_date: '2026-01-01',
  target_value: 60,
  target_date: '2028-12-31',
  why: 'Unga ska se jobben',
};

const measure = (id: string, goalId: string, date: string, value: number, comment = '') =>
  h.run(
    `INSERT INTO goal_measurements (id, goal_id, date, value, comment, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'x', 'x')`,
    id,
    goalId,
    date,
    value,
    comment,
  );

describe('focus area checks', () => {
  it('focus-area-incomplete wants a responsible and a goal on chosen areas only', () => {
    h.focusArea('fa1', 'Kompetens');
    h.focusArea('cand', 'Kandidat', { candidate: 1 });
    const found = h.check('focus-area-incomplete');
    expect(found.count).toBe(2);
    expect(found.items.every((i) => i.route.join('/') === 'goals/areas/fa1')).toBe(true);
    expect(found.items[0]!.label.sv).toMatch(/^Kompetens – /);
    h.run("UPDATE focus_areas SET responsible_name = 'Lena Ek' WHERE id = 'fa1'");
    h.goal('g1', 'fa1', 'Fler praktikplatser');
    expect(h.check('focus-area-incomplete').status).toBe('ok');
  });

  it('focus-area-no-strength and -no-downturn-note read their notes', () => {
    h.focusArea('fa1', 'Kompetens');
    h.focusArea('fa2', 'Service', { swot_strength_note: 'Starka skolor', downturn_note: 'Håller' });
    expect(h.check('focus-area-no-strength').items.map((i) => i.label.sv)).toEqual(['Kompetens']);
    expect(h.check('focus-area-no-downturn-note').items.map((i) => i.label.sv)).toEqual([
      'Kompetens',
    ]);
    h.run(
      "UPDATE focus_areas SET swot_strength_note = 'Industrin', downturn_note = 'Behövs alltid'",
    );
    expect(h.check('focus-area-no-strength').status).toBe('ok');
    expect(h.check('focus-area-no-downturn-note').status).toBe('ok');
  });
});

describe('goal checks', () => {
  beforeEach(() => h.focusArea('fa1', 'Kompetens', { responsible_name: 'Lena Ek' }));

  it('too-many-goals follows the limit of programme goals per area', () => {
    for (const n of [1, 2, 3]) h.goal(`g${n}`, 'fa1', `Mål ${n}`, measurable);
    expect(h.check('too-many-goals').status).toBe('ok');
    h.goal('g4', 'fa1', 'Mål 4', measurable);
    const found = h.check('too-many-goals');
    expect(found.count).toBe(1);
    expect(found.items[0]!.label.sv).toMatch(/^Kompetens – 4 programmål, fler än 3/);
  });

  it('goal-not-measurable, -not-influenceable and -levels-unlinked point at the goal', () => {
    h.goal('vague', 'fa1', 'Ett bättre klimat');
    h.goal('weather', 'fa1', 'Mer sol', { ...measurable, influenceable: 0 });
    h.goal('child', 'fa1', 'Tio mässor', { ...measurable, level_kind: 'action_plan' });
    expect(h.check('goal-not-measurable').items.map((i) => i.route)).toEqual([['goals', 'vague']]);
    expect(h.check('goal-not-influenceable').items.map((i) => i.route)).toEqual([
      ['goals', 'weather'],
    ]);
    expect(h.check('goal-levels-unlinked').items.map((i) => i.route)).toEqual([['goals', 'child']]);
    h.run("UPDATE goals SET parent_goal_id = 'weather' WHERE id = 'child'");
    expect(h.check('goal-levels-unlinked').status).toBe('ok');
  });

  it('horizon-missing: goals without a target date and ongoing projects without a due date', () => {
    h.goal('g1', 'fa1', 'Utan datum');
    h.goal('g2', 'fa1', 'Med datum', measurable);
    h.action('a1', 'Projekt utan slut');
    h.action('a2', 'Stående', { kind: 'standing' });
    h.action('a3', 'Klart', { status: 'done' });
    h.action('a4', 'Med slut', { due_date: '2026-12-31' });
    expect(h.check('horizon-missing').items.map((i) => i.route)).toEqual([
      ['goals', 'g1'],
      ['actions', 'a1'],
    ]);
  });

  it('indicator-no-baseline: a named indicator without baseline value and date', () => {
    h.goal('g1', 'fa1', 'Nöjdare företag', { indicator_name: 'NKI' });
    h.goal('g2', 'fa1', 'Inget mätetal');
    h.goal('g3', 'fa1', 'Praktik', measurable);
    const found = h.check('indicator-no-baseline');
    expect(found.items).toEqual([
      {
        label: { sv: 'Nöjdare företag (NKI)', en: 'Nöjdare företag (NKI)' },
        route: ['goals', 'g1'],
      },
    ]);
  });

  it('status-without-comment: a red goal is fine once its latest measurement explains it', () => {
    h.goal('g1', 'fa1', 'Praktik', measurable);
    h.goal('g2', 'fa1', 'Grön', measurable);
    measure('m1', 'g1', '2027-06-30', 11);
    measure('m2', 'g2', '2026-02-01', 60);
    const found = h.check('status-without-comment');
    expect(found.items).toEqual([
      { label: { sv: '✖ Praktik', en: '✖ Praktik' }, route: ['goals', 'g1'] },
    ]);
    measure('m3', 'g1', '2027-07-01', 12, 'Företagen har pausat sina rekryteringar');
    expect(h.check('status-without-comment').status).toBe('ok');
  });

  it('status-without-comment: a status set by hand carries its own comment', () => {
    h.goal('g1', 'fa1', 'Praktik', {
      ...measurable,
      status_override: 'red',
      status_override_comment: 'Bromsat av lågkonjunkturen',
    });
    expect(h.check('status-without-comment').status).toBe('ok');
  });
});

describe('obstacle check', () => {
  it('open-obstacles lists open obstacles of the programme without anyone responsible', () => {
    const obstacle = (id: string, fields: string) =>
      h.run(
        `INSERT INTO insights (id, programme_id, type, text, obstacle_status, obstacle_owner,
           created_at, updated_at) VALUES (?, ${fields}, 'x', 'x')`,
        id,
      );
    obstacle('o1', "'prog', 'obstacle', 'Långa bygglovstider', 'open', ''");
    obstacle('o2', "NULL, 'obstacle', 'Brist på mark', 'in_progress', ''");
    obstacle('o3', "'prog', 'obstacle', 'Dålig mobiltäckning', 'open', 'Teknisk chef'");
    obstacle('o4', "'prog', 'obstacle', 'Löst', 'removed', ''");
    obstacle('o5', "'prog', 'weakness', 'Svag service', NULL, ''");
    const found = h.check('open-obstacles');
    expect(found.items.map((i) => i.route)).toEqual([
      ['analysis', 'insights', 'o1'],
      ['analysis', 'insights', 'o2'],
    ]);
  });
});

describe('policy check', () => {
  it('policy-unchecked: none listed yet, then the documents not checked', () => {
    expect(h.check('policy-unchecked').items[0]!.label.sv).toMatch(/Inga styrdokument/);
    const doc = (id: string, title: string, checked: number) =>
      h.run(
        `INSERT INTO steering_documents (id, programme_id, title, kind, checked, created_at,
           updated_at) VALUES (?, 'prog', ?, 'policy', ?, 'x', 'x')`,
        id,
        title,
        checked,
      );
    doc('d1', 'Upphandlingspolicy', 0);
    doc('d2', 'Landsbygdsprogram', 1);
    expect(h.check('policy-unchecked').items.map((i) => i.label.sv)).toEqual([
      'Upphandlingspolicy',
    ]);
    h.run("UPDATE steering_documents SET checked = 1, checked_date = '2026-05-01'");
    expect(h.check('policy-unchecked').status).toBe('ok');
  });
});
