// Runs in: vitest (Node). Checks on who takes part: empty categories, key actors, localities,
// the anchoring list, the working group and the cooperation staircase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorCategories } from '../../../shared/domain/actorCategories';
import { makeHealthHarness, type HealthHarness } from './fixtures';

let h: HealthHarness;
beforeEach(() => {
  h = makeHealthHarness();
});
afterEach(() => h.ctx.cleanup());

const locality = (name: string) =>
  h.run(
    "INSERT INTO localities (id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')",
    `loc-${name}`,
    name,
  );

describe('actor checks', () => {
  it('empty-actor-categories lists every category without a live actor', () => {
    expect(h.check('empty-actor-categories').count).toBe(actorCategories.length);
    h.stakeholder('s1', 'Anna Ordförande', ['politician', 'sme']);
    h.stakeholder('s2', 'Borttagen', ['youth']);
    h.run("UPDATE stakeholders SET deleted_at = 'x' WHERE id = 's2'");
    const found = h.check('empty-actor-categories');
    expect(found.count).toBe(actorCategories.length - 2);
    expect(found.items.map((i) => i.label.sv)).toContain('Ungdomar');
    expect(found.items.map((i) => i.label.sv)).not.toContain('Ledande politiker');
    for (const c of actorCategories) h.stakeholder(`all-${c.id}`, c.sv, [c.id]);
    expect(h.check('empty-actor-categories').status).toBe('ok');
  });

  it('no-key-actors is ok once one actor is a key actor or a champion', () => {
    h.stakeholder('s1', 'Anna', ['politician']);
    expect(h.check('no-key-actors').status).toBe('attention');
    h.stakeholder('s2', 'Bo Eldsjäl', ['sme'], { champion: true });
    expect(h.check('no-key-actors').status).toBe('ok');
  });

  it('unreached-localities counts visits and actors based there, ignoring case', () => {
    expect(h.check('unreached-localities').status).toBe('not-applicable');
    locality('Strömsnäs');
    locality('Ängsbo');
    locality('Björkvik');
    h.stakeholder('s1', 'Byalaget', ['civil_society'], { locality: 'ängsbo' });
    const found = h.check('unreached-localities');
    expect(found.items.map((i) => i.label.sv)).toEqual(['Björkvik', 'Strömsnäs']);
    expect(found.items[0]!.route).toEqual(['visits', 'new']);
  });

  it('anchoring-gaps lists key actors and listed categories with no anchoring entry', () => {
    h.stakeholder('pol', 'Anna Politiker', ['politician']);
    h.stakeholder('key', 'Bo Nyckel', ['sme'], { keyActor: true });
    h.stakeholder('sme', 'Cilla Företagare', ['sme']);
    expect(h.check('anchoring-gaps').items.map((i) => i.label.sv)).toEqual([
      'Anna Politiker',
      'Bo Nyckel',
    ]);
    h.run(
      `INSERT INTO anchoring_log (id, programme_id, date, stakeholder_id, internal_external, how,
         created_at, updated_at) VALUES ('l1', 'prog', '2026-02-01', 'pol', 'internal', 'möte', 'x', 'x')`,
    );
    expect(h.check('anchoring-gaps').items.map((i) => i.label.sv)).toEqual(['Bo Nyckel']);
    h.run(
      `INSERT INTO anchoring_log (id, programme_id, date, stakeholder_id, internal_external, how,
         created_at, updated_at) VALUES ('l2', 'prog', '2026-02-01', 'key', 'external', 'telefon', 'x', 'x')`,
    );
    expect(h.check('anchoring-gaps').status).toBe('ok');
  });

  it('working-group-gaps wants a working group and names the categories its members miss', () => {
    const none = h.check('working-group-gaps');
    expect(none.status).toBe('attention');
    expect(none.items[0]!.label.sv).toMatch(/Ingen arbetsgrupp/);
    h.stakeholder('s1', 'Anna', ['politician', 'sme']);
    h.run(
      `INSERT INTO work_groups (id, programme_id, kind, name, created_at, updated_at)
       VALUES ('wg', 'prog', 'working', 'Arbetsgruppen', 'x', 'x')`,
    );
    h.run(
      `INSERT INTO work_group_members (id, group_id, stakeholder_id, position, created_at, updated_at)
       VALUES ('m1', 'wg', 's1', 1, 'x', 'x')`,
    );
    const found = h.check('working-group-gaps');
    expect(found.count).toBe(actorCategories.length - 2);
    expect(found.items.map((i) => i.label.sv)).not.toContain('Ledande politiker');
    for (const c of actorCategories) {
      h.stakeholder(`m-${c.id}`, c.sv, [c.id]);
      h.run(
        `INSERT INTO work_group_members (id, group_id, stakeholder_id, position, created_at, updated_at)
         VALUES (?, 'wg', ?, 2, 'x', 'x')`,
        `wm-${c.id}`,
        `m-${c.id}`,
      );
    }
    expect(h.check('working-group-gaps').status).toBe('ok');
  });

  it('staircase-unset lists key actors with no level judged', () => {
    h.stakeholder('k1', 'Anna Nyckel', [], { keyActor: true });
    h.stakeholder('k2', 'Bo Nyckel', [], { keyActor: true });
    h.stakeholder('o', 'Cilla Övrig');
    expect(h.check('staircase-unset').items.map((i) => i.route)).toEqual([
      ['stakeholders', 'k1'],
      ['stakeholders', 'k2'],
    ]);
    const level = h.ctx.db!.prepare('SELECT id FROM staircase_levels LIMIT 1').pluck().get();
    h.run(
      `INSERT INTO staircase_assessments (id, stakeholder_id, level_id, date, created_at, updated_at)
       VALUES ('a1', 'k1', ?, '2026-03-01', 'x', 'x')`,
      level,
    );
    expect(h.check('staircase-unset').items.map((i) => i.label.sv)).toEqual(['Bo Nyckel']);
  });
});
