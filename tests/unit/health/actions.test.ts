// Runs in: vitest (Node). Checks on the action plan: completeness, responsibles, realism against
// ambition, stalled actions, costs and meetings against finished actions (I29).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHealthHarness, TODAY, type HealthHarness } from './fixtures';

let h: HealthHarness;
beforeEach(() => {
  h = makeHealthHarness();
});
afterEach(() => h.ctx.cleanup());

const complete = {
  why: 'Företagen behöver folk',
  how: 'Mässa i sporthallen',
  responsible_name: 'Lena Ek',
  due_date: '2026-11-30',
};

describe('action checks', () => {
  it('action-incomplete agrees with the action plan rule (who, what, when, how, why)', () => {
    h.action('a1', 'Praktikmässa', complete);
    h.action('a2', 'Företagsfrukost', { ...complete, how: '' });
    h.action('a3', 'Årlig gala', { ...complete, due_date: null, kind: 'annual', annual_month: 5 });
    expect(h.check('action-incomplete').items.map((i) => i.route)).toEqual([['actions', 'a2']]);
  });

  it('action-no-responsible ignores dropped actions and accepts a linked stakeholder', () => {
    h.stakeholder('s1', 'Bo Ansvarig');
    h.action('a1', 'Utan ansvarig');
    h.action('a2', 'Med person', { responsible_stakeholder_id: 's1' });
    h.action('a3', 'Bortvald', { status: 'dropped', dropped_reason: 'Ingen budget' });
    h.action('a4', 'Blanksteg', { responsible_name: '  ' });
    expect(h.check('action-no-responsible').items.map((i) => i.label.sv)).toEqual([
      'Utan ansvarig',
      'Blanksteg',
    ]);
  });

  it('realism-balance: not applicable, too few assessed, only safe, too bold, balanced', () => {
    expect(h.check('realism-balance').status).toBe('not-applicable');
    h.action('a1', 'Ett', { realism: 3, ambition: 1 });
    h.action('a2', 'Två');
    const few = h.check('realism-balance');
    expect(few.status).toBe('attention');
    expect(few.detail?.sv).toMatch(/^1 av 2 aktiviteter är bedömda/);
    expect(few.items.map((i) => i.label.sv)).toEqual(['Två']);
    h.run("UPDATE actions SET realism = 2, ambition = 2 WHERE id = 'a2'");
    h.action('a3', 'Tre', { realism: 3, ambition: 2 });
    h.action('a4', 'Fyra', { realism: 2, ambition: 1 });
    const safe = h.check('realism-balance');
    expect(safe.status).toBe('attention');
    expect(safe.detail?.sv).toMatch(/trygga/);
    h.run("UPDATE actions SET ambition = 3 WHERE id = 'a4'");
    const balanced = h.check('realism-balance');
    expect(balanced.status).toBe('ok');
    expect(balanced.detail?.sv).toBe('1 utmanande och 3 realistiska aktiviteter.');
    h.run("UPDATE actions SET realism = 1 WHERE id IN ('a1', 'a2')");
    const bold = h.check('realism-balance');
    expect(bold.status).toBe('attention');
    expect(bold.count).toBe(3);
  });

  it('stalled-actions uses the stalled-days setting against today', () => {
    h.action('old', 'Gammal', { last_update_at: '2026-03-01T08:00:00.000Z' });
    h.action('new', 'Färsk', { last_update_at: '2026-06-10T08:00:00.000Z' });
    h.action('done', 'Klar', { status: 'done', last_update_at: '2025-01-01T08:00:00.000Z' });
    const found = h.check('stalled-actions');
    expect(found.items.map((i) => i.route)).toEqual([['actions', 'old']]);
    expect(found.detail?.sv).toMatch(/60 dagar/);
    expect(h.check('stalled-actions', '2026-04-15').status).toBe('ok');
  });

  it('costs-over-plan: money or hours spent beyond what was planned', () => {
    h.action('a1', 'Över budget', { cost_planned: 10000, cost_spent: 12000 });
    h.action('a2', 'Inom budget', { cost_planned: 10000, cost_spent: 9000 });
    h.action('a3', 'Fler timmar', { hours_planned: 10, hours_spent: 10.5 });
    h.action('a4', 'Ingen plan', { cost_spent: 5000 });
    expect(h.check('costs-over-plan').items.map((i) => i.route[1])).toEqual(['a1', 'a3']);
  });

  it('meetings-vs-results compares held meetings with actions finished this year', () => {
    const meeting = (id: string, date: string, status = 'held') =>
      h.run(
        `INSERT INTO process_meetings (id, programme_id, kind, title, date, status, created_at,
           updated_at) VALUES (?, 'prog', 'workshop', 'Workshop', ?, ?, 'x', 'x')`,
        id,
        date,
        status,
      );
    expect(h.check('meetings-vs-results').status).toBe('ok');
    meeting('m1', '2026-02-01');
    meeting('m2', '2026-03-01');
    meeting('m3', '2026-04-01', 'planned');
    meeting('m4', '2025-04-01');
    const none = h.check('meetings-vs-results');
    expect(none.status).toBe('attention');
    expect(none.detail?.sv).toBe('2026: 2 möten och 0 avslutade aktiviteter.');
    h.action('a1', 'Klar', { status: 'done', last_update_at: `${TODAY}T08:00:00.000Z` });
    expect(h.check('meetings-vs-results').status).toBe('ok');
    for (const n of [5, 6, 7, 8, 9]) meeting(`m${n}`, `2026-05-0${n}`);
    expect(h.check('meetings-vs-results').status).toBe('attention');
  });
});
