// Runs in: vitest (Node). The trash: list, restore and permanent erasure (GDPR).
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from 'better-sqlite3';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertCompany, makeCaller, trashCompany } from '../visits/fixtures';

let ctx: TestContext;
let api: ReturnType<typeof makeCaller>;
let companyId: string;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-02-01T08:00:00Z'));
  ctx = makeTestContext();
  api = makeCaller(ctx);
  companyId = insertCompany(ctx.db!, { name: 'Ljungby Trä AB', locality: 'Strömsnäs' });
});
afterEach(() => {
  ctx.cleanup();
  vi.useRealTimers();
});

const at = (time: string) => vi.setSystemTime(new Date(`2025-02-01T${time}Z`));

/** Every text value in every table, shadow tables of the search index included. */
function allText(db: Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'search_fts'")
    .all() as { name: string }[];
  const parts: string[] = [];
  for (const { name } of tables) {
    for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
      for (const value of Object.values(row)) {
        if (typeof value === 'string') parts.push(value);
        if (Buffer.isBuffer(value)) parts.push(value.toString('latin1'), value.toString('utf8'));
      }
    }
  }
  return parts.join('\n');
}

describe('trash:list and trash:restore', () => {
  it('lists trashed companies, stakeholders and visits, newest first, with titles', async () => {
    const person = await api.call('stakeholders:create', { name: 'Åsa Öberg' });
    const visit = await api.call('visits:create', { companyId, visitDate: '2024-03-05' });
    const other = insertCompany(ctx.db!, { name: 'Dala Mekaniska' });
    at('09:00:00');
    await api.call('visits:delete', { id: visit.id });
    at('10:00:00');
    await api.call('stakeholders:delete', { id: person.id });
    at('11:00:00');
    trashCompany(ctx.db!, other, new Date().toISOString());

    const page = await api.call('trash:list', {});
    expect(page).toEqual({
      total: 3,
      offset: 0,
      rows: [
        {
          kind: 'company',
          id: other,
          title: 'Dala Mekaniska',
          deletedAt: '2025-02-01T11:00:00.000Z',
        },
        {
          kind: 'stakeholder',
          id: person.id,
          title: 'Åsa Öberg',
          deletedAt: '2025-02-01T10:00:00.000Z',
        },
        {
          kind: 'visit',
          id: visit.id,
          title: 'Ljungby Trä AB, 2024-03-05',
          deletedAt: '2025-02-01T09:00:00.000Z',
        },
      ],
    });
    const second = await api.call('trash:list', { offset: 1, limit: 1 });
    expect(second.rows.map((r) => r.id)).toEqual([person.id]);
    expect(second.total).toBe(3);
  });

  it('restores a stakeholder back into lists and search, with an audit line', async () => {
    const person = await api.call('stakeholders:create', { name: 'Åsa Öberg' });
    await api.call('stakeholders:delete', { id: person.id });
    expect(await api.call('trash:restore', { kind: 'stakeholder', id: person.id })).toEqual({
      kind: 'stakeholder',
      id: person.id,
    });
    expect((await api.call('stakeholders:list', {})).total).toBe(1);
    expect((await api.call('search:global', { query: 'öberg' })).map((h) => h.id)).toEqual([
      person.id,
    ]);
    expect((await api.call('trash:list', {})).total).toBe(0);
    expect(ctx.db!.prepare('SELECT action, entity, entity_id AS id FROM audit_log').all()).toEqual([
      { action: 'restore', entity: 'stakeholder', id: person.id },
    ]);
    const again = await api.fail('trash:restore', { kind: 'stakeholder', id: person.id });
    expect(again.code).toBe('NOT_FOUND');
  });

  it('will not restore a visit while its company is in the trash', async () => {
    const visit = await api.call('visits:create', { companyId, visitDate: '2024-03-05' });
    await api.call('visits:delete', { id: visit.id });
    at('09:00:00');
    trashCompany(ctx.db!, companyId, new Date().toISOString());
    const error = await api.fail('trash:restore', { kind: 'visit', id: visit.id });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/Återställ företaget först/);
    await api.call('trash:restore', { kind: 'company', id: companyId });
    await api.call('trash:restore', { kind: 'visit', id: visit.id });
    expect((await api.call('visits:list', {})).total).toBe(1);
    expect(
      (await api.call('search:global', { query: 'ljungby' })).map((h) => h.kind).sort(),
    ).toEqual(['company', 'visit']);
  });

  it('brings back the visits trashed together with their company', async () => {
    const together = await api.call('visits:create', { companyId, visitDate: '2024-03-05' });
    const before = await api.call('visits:create', { companyId, visitDate: '2024-01-05' });
    at('09:00:00');
    await api.call('visits:delete', { id: before.id });
    at('10:00:00');
    const when = new Date().toISOString();
    ctx.db!.prepare('UPDATE visits SET deleted_at = ? WHERE id = ?').run(when, together.id);
    trashCompany(ctx.db!, companyId, when);
    await api.call('trash:restore', { kind: 'company', id: companyId });
    expect((await api.call('visits:list', {})).rows.map((r) => r.id)).toEqual([together.id]);
    expect((await api.call('trash:list', {})).rows.map((r) => r.id)).toEqual([before.id]);
  });
});

