// Runs in: vitest (Node). A backup that fails its check is deleted and reported, never kept.
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../../electron/core/backups/backups';
import { makeTestContext, type TestContext } from '../helpers/testContext';

// The copy is checked on a worker thread; make that check fail.
vi.mock('../../../electron/core/db/checkInWorker', () => ({
  checkFileInWorker: async () => false,
}));

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

describe('createBackup when the copy fails integrity_check', () => {
  it('deletes the copy and throws STORAGE with a Swedish message', async () => {
    const attempt = createBackup(ctx.db!, ctx.backupDir, 'daily', new Date(2025, 0, 1));
    await expect(attempt).rejects.toMatchObject({ code: 'STORAGE' });
    await expect(attempt).rejects.toThrow(/Säkerhetskopian kunde inte skapas/);
    expect(existsSync(ctx.backupDir) ? readdirSync(ctx.backupDir) : []).toEqual([]);
  });
});
