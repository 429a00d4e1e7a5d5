// Runs in: vitest (Node). The stepped import through the dispatcher: progress, commit, cancel, lock.
import type { Database } from 'better-sqlite3';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companiesHandlers } from '../../../electron/core/companies/handlers';
import { createDispatcher, type Dispatch } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import { importHandlers } from '../../../electron/core/import/handlers';
import { importChunkSize } from '../../../electron/core/import/sessions';
import type { ImportBatch, ImportProgress, ImportReport } from '../../../shared/domain/imports';
import type { Result } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { validOrgNumber } from '../companies/fixtures';
import { fixtureBase64 } from './files';

let ctx: TestContext;
let db: Database;
let call: Dispatch;

beforeEach(() => {
  ctx = makeTestContext();
  db = ctx.db!;
  call = createDispatcher(ctx, { ...companiesHandlers, ...importHandlers } as unknown as Handlers);
});
afterEach(() => ctx.cleanup());

const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};
const count = (table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const rowCount = 12_000;
/** A Swedish-Excel style list: Windows-1252, ';', one bad line near the end. */
function bigList(): string {
  const lines = ['Företagsnamn;Org.nr;Ort'];
  for (let i = 0; i < rowCount; i++) {
    const org = validOrgNumber(`556${String(i).padStart(6, '0')}`);
    lines.push(
      i === rowCount - 10 ? `Trasig ${i};556000-0000;Ösby` : `Åkerbergs ${i} AB;${org};Ösby`,
    );
  }
  return iconv.encode(lines.join('\r\n'), 'win1252').toString('base64');
}
const start = (contentBase64: string, duplicates: 'skip' | 'update' = 'skip') =>
  call('companies:importStart', {
    fileName: 'foretag.csv',
    contentBase64,
    mapping: { Företagsnamn: 'name', 'Org.nr': 'orgNumber', Ort: 'locality' },
    duplicates,
  });

describe('stepped import', () => {
  it('checks without writing, then imports chunk by chunk in one transaction and commits at the end', async () => {
    const contentBase64 = bigList();
    const report = value<ImportReport>(
      await call('companies:importCheck', {
        fileName: 'foretag.csv',
        contentBase64,
        mapping: { Företagsnamn: 'name', 'Org.nr': 'orgNumber', Ort: 'locality' },
        duplicates: 'skip',
      }),
    );
    expect(report).toMatchObject({ rowCount, valid: rowCount - 1, toInsert: rowCount - 1 });
    expect(report.errors).toEqual([
      expect.objectContaining({ row: rowCount - 10 + 2, field: 'orgNumber' }),
    ]);
    expect(count('companies')).toBe(0);

    let progress = value<ImportProgress>(await start(contentBase64));
    expect(progress).toMatchObject({ done: 0, total: rowCount - 1, finished: false, batch: null });
    expect(ctx.writeLock).toBe(progress.sessionId);
    expect(db.inTransaction).toBe(true);

    const seen: number[] = [];
    while (!progress.finished) {
      progress = value<ImportProgress>(
        await call('companies:importStep', { sessionId: progress.sessionId }),
      );
      seen.push(progress.done);
      if (!progress.finished) expect(ctx.writeLock).toBe(progress.sessionId);
    }
    expect(seen).toEqual([importChunkSize, 2 * importChunkSize, rowCount - 1]);
    expect(progress.batch).toMatchObject({ inserted: rowCount - 1, updated: 0, skipped: 0 });
    expect(ctx.writeLock).toBeNull();
    expect(db.inTransaction).toBe(false);
    expect(count('companies')).toBe(rowCount - 1);
    expect(count('import_changes')).toBe(rowCount - 1);

    const batches = value<ImportBatch[]>(await call('companies:importList', {}));
    expect(batches).toEqual([progress.batch]);
  });

  it('holds other writes back while the import runs, and lets them through afterwards', async () => {
    const progress = value<ImportProgress>(await start(fixtureBase64('utf8-semicolon.csv')));
    const blocked = await call('companies:create', { name: 'Under importen AB' });
    expect(blocked.ok ? null : blocked.error.code).toBe('CONFLICT');
    const second = await start(fixtureBase64('duplicates.csv'));
    expect(second.ok ? null : second.error.code).toBe('CONFLICT');
    const undo = await call('companies:importUndo', { batchId: 'any' });
    expect(undo.ok ? null : undo.error.code).toBe('CONFLICT');

    const done = value<ImportProgress>(
      await call('companies:importStep', { sessionId: progress.sessionId }),
    );
    expect(done).toMatchObject({ finished: true, done: 5, total: 5 });
    expect(value(await call('companies:create', { name: 'Efter importen AB' }))).toBeTruthy();
  });

  it('cancel rolls everything back, batch row included, and releases the lock', async () => {
    let progress = value<ImportProgress>(await start(bigList()));
    progress = value<ImportProgress>(
      await call('companies:importStep', { sessionId: progress.sessionId }),
    );
    expect(progress.done).toBe(importChunkSize);
    expect(count('companies')).toBe(importChunkSize); // visible inside the open transaction
    expect(value(await call('companies:importCancel', { sessionId: progress.sessionId }))).toEqual({
      cancelled: true,
    });
    expect(ctx.writeLock).toBeNull();
    expect(db.inTransaction).toBe(false);
    expect([count('companies'), count('import_batches'), count('import_changes')]).toEqual([
      0, 0, 0,
    ]);
    expect(count('search_map')).toBe(0);
    const again = await call('companies:importStep', { sessionId: progress.sessionId });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
    expect(value(await call('companies:importCancel', { sessionId: progress.sessionId }))).toEqual({
      cancelled: false,
    });
  });

  it('a failure during a step rolls back, releases the lock and answers IMPORT', async () => {
    let progress = value<ImportProgress>(await start(bigList()));
    progress = value<ImportProgress>(
      await call('companies:importStep', { sessionId: progress.sessionId }),
    );
    // Something takes an org. number of the next chunk behind the import's back.
    db.prepare(
      `INSERT INTO companies (id, name, org_number, created_at, updated_at)
       VALUES ('x', 'Smyg AB', ?, 'x', 'x')`,
    ).run(validOrgNumber(`556${String(importChunkSize + 1).padStart(6, '0')}`));
    const failed = await call('companies:importStep', { sessionId: progress.sessionId });
    expect(failed.ok ? null : failed.error.code).toBe('IMPORT');
    expect(failed.ok ? '' : failed.error.message).toContain('inget sparades');
    expect(ctx.writeLock).toBeNull();
    expect(db.inTransaction).toBe(false);
    expect(count('companies')).toBe(0);
  });

  it('refuses to start when no row can be imported, without holding the lock', async () => {
    const onlyBad = Buffer.from('Företagsnamn;Org.nr;Ort\n;556016-0680;Ösby\n').toString('base64');
    const result = await start(onlyBad);
    expect(result.ok ? null : result.error.code).toBe('IMPORT');
    expect(ctx.writeLock).toBeNull();
    expect(db.inTransaction).toBe(false);
    expect(count('import_batches')).toBe(0);
  });

  it('previews a file and undoes a finished import through the dispatcher', async () => {
    const preview = value<{ encoding: string; rowCount: number }>(
      await call('companies:importPreview', {
        fileName: 'foretag.csv',
        contentBase64: fixtureBase64('windows-1252-semicolon.csv'),
      }),
    );
    expect(preview).toMatchObject({ encoding: 'windows-1252', rowCount: 5 });
    let progress = value<ImportProgress>(await start(fixtureBase64('duplicates.csv')));
    progress = value<ImportProgress>(
      await call('companies:importStep', { sessionId: progress.sessionId }),
    );
    const batchId = progress.batch!.id;
    const undone = value<ImportBatch>(await call('companies:importUndo', { batchId }));
    expect(undone.undoneAt).not.toBeNull();
    expect(count('companies')).toBe(0);
    const twice = await call('companies:importUndo', { batchId });
    expect(twice.ok ? null : twice.error.code).toBe('CONFLICT');
  });
});