describe('trash:purge', () => {
  it('erases a person from every table and leaves only an audit line without the data', async () => {
    const db = ctx.db!;
    // As the connection should always run (asked of db/connection.ts): without it, pages that
    // rows left before the erase (e.g. the soft delete leaving a partial index) keep old bytes.
    db.pragma('secure_delete = ON');
    const input = {
      name: 'Gunilla Ränneslöv',
      email: 'gunilla.ranneslov@example.se',
      phone: '070-1234567',
      notes: 'Hemligt: vill sälja firman',
      categories: ['sme' as const, 'politician' as const],
      companyId,
    };
    const person = await api.call('stakeholders:create', input);
    db.prepare(
      'INSERT INTO company_contacts (company_id, stakeholder_id, created_at) VALUES (?, ?, ?)',
    ).run(companyId, person.id, new Date().toISOString());
    const visit = await api.call('visits:create', {
      companyId,
      visitDate: '2024-03-05',
      notes: 'Bra möte',
      participants: [{ stakeholderId: person.id, name: 'Gunilla Ränneslöv' }, { name: 'Olle VD' }],
    });
    // Edits leave old versions of the row in the search index's segments.
    await api.call('stakeholders:update', { ...input, id: person.id, notes: 'Ny anteckning' });
    await api.call('stakeholders:delete', { id: person.id });

    const unknown = await api.fail('trash:purge', { kind: 'stakeholder', id: 'nope' });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(await api.call('trash:purge', { kind: 'stakeholder', id: person.id })).toEqual({
      kind: 'stakeholder',
      id: person.id,
    });

    const text = allText(db);
    // The search index keeps words folded to lower case, in binary blobs.
    for (const secret of [
      'Ränneslöv',
      'ränneslöv',
      'gunilla',
      'ranneslov',
      '070-1234567',
      'hemligt',
    ]) {
      expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    }
    const file = readFileSync(ctx.databasePath).toString('utf8');
    const wal = readFileSync(`${ctx.databasePath}-wal`, { flag: 'a+' }).toString('utf8');
    for (const secret of ['ränneslöv', 'ranneslov', 'hemligt']) {
      expect((file + wal).toLowerCase(), secret).not.toContain(secret);
    }

    expect(db.prepare('SELECT count(*) AS n FROM stakeholder_categories').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM company_contacts').get()).toEqual({ n: 0 });
    expect((await api.call('visits:get', { id: visit.id })).participants).toEqual([
      { stakeholderId: null, name: 'Borttagen person' },
      { stakeholderId: null, name: 'Olle VD' },
    ]);
    expect(await api.call('search:global', { query: 'gunilla' })).toEqual([]);
    expect((await api.call('search:global', { query: 'borttagen' })).map((h) => h.id)).toEqual([
      visit.id,
    ]);
    expect(
      db.prepare('SELECT action, entity, entity_id AS id, detail FROM audit_log').all(),
    ).toEqual([{ action: 'erase', entity: 'stakeholder', id: person.id, detail: '' }]);
    expect((await api.call('trash:list', {})).total).toBe(0);
  });

  it('refuses to erase a company that still has visits, until they are erased', async () => {
    const visit = await api.call('visits:create', {
      companyId,
      visitDate: '2024-03-05',
      topics: ['export'],
      obstacles: ['Brist på svetsare'],
      participants: [{ name: 'Olle VD' }],
    });
    const linked = await api.call('stakeholders:create', { name: 'Per', companyId });
    trashCompany(ctx.db!, companyId);
    const error = await api.fail('trash:purge', { kind: 'company', id: companyId });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/1 besök/);

    const live = await api.fail('trash:purge', { kind: 'visit', id: visit.id });
    expect(live.code).toBe('NOT_FOUND');
    await api.call('visits:delete', { id: visit.id });
    await api.call('trash:purge', { kind: 'visit', id: visit.id });
    for (const table of ['visits', 'visit_topics', 'visit_obstacles', 'visit_participants']) {
      expect(ctx.db!.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    await api.call('trash:purge', { kind: 'company', id: companyId });
    expect(ctx.db!.prepare('SELECT count(*) AS n FROM companies').get()).toEqual({ n: 0 });
    expect((await api.call('stakeholders:get', { id: linked.id })).companyId).toBeNull();
    expect(await api.call('search:global', { query: 'ljungby' })).toEqual([]);
    expect(
      ctx.db!.prepare('SELECT action, entity FROM audit_log ORDER BY entity DESC').all(),
    ).toEqual([
      { action: 'erase', entity: 'visit' },
      { action: 'erase', entity: 'company' },
    ]);
  });
});
