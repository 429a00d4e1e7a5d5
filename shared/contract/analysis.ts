// Runs in: everywhere. Contract of the analysis material: statistics with the Kolada/SCB import,
// the analysis texts with sources, and the steering documents with the policy check (S02–S07).
import { z } from 'zod';
import {
  analysisTextKindIds,
  type AnalysisSource,
  type AnalysisText,
  type AnalysisTexts,
} from '../domain/analysisTexts';
import {
  indicatorSourceIds,
  type Indicator,
  type IndicatorRow,
  type StatisticsImportPreview,
  type StatisticsImportResult,
} from '../domain/statistics';
import {
  steeringDocumentKindIds,
  type FocusAreaSteering,
  type SteeringDocument,
  type SteeringRegister,
} from '../domain/steeringDocuments';
import { byId, id, isoDate } from './common';
import { read, write } from './define';

const byProgramme = z.object({ programmeId: id });
const note = z.string().trim().max(4000).default('');
const short = z.string().trim().max(300).default('');
const year = z
  .number()
  .int('Ange året med fyra siffror')
  .min(1900, 'Ange ett år från 1900 och framåt')
  .max(2100, 'Ange ett år före 2100');

const indicatorFields = {
  name: z.string().trim().min(1, 'Skriv vad nyckeltalet heter').max(300),
  unit: z.string().trim().max(60).default(''),
  source: z.enum(indicatorSourceIds).default('own'),
  kpiId: z
    .string()
    .trim()
    .max(20)
    .refine((s) => s === '' || /^[A-Z]\d{4,6}$/i.test(s), 'Kolada-id skrivs som N01951')
    .default(''),
  areaCode: z
    .string()
    .trim()
    .max(10)
    .refine((s) => s === '' || /^\d{2,4}$/.test(s), 'Områdeskoden är 2–4 siffror, t.ex. 2380')
    .default(''),
  areaName: short,
  note,
};

export const indicatorInput = z.object({ programmeId: id, ...indicatorFields });
export type IndicatorInput = z.input<typeof indicatorInput>;
export const indicatorUpdate = z.object({ id, ...indicatorFields });

/** One cell of the value table; value null removes the year from the series. */
export const valueInput = z.object({
  series: z.string().trim().max(100).default(''),
  year,
  value: z.number().finite('Ange ett tal').nullable(),
});

export const importInput = z.object({
  programmeId: id,
  fileName: z.string().min(1).max(500),
  contentBase64: z
    .string()
    .min(1, 'Filen är tom')
    .max(40_000_000, 'Filen är för stor (högst 30 MB)'),
  /** The area code (or name) whose values become the main series; empty = chosen for you. */
  mainArea: z.string().trim().max(200).default(''),
});
export type StatisticsImportInput = z.input<typeof importInput>;

const sourceFields = {
  title: z.string().trim().min(1, 'Skriv källans titel').max(500),
  publisher: short,
  year: year.nullable().default(null),
  reference: z.string().trim().max(2000).default(''),
  note,
};

const steeringFields = {
  title: z.string().trim().min(1, 'Skriv dokumentets namn').max(300),
  kind: z.enum(steeringDocumentKindIds).default('other'),
  owner: short,
  adoptedDate: isoDate.nullable().default(null),
  validUntil: isoDate.nullable().default(null),
  reference: z.string().trim().max(2000).default(''),
  note,
};

const dates = (d: { adoptedDate: string | null; validUntil: string | null }) =>
  !d.adoptedDate || !d.validUntil || d.validUntil >= d.adoptedDate;
const datesMessage = {
  message: 'Giltig till kan inte vara före beslutsdatum',
  path: ['validUntil'],
};

export const steeringInput = z
  .object({ programmeId: id, ...steeringFields })
  .refine(dates, datesMessage);
export type SteeringInput = z.input<typeof steeringInput>;
export const steeringUpdate = z.object({ id, ...steeringFields }).refine(dates, datesMessage);

export const policyCheckInput = z.object({
  id,
  checked: z.boolean(),
  checkedDate: isoDate.nullable().default(null),
  conflict: z.boolean().default(false),
  conflictNote: note,
});

export const analysisContract = {
  'statistics:list': read<IndicatorRow[]>()(byProgramme),
  'statistics:get': read<Indicator>()(byId),
  'statistics:create': write<Indicator>()(indicatorInput),
  'statistics:update': write<Indicator>()(indicatorUpdate),
  'statistics:delete': write<{ id: string }>()(byId),
  /** Upserts the given cells; a null value removes that year. */
  'statistics:setValues': write<Indicator>()(
    z.object({ id, values: z.array(valueInput).min(1).max(2000) }),
  ),
  /** What an import of the file would create and update; nothing is written. */
  'statistics:importPreview': read<StatisticsImportPreview>()(importInput),
  /** The same import, written in one transaction. */
  'statistics:importCommit': write<StatisticsImportResult>()(importInput),

  'analysisTexts:get': read<AnalysisTexts>()(byProgramme),
  'analysisTexts:save': write<AnalysisText>()(
    z.object({
      programmeId: id,
      kind: z.enum(analysisTextKindIds),
      title: z.string().trim().max(300).default(''),
      body: z.string().max(200_000, 'Texten är för lång (högst 200 000 tecken)'),
    }),
  ),
  'analysisTexts:addSource': write<AnalysisSource>()(
    z.object({ programmeId: id, kind: z.enum(analysisTextKindIds), ...sourceFields }),
  ),
  'analysisTexts:updateSource': write<AnalysisSource>()(z.object({ id, ...sourceFields })),
  'analysisTexts:deleteSource': write<{ id: string }>()(byId),

  'steering:list': read<SteeringRegister>()(byProgramme),
  'steering:create': write<SteeringDocument>()(steeringInput),
  'steering:update': write<SteeringDocument>()(steeringUpdate),
  'steering:delete': write<{ id: string }>()(byId),
  'steering:check': write<SteeringDocument>()(policyCheckInput),
  'steering:forFocusArea': read<FocusAreaSteering>()(z.object({ focusAreaId: id })),
  'steering:link': write<FocusAreaSteering>()(
    z.object({ focusAreaId: id, documentId: id, note: z.string().trim().max(1000).default('') }),
  ),
  'steering:unlink': write<FocusAreaSteering>()(z.object({ focusAreaId: id, documentId: id })),
};
