// Runs in: vitest (Node). A dispatcher over the analysis and insights handlers, on a database
// with one programme and two focus areas written directly.
import iconv from 'iconv-lite';
import { analysisHandlers } from '../../../electron/core/analysis/handlers';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import { insightsHandlers } from '../../../electron/core/insights/handlers';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';

export interface AnalysisHarness {
  ctx: TestContext;
  programmeId: string;
  otherProgrammeId: string;
  areas: { competence: string; land: string; otherProgramme: string };
  call<K extends MethodName>(method: K, input: MethodInput<K>): Promise<MethodResult<K>>;
  fail<K extends MethodName>(method: K, input: MethodInput<K>): Promise<AppError>;
}

const now = '2026-01-10T09:00:00.000Z';

export function makeAnalysisHarness(): AnalysisHarness {
  const ctx = makeTestContext();
  const db = ctx.db!;
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  const programme = (id: string, current: number) =>
    run(
      `INSERT INTO programmes (id, name, period_start, period_end, is_current, created_at, updated_at)
       VALUES (?, 'Näringslivsprogram', '2026', '2029', ?, ?, ?)`,
      id,
      current,
      now,
      now,
    );
  programme('prog', 1);
  programme('prog-old', 0);
  const area = (id: string, programmeId: string, name: string, current: string, desired: string) =>
    run(
      `INSERT INTO focus_areas (id, programme_id, name, priority, current_state, desired_state,
         created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?)`,
      id,
      programmeId,
      name,
      current,
      desired,
      now,
      now,
    );
  area('fa-comp', 'prog', 'Kompetensförsörjning', 'Svårt att rekrytera', 'Företagen hittar folk');
  area('fa-land', 'prog', 'Mark och lokaler', '', '');
  area('fa-old', 'prog-old', 'Gammalt område', '', '');
  const dispatch = createDispatcher(ctx, {
    ...analysisHandlers,
    ...insightsHandlers,
  } as unknown as Handlers);
  return {
    ctx,
    programmeId: 'prog',
    otherProgrammeId: 'prog-old',
    areas: { competence: 'fa-comp', land: 'fa-land', otherProgramme: 'fa-old' },
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await dispatch(method, input);
      if (result.ok) throw new Error(`${method} should have failed`);
      return result.error;
    },
  };
}

export const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
export const utf8Bom = (text: string) =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]).toString('base64');
export const win1252 = (text: string) => iconv.encode(text, 'win1252').toString('base64');

/** A Kolada data export: one row per KPI, municipality, year and gender. */
export const koladaCsv = [
  'kpi,municipality,period,gender,value',
  'N01951,2380,2021,T,64200',
  'N01951,2380,2022,T,64605',
  'N01951,2380,2023,T,..',
  'N01951,2380,2022,K,32100',
  'N01951,0000,2021,T,10452326',
  'N01951,0000,2022,T,10521556',
  '',
].join('\n');

/** An SCB (PX-web) export with a title line, ';', decimal comma and '..' for missing. */
export const scbCsv = [
  '"Sysselsättningsgrad efter region och år"',
  '',
  '"region";"tabellinnehåll";"2021";"2022";"2023"',
  '"2380 Östersund";"Sysselsättningsgrad 20-64 år";80,4;81,2;..',
  '"00 Riket";"Sysselsättningsgrad 20-64 år";79,9;80,5;80,9',
  '',
  '"Källa: SCB"',
  '',
].join('\r\n');
