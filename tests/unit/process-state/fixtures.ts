// Runs in: vitest (Node). A dispatcher over the process helper's own handlers, plus a stakeholder.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../../electron/core/app/context';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import { processHandlers } from '../../../electron/core/process/handlers';
import { programmesHandlers } from '../../../electron/core/programmes/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';

const own = { ...programmesHandlers, ...processHandlers } as unknown as Handlers;

export function makeApi(ctx: AppContext) {
  const dispatch = createDispatcher(ctx, own);
  const call = async <K extends MethodName>(
    method: K,
    input: MethodInput<K>,
  ): Promise<MethodResult<K>> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as MethodResult<K>;
  };
  const fail = async <K extends MethodName>(
    method: K,
    input: MethodInput<K>,
  ): Promise<AppError> => {
    const result = await dispatch(method, input);
    if (result.ok) throw new Error(`${method} succeeded but should have failed`);
    return result.error;
  };
  return { call, fail };
}

export function insertStakeholder(db: Database, name: string): string {
  const id = randomUUID();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO stakeholders (id, kind, name, created_at, updated_at)
     VALUES (?, 'person', ?, ?, ?)`,
  ).run(id, name, now, now);
  return id;
}

export function trashStakeholder(db: Database, id: string): void {
  const now = new Date().toISOString();
  db.prepare('UPDATE stakeholders SET deleted_at = ?, updated_at = ? WHERE id = ?').run(
    now,
    now,
    id,
  );
}
