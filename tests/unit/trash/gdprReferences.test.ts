// Runs in: vitest (Node). A permanent erase reaches every table that refers to the person,
// including those added by later features (found from the schema's foreign keys).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../../electron/core/api';
import { createDispatcher, type Dispatch } from '../../../electron/core/dispatcher';
import { referencesTo } from '../../../electron/core/trash/stakeholderReferences';
import { anchoringHowIds } from '../../../shared/domain/process';
import { makeTestContext, type TestContext } from '../helpers/testContext';

let ctx: TestContext;
let call: Dispatch;
beforeEach(() => {
  ctx = makeTestContext();
  call = createDispatcher(ctx, handlers);
});
afterEach(() => ctx.cleanup());

const ok = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  expect(r).toMatchObject({ ok: true });
  return r.value as T;
};

/** Every text value in every user table, to prove the person is gone everywhere. */
function allText(): string {
  const tables = ctx
    .db!.prepare(
      "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts_%'",
    )
    .pluck()
    .all() as string[];
  return tables
    .map((t) => JSON.stringify(ctx.db!.prepare(`SELECT * FROM "${t}"`).all()))
    .join('\n');
}

describe('GDPR erase of a stakeholder', () => {
  it('finds the references of every feature from the schema', () => {
    const tables = referencesTo(ctx.db!, 'stakeholders').map((r) => r.table);
    expect(tables).toEqual(
      expect.arrayContaining([
        'stakeholder_categories',
        'visit_participants',
        'anchoring_log',
        'programmes',
      ]),
    );
  });

  it('erases a process leader who is also in the anchoring log, leaving no trace of the name', async () => {
    const person = ok<{ id: string }>(
      await call('stakeholders:create', {
        name: 'Gunnel Qvarnström',
        email: 'gunnel.q@exempel.se',
        categories: ['politician'],
      }),
    );
    const programme = ok<{ id: string }>(
      await call('programmes:create', {
        name: 'Näringslivsprogram 2027–2030',
        periodStart: '2027',
        periodEnd: '2030',
        processLeaderStakeholderId: person.id,
        processLeaderName: 'Gunnel Qvarnström',
      }),
    );
    ok(
      await call('anchoring:create', {
        programmeId: programme.id,
        date: '2026-10-01',
        stakeholderId: person.id,
        who: 'Gunnel Qvarnström',
        internalExternal: 'internal',
        how: anchoringHowIds[0],
      }),
    );
    ok(await call('stakeholders:delete', { id: person.id }));
    ok(await call('trash:purge', { kind: 'stakeholder', id: person.id }));
    const text = allText();
    expect(text).not.toContain('Qvarnström');
    expect(text).not.toContain('gunnel.q@');
    const audit = ctx
      .db!.prepare("SELECT action, entity, entity_id, detail FROM audit_log WHERE action = 'erase'")
      .all();
    expect(audit).toEqual([
      { action: 'erase', entity: 'stakeholder', entity_id: person.id, detail: '' },
    ]);
  });
});
