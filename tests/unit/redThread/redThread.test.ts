// Runs in: vitest (Node). The red thread: the tree from vision to measurement, and every kind of
// break with the place it is fixed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redThreadBreaks } from '../../../electron/core/redThread/breaks';
import type { RedThreadNode } from '../../../shared/domain/redThread';
import { makeFollowUpHarness, type FollowUpHarness } from '../followUp/fixtures';

let h: FollowUpHarness;
beforeEach(() => {
  h = makeFollowUpHarness();
});
afterEach(() => h.ctx.cleanup());

const outline = (n: RedThreadNode, depth = 0): string[] => [
  `${'  '.repeat(depth)}${n.kind}:${n.title || n.id}`,
  ...n.children.flatMap((c) => outline(c, depth + 1)),
];

describe('the red thread', () => {
  it('runs from the vision through focus areas and goals to actions and measurements', async () => {
    const thread = await h.call('redThread:get', { programmeId: 'prog' });
    expect(outline(thread.tree)).toEqual([
      'vision:Exeby – där företag vill växa.',
      '  focusArea:Kompetensförsörjning',
      '    goal:60 praktikplatser per år',
      '      action:Svetsutbildning',
      '      action:Jobbmässa',
      '      measurement:Praktikplatser',
      '    goal:Snabbare bygglov',
      '      measurement:g-permit',
      '    group:actionsWithoutGoal',
      '      action:Frukostmöten',
      '  focusArea:Service och bemötande',
    ]);
    const goal = thread.tree.children[0]!.children[0]!;
    expect(goal.children[2]).toMatchObject({ detail: '25 st (2026-06-30)' });
    expect(goal.goalStatus?.status).toBeDefined();
    expect(goal.link).toEqual({ route: ['goals', 'g-intern'] });
    // Keys are unique even when an action sits under two goals.
    h.run(
      "INSERT INTO action_goals (action_id, goal_id, created_at, updated_at) VALUES ('a-weld', 'g-permit', 'n', 'n')",
    );
    const twice = await h.call('redThread:get', { programmeId: 'prog' });
    const keys: string[] = [];
    const walk = (n: RedThreadNode) => {
      keys.push(n.key);
      n.children.forEach(walk);
    };
    walk(twice.tree);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gathers goals and actions outside the focus areas', async () => {
    h.run(
      `INSERT INTO goals (id, programme_id, text, created_at, updated_at)
       VALUES ('g-loose', 'prog', 'Fler företag', 'n', 'n')`,
    );
    h.run("UPDATE actions SET focus_area_id = NULL WHERE id = 'a-loose'");
    const thread = await h.call('redThread:get', { programmeId: 'prog' });
    expect(outline(thread.tree).slice(-4)).toEqual([
      '  group:outsideFocusAreas',
      '    goal:Fler företag',
      '      measurement:g-loose',
      '    action:Frukostmöten',
    ]);
  });

  it('lists every kind of break with where it is fixed', () => {
    const db = h.ctx.db!;
    h.run("UPDATE programmes SET vision_text = '', why_text = '' WHERE id = 'prog'");
    h.run(
      `INSERT INTO goals (id, programme_id, level_kind, text, created_at, updated_at)
       VALUES ('g-loose', 'prog', 'action_plan', 'Fler företag', 'n', 'n')`,
    );
    const breaks = redThreadBreaks(db, 'prog');
    const found = breaks.map(
      (b) =>
        `${b.kind}:${b.subjectId}:${b.fix.route.join('/')}${b.fix.query ? `?${b.fix.query}` : ''}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'programme_no_vision:prog:process/purpose',
        'missing_why:prog:process/purpose',
        'incomplete_measure:g-permit:goals/g-permit/edit',
        'focus_area_no_responsible:fa-serv:goals/areas/fa-serv',
        'focus_area_no_goal:fa-serv:goals/new?area=fa-serv',
        'missing_why:fa-serv:goals/areas/fa-serv',
        'goal_no_focus_area:g-loose:goals/g-loose/edit',
        'goal_no_parent:g-loose:goals/g-loose/edit',
        'missing_why:g-loose:goals/g-loose/edit',
        'action_no_goal:a-loose:actions/a-loose/edit',
        'missing_why:a-loose:actions/a-loose/edit',
      ]),
    );
    // A complete link is no break; a dropped action is out of the thread.
    expect(found.filter((f) => f.includes('a-weld') || f.includes('a-bus'))).toEqual([]);
    expect(found.filter((f) => f.includes('fa-comp'))).toEqual([]);
    expect(breaks.every((b) => b.message.sv.length > 0 && b.message.en.length > 0)).toBe(true);
  });

  it('counts the breaks on each node', async () => {
    const thread = await h.call('redThread:get', { programmeId: 'prog' });
    const area = thread.tree.children[1]!;
    expect(area).toMatchObject({ title: 'Service och bemötande', breakCount: 3 });
    expect(thread.tree.breakCount).toBe(0);
  });
});
