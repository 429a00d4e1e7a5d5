// Runs in: vitest (Node). A dispatcher over the interview, insight, visit and search handlers, and
// records written with plain SQL, for the tests of interviews and insights.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../../electron/core/app/context';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import { insightsHandlers } from '../../../electron/core/insights/handlers';
import { interviewsHandlers } from '../../../electron/core/interviews/handlers';
import { searchHandlers } from '../../../electron/core/search/handlers';
import { visitsHandlers } from '../../../electron/core/visits/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';

export function insertCompany(db: Database, name: string): string {
  const id = randomUUID();
  const now = new Date().toISOString();
  db.prepare(
    'INSERT INTO companies (id, name, locality, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  ).run(id, name, 'Exeby', now, now);
  return id;
}

export function insertProgramme(db: Database, name: string, current: boolean): string {
  const id = randomUUID();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO programmes (id, name, period_start, period_end, is_current, created_at, updated_at)
     VALUES (?, ?, '2026', '2030', ?, ?, ?)`,
  ).run(id, name, current ? 1 : 0, now, now);
  return id;
}

const ownHandlers = {
  ...interviewsHandlers,
  ...insightsHandlers,
  ...visitsHandlers,
  ...searchHandlers,
} as unknown as Handlers;

/** Calls through the real dispatcher (zod validation, error mapping). */
export function makeCaller(ctx: AppContext) {
  const dispatch = createDispatcher(ctx, ownHandlers);
  const call = async <K extends MethodName>(
    method: K,
    input: MethodInput<K>,
  ): Promise<MethodResult<K>> => {
    const result = await dispatch(method, input);
    if (!result.ok) {
      throw new Error(
        `${method}: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`,
      );
    }
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

export type Caller = ReturnType<typeof makeCaller>;

/** A guide with three questions and an interview with an answer to each. */
export async function guideAndInterview(api: Caller) {
  const guide = await api.call('interviewGuides:create', {
    name: 'Grundfrågor 2026',
    questions: [
      { text: 'Vad är bäst med att driva företag här?' },
      { text: 'Vad hindrar er från att växa?' },
      { text: 'Vad borde kommunen göra först?' },
    ],
  });
  const interview = await api.call('interviews:create', {
    guideId: guide.id,
    date: '2026-02-10',
    intervieweeName: 'Åsa Öberg',
    organisation: 'Öbergs Åkeri AB',
    themes: ['Kompetens', 'Transporter'],
    answers: guide.questions.map((q, i) => ({
      questionId: q.id,
      answer: ['Lojal personal och korta beslutsvägar.', 'Brist på lastbilschaufförer.', ''][i]!,
    })),
  });
  return { guide, interview };
}
