// Runs in: vitest (Node). Groups through the dispatcher: members from the register with roles,
// the composition check against the actor categories, validation in Swedish, trash and restore,
// and the GDPR erase of a member.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeFromTrash } from '../../../electron/core/trash/purge';
import { restoreFromTrash } from '../../../electron/core/trash/queries';
import { listTrash } from '../../../electron/core/trash/queries';
import { actorCategoryIds } from '../../../shared/domain/actorCategories';
import { compositionOf } from '../../../shared/domain/groups';
import { makeGroupsHarness, type GroupsHarness } from './fixtures';

let h: GroupsHarness;
beforeEach(() => {
  h = makeGroupsHarness();
});
afterEach(() => h.ctx.cleanup());

describe('composition', () => {
  it('lists covered categories with their members and the missing ones in catalogue order', () => {
    const result = compositionOf([
      { name: 'Bo', categories: ['sme', 'business_network'] },
      { name: 'Anna', categories: ['sme'] },
      { name: 'Cecilia', categories: ['politician'] },
    ]);
    expect(result.covered).toEqual([
      { category: 'politician', members: ['Cecilia'] },
      { category: 'sme', members: ['Bo', 'Anna'] },
      { category: 'business_network', members: ['Bo'] },
    ]);
    expect(result.missing).toHaveLength(actorCategoryIds.length - 3);
    expect(result.missing).not.toContain('sme');
    expect(result.missing[0]).toBe('youth');
  });

  it('counts nothing as covered for an empty group', () => {
    expect(compositionOf([])).toEqual({ covered: [], missing: [...actorCategoryIds] });
  });
});

describe('groups', () => {
  it('stores a working group with members, roles and the composition of the register', async () => {
    const group = await h.call('groups:create', {
      programmeId: h.programmeId,
      kind: 'working',
      name: '  Arbetsgruppen ',
      purpose: 'Tar fram programmet',
      members: [
        { stakeholderId: h.people.anna, role: 'convener' },
        { stakeholderId: h.people.bo },
        { stakeholderId: h.people.david, role: 'adjunct' },
      ],
    });
    expect(group).toMatchObject({
      name: 'Arbetsgruppen',
      memberCount: 3,
      members: [
        { name: 'Anna Öberg', role: 'convener', categories: ['municipal_official'] },
        { name: 'Bo Ek', role: 'member' },
        { name: 'David Nilsson', role: 'adjunct', categories: [] },
      ],
    });
    expect(group.composition.covered.map((c) => c.category)).toEqual([
      'sme',
      'business_network',
      'municipal_official',
    ]);
    expect(group.composition.missing).toContain('politician');

    const updated = await h.call('groups:update', {
      id: group.id,
      kind: 'working',
      name: 'Arbetsgruppen',
      members: [{ stakeholderId: h.people.cecilia }],
    });
    expect(updated.members.map((m) => m.name)).toEqual(['Cecilia Lind']);
    expect(updated.composition.missing).not.toContain('politician');
  });

  it('lists the working group first, then reference groups by name', async () => {
    const make = (kind: 'working' | 'reference' | 'steering', name: string) =>
      h.call('groups:create', { programmeId: h.programmeId, kind, name });
    await make('reference', 'Referensgrupp näringsliv');
    await make('steering', 'Styrgruppen');
    await make('reference', 'Referensgrupp landsbygd');
    await make('working', 'Arbetsgruppen');
    const list = await h.call('groups:list', { programmeId: h.programmeId });
    expect(list.map((g) => g.name)).toEqual([
      'Arbetsgruppen',
      'Referensgrupp landsbygd',
      'Referensgrupp näringsliv',
      'Styrgruppen',
    ]);
  });

  it('refuses an empty name, an unknown person and a person listed twice, in Swedish', async () => {
    const error = await h.fail('groups:create', {
      programmeId: h.programmeId,
      kind: 'reference',
      name: '   ',
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.name).toBe('Skriv gruppens namn');
    const people = await h.fail('groups:create', {
      programmeId: h.programmeId,
      kind: 'reference',
      name: 'Referensgrupp',
      members: [
        { stakeholderId: 'ghost' },
        { stakeholderId: h.people.bo },
        { stakeholderId: h.people.bo },
      ],
    });
    expect(people.fields).toEqual({
      'members.0.stakeholderId': 'Personen finns inte i aktörsregistret.',
      'members.2.stakeholderId': 'Personen finns redan i gruppen.',
    });
    const programme = await h.fail('groups:create', {
      programmeId: 'nope',
      kind: 'other',
      name: 'X',
    });
    expect(programme.fields?.programmeId).toMatch(/Programmet finns inte/);
    const count = h.ctx.db!.prepare('SELECT count(*) AS n FROM work_groups').get();
    expect(count).toEqual({ n: 0 });
  });

  it('goes to the trash with its members and comes back', async () => {
    const group = await h.call('groups:create', {
      programmeId: h.programmeId,
      kind: 'reference',
      name: 'Referensgrupp näringsliv',
      members: [{ stakeholderId: h.people.bo }],
    });
    await h.call('groups:delete', { id: group.id });
    expect(await h.call('groups:list', { programmeId: h.programmeId })).toEqual([]);
    expect((await h.fail('groups:get', { id: group.id })).code).toBe('NOT_FOUND');
    const trash = listTrash(h.ctx.db!, 0, 50);
    expect(trash.rows).toMatchObject([{ kind: 'workGroup', title: 'Referensgrupp näringsliv' }]);
    restoreFromTrash(h.ctx.db!, 'workGroup', group.id);
    const back = await h.call('groups:get', { id: group.id });
    expect(back.members.map((m) => m.name)).toEqual(['Bo Ek']);
    await h.call('groups:delete', { id: group.id });
    const again = await h.call('groups:restore', { id: group.id });
    expect(again.memberCount).toBe(1);
  });

  it('drops an erased person from every group (GDPR)', async () => {
    const group = await h.call('groups:create', {
      programmeId: h.programmeId,
      kind: 'working',
      name: 'Arbetsgruppen',
      members: [{ stakeholderId: h.people.anna }, { stakeholderId: h.people.bo }],
    });
    const db = h.ctx.db!;
    db.prepare("UPDATE stakeholders SET deleted_at = '2026-02-01' WHERE id = ?").run(h.people.bo);
    purgeFromTrash(db, 'stakeholder', h.people.bo);
    const after = await h.call('groups:get', { id: group.id });
    expect(after.members.map((m) => m.name)).toEqual(['Anna Öberg']);
    expect(after.composition.missing).toContain('sme');
  });
});
