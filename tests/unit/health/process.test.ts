// Runs in: vitest (Node). The programme and wizard checks: owner and commission, process leader and
// mandate, skipped steps, missing whys and the clarity of the programme text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHealthHarness, type HealthHarness } from './fixtures';

let h: HealthHarness;
beforeEach(() => {
  h = makeHealthHarness();
});
afterEach(() => h.ctx.cleanup());

const step = (stepId: string, status: string) =>
  h.run(
    `INSERT INTO process_step_states (programme_id, step_id, status, created_at, updated_at)
     VALUES ('prog', ?, ?, 'x', 'x')`,
    stepId,
    status,
  );

describe('programme checks', () => {
  it('owner-missing lists the missing parts of the commission until all are written', () => {
    const before = h.check('owner-missing');
    expect(before.status).toBe('attention');
    expect(before.count).toBe(3);
    expect(before.items[0]).toEqual({
      label: { sv: 'Politisk ägare', en: 'Political owner' },
      route: ['process', 'mandate'],
    });
    h.run(
      `UPDATE programmes SET owner_body = 'Kommunstyrelsen', commission_text = 'Ta fram ett program',
       commission_decision_ref = 'KS 2026-03-12 § 45'`,
    );
    expect(h.check('owner-missing')).toEqual({ status: 'ok', count: 0, items: [] });
  });

  it('process-leader-missing accepts a typed name and wants the mandate', () => {
    expect(h.check('process-leader-missing').count).toBe(2);
    h.run("UPDATE programmes SET process_leader_name = 'Lena Ek'");
    const partial = h.check('process-leader-missing');
    expect(partial.items.map((i) => i.label.sv)).toEqual(['Processledarens mandat']);
    h.run("UPDATE programmes SET mandate_text = 'Leder arbetsgruppen och tidplanen'");
    expect(h.check('process-leader-missing').status).toBe('ok');
  });

  it('skipped-steps lists not-started steps the work has moved past, not those marked not relevant', () => {
    expect(h.check('skipped-steps').status).toBe('ok');
    step('owner-and-mandate', 'done');
    step('process-leader', 'not_relevant');
    step('actors', 'in_progress');
    const found = h.check('skipped-steps');
    expect(found.status).toBe('attention');
    expect(found.items.map((i) => i.route[2])).toEqual(['purpose-and-why']);
    expect(found.items[0]!.label.sv).toBe('Vad vill vi och varför?');
    expect(found.items[0]!.route).toEqual(['process', 'step', 'purpose-and-why']);
  });

  it('why-missing covers the programme, chosen focus areas, goals and live actions', () => {
    h.focusArea('fa1', 'Kompetens');
    h.focusArea('fa-cand', 'Kandidat', { candidate: 1 });
    h.goal('g1', 'fa1', 'Fler praktikplatser');
    h.action('a1', 'Praktikmässa');
    h.action('a2', 'Bortvald', { status: 'dropped', dropped_reason: 'Ingen budget' });
    const found = h.check('why-missing');
    expect(found.items.map((i) => i.route)).toEqual([
      ['process', 'purpose'],
      ['goals', 'areas', 'fa1'],
      ['goals', 'g1'],
      ['actions', 'a1'],
    ]);
    h.run("UPDATE programmes SET why_text = 'För att företagen ska växa här'");
    h.run("UPDATE focus_areas SET why = 'Bristen på folk bromsar'");
    h.run("UPDATE goals SET why = 'Unga ska se jobben'");
    h.run("UPDATE actions SET why = 'Möten skapar praktik'");
    expect(h.check('why-missing').status).toBe('ok');
  });

  it('unclear-text counts long sentences and officialese per section, skipping left-out ones', () => {
    const long = Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' ') + '.';
    h.run(`UPDATE programmes SET why_text = ?`, long);
    const add = (section: string, text: string, leftOut = 0) =>
      h.run(
        `INSERT INTO programme_texts (programme_id, section_id, text, left_out, left_out_reason,
           created_at, updated_at) VALUES ('prog', ?, ?, ?, ?, 'x', 'x')`,
        section,
        text,
        leftOut,
        leftOut ? 'Behövs inte' : '',
      );
    add('background', 'Kort och klart. Vi gör det tillsammans.');
    const found = h.check('unclear-text');
    expect(found.status).toBe('attention');
    expect(found.count).toBe(1);
    expect(found.items).toEqual([
      {
        label: {
          sv: 'Varför ett näringslivsprogram? – 1 markering',
          en: 'Why a business programme? – 1 mark',
        },
        route: ['process', 'programme-text'],
      },
    ]);
    add('why', '', 1);
    expect(h.check('unclear-text').status).toBe('ok');
  });
});
