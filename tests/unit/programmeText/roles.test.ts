// Runs in: vitest (Node). The roles table (P06, I04, I19, I31): rows from the action plan's
// responsible people and organisations, municipality first, typed names merged, dropped and
// unassigned actions left out, the municipality/other split, group members, the stored
// confirmations and their GDPR erase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseStakeholderFromProgrammeText } from '../../../electron/core/programmeText/purge';
import { makeProgrammeTextHarness, type ProgrammeTextHarness } from './fixtures';

let h: ProgrammeTextHarness;
beforeEach(() => {
  h = makeProgrammeTextHarness();
});
afterEach(() => h.ctx.cleanup());

describe('roles table', () => {
  it('builds one row per responsible, municipality first, with what they do', async () => {
    const table = await h.call('programmeText:roles', { programmeId: h.programmeId });
    expect(table.rows.map((r) => [r.name, r.orgKind, r.actions.length])).toEqual([
      ['Anna Öberg', 'municipality', 2],
      ['Företagarna Exeby', 'other', 2],
      ['Bo Ek', 'other', 1],
    ]);
    const anna = table.rows[0]!;
    expect(anna).toMatchObject({ key: 'stakeholder:st-anna', organisation: 'Exempelkommun' });
    expect(anna.actions.map((a) => a.what).sort()).toEqual([
      'E-tjänst för bygglov',
      'Företagslots',
    ]);
    // Typed names are matched without regard to case and extra spaces.
    expect(table.rows[1]!.key).toBe('name:företagarna exeby');
    // The dropped action is not a role; the one without anybody is counted separately.
    expect(table.rows[2]!.actions.map((a) => a.what)).toEqual(['Svetsutbildning']);
    expect(table.split).toEqual({ municipality: 3, other: 3 });
    expect(table.withoutResponsible).toBe(1);
  });

  it('marks a row both when a person carries actions of either kind', async () => {
    h.ctx
      .db!.prepare("UPDATE actions SET responsible_org_kind = 'municipality' WHERE id = 'a2'")
      .run();
    h.ctx.db!.prepare("UPDATE actions SET responsible_org_kind = 'other' WHERE id = 'a1'").run();
    const table = await h.call('programmeText:roles', { programmeId: h.programmeId });
    expect(table.rows.find((r) => r.name === 'Anna Öberg')!.orgKind).toBe('both');
  });

  it('stores a confirmation with its date, and takes it away', async () => {
    const key = 'name:företagarna exeby';
    let table = await h.call('programmeText:confirmRole', {
      programmeId: h.programmeId,
      key,
      confirmed: true,
      date: '2026-02-01',
      note: 'På styrelsemötet.',
    });
    const row = table.rows.find((r) => r.key === key)!;
    expect(row).toMatchObject({ confirmedDate: '2026-02-01', confirmedNote: 'På styrelsemötet.' });
    table = await h.call('programmeText:confirmRole', {
      programmeId: h.programmeId,
      key,
      confirmed: false,
      date: '2026-02-02',
    });
    expect(table.rows.find((r) => r.key === key)!.confirmedDate).toBeNull();
  });

  it('refuses a bad date in Swedish and an unknown programme', async () => {
    const err = await h.fail('programmeText:confirmRole', {
      programmeId: h.programmeId,
      key: 'name:x',
      confirmed: true,
      date: '2026-02-30',
    });
    expect(err.code).toBe('VALIDATION');
    expect(JSON.stringify(err)).toMatch(/Datumet finns inte/);
    expect((await h.fail('programmeText:roles', { programmeId: 'nope' })).code).toBe('NOT_FOUND');
  });

  it('adds the groups people sit in, and people only in a group', async () => {
    const db = h.ctx.db!;
    const now = '2026-01-10T09:00:00.000Z';
    db.prepare(
      `INSERT INTO stakeholders (id, kind, name, organisation, created_at, updated_at)
       VALUES ('st-cecilia', 'person', 'Cecilia Ström', 'Exeby Trä AB', ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO work_groups (id, programme_id, kind, name, created_at, updated_at)
       VALUES ('wg', 'prog', 'working', 'Arbetsgruppen', ?, ?)`,
    ).run(now, now);
    const member = db.prepare(
      `INSERT INTO work_group_members (id, group_id, stakeholder_id, role, position, created_at, updated_at)
       VALUES (?, 'wg', ?, ?, ?, ?, ?)`,
    );
    member.run('m1', 'st-anna', 'convener', 1, now, now);
    member.run('m2', 'st-cecilia', 'member', 2, now, now);
    const table = await h.call('programmeText:roles', { programmeId: h.programmeId });
    expect(table.groupsRead).toBe(true);
    const anna = table.rows.find((r) => r.key === 'stakeholder:st-anna')!;
    expect(anna.groups).toEqual([{ name: 'Arbetsgruppen', role: 'Sammankallande' }]);
    expect(anna.actions).toHaveLength(2);
    const cecilia = table.rows.find((r) => r.key === 'stakeholder:st-cecilia')!;
    expect(cecilia).toMatchObject({
      name: 'Cecilia Ström',
      organisation: 'Exeby Trä AB',
      orgKind: 'other',
    });
    expect(cecilia.groups).toEqual([{ name: 'Arbetsgruppen', role: 'Ledamot' }]);
    expect(cecilia.actions).toEqual([]);
  });
});

describe('GDPR erase', () => {
  it('removes the confirmations kept under the person’s id and name', async () => {
    const db = h.ctx.db!;
    for (const key of ['stakeholder:st-anna', 'name:anna öberg', 'name:företagarna exeby']) {
      await h.call('programmeText:confirmRole', {
        programmeId: h.programmeId,
        key,
        confirmed: true,
        date: '2026-02-01',
      });
    }
    eraseStakeholderFromProgrammeText(db, 'st-anna');
    const keys = db
      .prepare('SELECT role_key AS k FROM programme_role_confirmations ORDER BY role_key')
      .pluck()
      .all();
    expect(keys).toEqual(['name:företagarna exeby']);
  });
});
