// Runs in: vitest (Node). The anchoring log: create, list (newest first, paged, filtered), update,
// delete and restore, and who must be named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseStakeholderFromProcess } from '../../../electron/core/process/purge';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertStakeholder, makeApi, trashStakeholder } from './fixtures';

let ctx: TestContext;
let api: ReturnType<typeof makeApi>;
let programmeId: string;

beforeEach(async () => {
  ctx = makeTestContext();
  api = makeApi(ctx);
  programmeId = (
    await api.call('programmes:create', { name: 'P', periodStart: '2027', periodEnd: '2030' })
  ).id;
});
afterEach(() => ctx.cleanup());

describe('anchoring log', () => {
  it('creates, lists newest first, filters, updates, deletes and restores', async () => {
    const ksau = await api.call('anchoring:create', {
      programmeId,
      date: '2026-03-20',
      body: 'KSAU',
      internalExternal: 'internal',
      how: 'möte',
      topic: 'Uppdraget och tidplanen',
      reaction: 'Ställer sig bakom tidplanen.',
      reactionKind: 'positiv',
    });
    expect(ksau).toMatchObject({
      who: '',
      body: 'KSAU',
      stakeholderId: null,
      reactionKind: 'positiv',
    });
    await api.call('anchoring:create', {
      programmeId,
      date: '2026-04-02',
      who: 'Per Holm',
      body: 'Företagarna',
      internalExternal: 'external',
      how: 'e-post',
    });
    const all = await api.call('anchoring:list', { programmeId });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.date)).toEqual(['2026-04-02', '2026-03-20']);
    const internal = await api.call('anchoring:list', {
      programmeId,
      internalExternal: 'internal',
    });
    expect(internal.rows.map((r) => r.id)).toEqual([ksau.id]);
    const page = await api.call('anchoring:list', { programmeId, offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 2, offset: 1 });
    expect(page.rows.map((r) => r.id)).toEqual([ksau.id]);

    const updated = await api.call('anchoring:update', {
      id: ksau.id,
      date: '2026-03-21',
      body: 'KSAU',
      internalExternal: 'internal',
      how: 'presentation',
      reactionKind: 'kritisk',
    });
    expect(updated).toMatchObject({
      date: '2026-03-21',
      how: 'presentation',
      reactionKind: 'kritisk',
      topic: '',
    });

    await api.call('anchoring:delete', { id: ksau.id });
    expect((await api.call('anchoring:list', { programmeId })).total).toBe(1);
    expect((await api.fail('anchoring:get', { id: ksau.id })).code).toBe('NOT_FOUND');
    await api.call('anchoring:restore', { id: ksau.id });
    expect((await api.call('anchoring:list', { programmeId })).total).toBe(2);
  });

  it('requires someone to be named, a valid how and a real date, with Swedish messages', async () => {
    const nobody = await api.fail('anchoring:create', {
      programmeId,
      date: '2026-03-20',
      internalExternal: 'internal',
      how: 'möte',
    });
    expect(nobody.code).toBe('VALIDATION');
    expect(nobody.fields?.who).toMatch(/Ange en person/);
    const bad = await api.fail('anchoring:create', {
      programmeId,
      date: '2026-02-30',
      who: 'X',
      internalExternal: 'internal',
      how: 'brevduva' as 'möte',
    });
    expect(bad.fields?.date).toBe('Datumet finns inte');
    expect(bad.fields?.how).toBe('Välj hur det gick till');
    expect(
      (
        await api.fail('anchoring:create', {
          programmeId: 'nope',
          date: '2026-03-20',
          who: 'X',
          internalExternal: 'external',
          how: 'möte',
        })
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('shows a linked stakeholder by their current name and survives their erasure', async () => {
    const person = insertStakeholder(ctx.db!, 'Lena Ek');
    const entry = await api.call('anchoring:create', {
      programmeId,
      date: '2026-03-20',
      stakeholderId: person,
      who: 'typed',
      internalExternal: 'internal',
      how: 'telefon',
    });
    expect(entry.who).toBe('Lena Ek');
    ctx.db!.prepare("UPDATE stakeholders SET name = 'Lena Ekström' WHERE id = ?").run(person);
    expect((await api.call('anchoring:get', { id: entry.id })).who).toBe('Lena Ekström');

    trashStakeholder(ctx.db!, person);
    // While the person is in the trash, the name saved with the entry is shown.
    expect((await api.call('anchoring:get', { id: entry.id })).who).toBe('Lena Ek');
    const refused = await api.fail('anchoring:update', {
      id: entry.id,
      date: '2026-03-20',
      stakeholderId: person,
      internalExternal: 'internal',
      how: 'telefon',
    });
    expect(refused.fields?.who).toMatch(/papperskorgen/);

    await api.call('programmes:update', { id: programmeId, processLeaderName: 'x' });
    ctx
      .db!.prepare('UPDATE programmes SET process_leader_stakeholder_id = ? WHERE id = ?')
      .run(person, programmeId);
    const db = ctx.db!;
    db.transaction(() => {
      eraseStakeholderFromProcess(db, person, 'Borttagen person', new Date().toISOString());
      db.prepare('DELETE FROM stakeholders WHERE id = ?').run(person);
    })();
    const erased = await api.call('anchoring:get', { id: entry.id });
    expect(erased).toMatchObject({ stakeholderId: null, who: 'Borttagen person' });
    const programme = await api.call('programmes:get', { id: programmeId });
    expect(programme).toMatchObject({
      processLeaderStakeholderId: null,
      processLeaderName: 'Borttagen person',
    });
  });
});
