// Runs in: vitest (Node). Lessons learned: linked to a goal or action (F06), turned into a new
// action or a change of one with the link kept both ways (F07), and listed across follow-ups.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFollowUp } from '../../../electron/core/followUp/service';
import { makeFollowUpHarness, type FollowUpHarness } from './fixtures';

let h: FollowUpHarness;
let recordId: string;
beforeEach(() => {
  h = makeFollowUpHarness();
  recordId = createFollowUp(h.ctx.db!, 'prog', '2025-K2', '2025-07-15').id;
});
afterEach(() => h.ctx.cleanup());

describe('lessons', () => {
  it('creates a new action from a lesson, linked both ways', async () => {
    const lesson = await h.call('followUp:addLesson', {
      followUpId: recordId,
      text: 'Praktik fungerar bäst när företagen får träffa eleverna tidigt.',
      goalId: 'g-intern',
      outcome: 'new_action',
      newActionWhat: 'Speed-dating mellan elever och företag',
    });
    expect(lesson).toMatchObject({
      outcome: 'new_action',
      goalText: '60 praktikplatser per år',
      resultActionWhat: 'Speed-dating mellan elever och företag',
    });
    const action = await h.call('actions:get', { id: lesson.resultActionId! });
    expect(action).toMatchObject({
      focusAreaId: 'fa-comp',
      why: 'Praktik fungerar bäst när företagen får träffa eleverna tidigt.',
      goals: [{ id: 'g-intern' }],
    });
    expect(action.origins[0]).toMatchObject({ kind: 'other' });
    expect(action.origins[0]!.note).toMatch(/^Lärdom från uppföljningen Kvartal 2 2025: Praktik/);
    // …and from the action back to the lesson.
    const back = await h.call('followUp:lessons', { programmeId: 'prog', actionId: action.id });
    expect(back.map((l) => l.id)).toEqual([lesson.id]);
    expect(back[0]).toMatchObject({ periodKey: '2025-K2', focusAreaName: 'Kompetensförsörjning' });
  });

  it('opens an existing action for change and notes the lesson on it', async () => {
    const lesson = await h.call('followUp:addLesson', {
      followUpId: recordId,
      text: 'Kursen behöver kvällstider.',
      actionId: 'a-weld',
      outcome: 'changed_action',
    });
    expect(lesson).toMatchObject({ resultActionId: 'a-weld', actionWhat: 'Svetsutbildning' });
    const action = await h.call('actions:get', { id: 'a-weld' });
    expect(action.origins.map((o) => o.note)).toContain(
      'Ändras efter lärdom från uppföljningen Kvartal 2 2025: Kursen behöver kvällstider.',
    );
    const missing = await h.fail('followUp:addLesson', {
      followUpId: recordId,
      text: 'Något',
      outcome: 'changed_action',
    });
    expect(missing.fields?.actionId).toBe('Välj den aktivitet som lärdomen ändrar.');
  });

  it('checks the text, the new action and the links', async () => {
    const empty = await h.fail('followUp:addLesson', { followUpId: recordId, text: '  ' });
    expect(empty.fields?.text).toBe('Skriv vad ni lärde er');
    const noWhat = await h.fail('followUp:addLesson', {
      followUpId: recordId,
      text: 'Lärdom',
      outcome: 'new_action',
    });
    expect(noWhat.fields?.newActionWhat).toBe('Skriv vad den nya aktiviteten ska göra.');
    const ghost = await h.fail('followUp:addLesson', {
      followUpId: recordId,
      text: 'Lärdom',
      goalId: 'nope',
    });
    expect(ghost.fields?.goalId).toBe('Målet finns inte i det här programmet.');
    expect(h.ctx.db!.prepare('SELECT count(*) AS n FROM actions').get()).toEqual({ n: 4 });
  });

  it('lists lessons across follow-ups, filtered by goal, action or focus area; edits and removes', async () => {
    const other = createFollowUp(h.ctx.db!, 'prog', '2025-K3', '2025-10-15').id;
    const a = await h.call('followUp:addLesson', {
      followUpId: recordId,
      text: 'Mässan lockade många.',
      actionId: 'a-fair',
    });
    await h.call('followUp:addLesson', {
      followUpId: other,
      text: 'Mät oftare.',
      goalId: 'g-permit',
    });
    await h.call('followUp:addLesson', { followUpId: other, text: 'Allmän lärdom.' });
    const all = await h.call('followUp:lessons', { programmeId: 'prog' });
    expect(all.map((l) => l.periodKey)).toEqual(['2025-K3', '2025-K3', '2025-K2']);
    expect(
      (await h.call('followUp:lessons', { programmeId: 'prog', goalId: 'g-permit' })).map(
        (l) => l.text,
      ),
    ).toEqual(['Mät oftare.']);
    expect(
      (await h.call('followUp:lessons', { programmeId: 'prog', focusAreaId: 'fa-comp' })).length,
    ).toBe(2);
    const edited = await h.call('followUp:updateLesson', {
      id: a.id,
      text: 'Mässan lockade 300 besökare.',
      goalId: 'g-intern',
      actionId: 'a-fair',
    });
    expect(edited).toMatchObject({ text: 'Mässan lockade 300 besökare.', goalId: 'g-intern' });
    await h.call('followUp:deleteLesson', { id: a.id });
    expect(await h.call('followUp:lessons', { programmeId: 'prog' })).toHaveLength(2);
    expect((await h.call('followUp:get', { id: recordId })).lessons).toEqual([]);
  });
});
