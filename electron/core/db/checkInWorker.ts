// Runs in: main process / Node. Whole-file checks (quick_check, integrity_check) on a worker thread:
// on a large database they take seconds, and the app must stay responsive meanwhile. The worker
// opens its own read-only connection, which WAL allows next to the app's.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const sqlitePath = require.resolve('better-sqlite3');

// Plain CommonJS evaluated in the worker: no build step or loader needed in any shell.
const workerCode = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlitePath);
let ok = false;
let db = null;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const rows = db.pragma(workerData.check);
  ok = rows.length === 1 && Object.values(rows[0])[0] === 'ok';
} catch (err) {
  ok = false;
} finally {
  if (db) db.close();
}
parentPort.postMessage(ok);
`;

export type FileCheck = 'quick_check' | 'integrity_check';

/** True when the file opens read-only and the check answers a single "ok". Never writes. */
export function checkFileInWorker(path: string, check: FileCheck): Promise<boolean> {
  return new Promise((resolve) => {
    const worker = new Worker(workerCode, { eval: true, workerData: { path, check, sqlitePath } });
    worker.once('message', (ok: boolean) => resolve(ok));
    worker.once('error', () => resolve(false));
    worker.once('exit', (code) => {
      if (code !== 0) resolve(false);
    });
  });
}
