// Runs in: vitest (Node). Companies and a dispatcher for the tests of visits, search, trash and overview.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../../electron/core/app/context';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import { overviewHandlers } from '../../../electron/core/overview/handlers';
import { searchHandlers } from '../../../electron/core/search/handlers';
import { stakeholdersHandlers } from '../../../electron/core/stakeholders/handlers';
import { trashHandlers } from '../../../electron/core/trash/handlers';
import { visitsHandlers } from '../../../electron/core/visits/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';

/** A company row written with plain SQL: the companies feature is tested on its own. */
export function insertCompany(
  db: Database,
  fields: { name: string; locality?: string | null; orgNumber?: string | null; notes?: string },
): string {
  const id = randomUUID();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO companies (id, name, org_number, locality, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    fields.name,
    fields.orgNumber ?? null,
    fields.locality ?? null,
    fields.notes ?? '',
    now,
    now,
  );
  return id;
}

export function trashCompany(db: Database, id: string, at = new Date().toISOString()): void {
  db.prepare('UPDATE companies SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
}

const ownHandlers = {
  ...stakeholdersHandlers,
  ...visitsHandlers,
  ...searchHandlers,
  ...trashHandlers,
  ...overviewHandlers,
} as unknown as Handlers;

/** Calls through the real dispatcher (zod validation, error mapping) with this helper's handlers. */
export function makeCaller(ctx: AppContext) {
  const dispatch = createDispatcher(ctx, ownHandlers);
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
