// Runs in: vitest (Node). A database with the decision track's handlers behind the real dispatcher.
import type { Database } from 'better-sqlite3';
import { casesHandlers } from '../../../electron/core/cases/handlers';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import type { MethodName, MethodResult } from '../../../shared/contract';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export interface CasesHarness {
  ctx: TestContext;
  db: Database;
  /** Calls a method through the dispatcher; throws with the error when it fails. */
  call<K extends MethodName>(method: K, input: unknown): Promise<MethodResult<K>>;
  /** Calls a method and returns the raw result (for asserting errors). */
  raw(method: MethodName, input: unknown): ReturnType<ReturnType<typeof createDispatcher>>;
}

export function makeHarness(): CasesHarness {
  const ctx = makeTestContext();
  const dispatch = createDispatcher(ctx, casesHandlers as unknown as Handlers);
  return {
    ctx,
    db: ctx.db!,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    raw: (method, input) => dispatch(method, input),
  };
}

const T = '2026-10-01T08:00:00.000Z';

export function addProgramme(db: Database, id = 'prog-1', name = 'Näringslivsprogram 2027–2030') {
  db.prepare(
    `INSERT INTO programmes (id, name, period_start, period_end, status, purpose_text, why_text,
       commission_text, commission_decision_ref, created_at, updated_at)
     VALUES (?, ?, '2027', '2030', 'draft', 'Fler företag ska vilja starta och växa här.',
       'Det gamla programmet löper ut.', 'Ta fram ett nytt näringslivsprogram.', 'KS 2026-03-12 § 45', ?, ?)`,
  ).run(id, name, T, T);
  return id;
}

export function addStakeholder(
  db: Database,
  id: string,
  name: string,
  kind: 'person' | 'organisation' = 'organisation',
) {
  db.prepare(
    `INSERT INTO stakeholders (id, kind, name, organisation, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, kind, name, kind === 'organisation' ? name : null, T, T);
  return id;
}

/** KSAU, KS and KF meetings in 2027 (as in the back-planning test). */
export const springCalendar = [
  ['ksau', '2027-01-18'],
  ['ksau', '2027-02-15'],
  ['ksau', '2027-03-15'],
  ['ksau', '2027-04-12'],
  ['ksau', '2027-05-10'],
  ['ksau', '2027-08-16'],
  ['ks', '2027-01-25'],
  ['ks', '2027-02-22'],
  ['ks', '2027-03-22'],
  ['ks', '2027-04-19'],
  ['ks', '2027-05-17'],
  ['ks', '2027-08-23'],
  ['kf', '2027-04-26'],
  ['kf', '2027-06-14'],
  ['kf', '2027-09-27'],
] as const;

export function csvOf(rows: readonly (readonly [string, string])[]): string {
  return Buffer.from(
    `datum;organ\n${rows.map(([body, date]) => `${date};${body.toUpperCase()}`).join('\n')}\n`,
  ).toString('base64');
}
