// Runs in: everywhere. Contract of självbild vs företagens bild (I34) and the survey import (S19).
import { z } from 'zod';
import {
  municipalRoleIds,
  respondentSideIds,
  type SelfImageComparison,
  type SelfImageRespondent,
  type SelfImageStatement,
  type SurveyPreview,
} from '../domain/selfImage';
import { byId, empty, id, isoDate } from './common';
import { read, write } from './define';

const statementText = z
  .string()
  .trim()
  .min(1, 'Skriv påståendet')
  .max(300, 'Påståendet får vara högst 300 tecken');

const scoreInput = z.object({
  statementId: id,
  score: z
    .number()
    .int('Ange en hel siffra 1–5')
    .min(1, 'Ange en siffra 1–5')
    .max(5, 'Ange en siffra 1–5'),
});

export const respondentInput = z.object({
  side: z.enum(respondentSideIds),
  name: z.string().trim().min(1, 'Skriv vem som svarade').max(300),
  role: z.enum(municipalRoleIds).nullable().default(null),
  stakeholderId: z.string().max(64).nullable().default(null),
  companyId: z.string().max(64).nullable().default(null),
  answeredOn: isoDate,
  scores: z.array(scoreInput).min(1, 'Sätt minst en siffra').max(100),
});
export type RespondentInput = z.input<typeof respondentInput>;

const surveyFile = {
  fileName: z.string().min(1).max(500),
  /** The file's bytes, base64 (CSV in UTF-8 or Windows-1252, or .xlsx). */
  contentBase64: z.string().min(1, 'Välj en fil').max(20_000_000, 'Filen är för stor'),
};

export const selfImageContract = {
  'selfImage:statements': read<SelfImageStatement[]>()(empty),
  'selfImage:addStatement': write<SelfImageStatement[]>()(z.object({ text: statementText })),
  'selfImage:updateStatement': write<SelfImageStatement[]>()(z.object({ id, text: statementText })),
  'selfImage:deleteStatement': write<SelfImageStatement[]>()(byId),
  'selfImage:forVisit': read<{ respondent: SelfImageRespondent | null }>()(
    z.object({ visitId: id }),
  ),
  /** The company's scores given at a visit; an empty list removes them. */
  'selfImage:saveVisitScores': write<{ respondent: SelfImageRespondent | null }>()(
    z.object({ visitId: id, scores: z.array(scoreInput).max(100) }),
  ),
  'selfImage:respondents': read<SelfImageRespondent[]>()(
    z.object({ side: z.enum(respondentSideIds).optional() }),
  ),
  'selfImage:saveRespondent': write<SelfImageRespondent>()(
    respondentInput.extend({ id: z.string().max(64).optional() }),
  ),
  'selfImage:deleteRespondent': write<{ id: string }>()(byId),
  'selfImage:comparison': read<SelfImageComparison>()(empty),
  /** Reads a survey file without saving anything. */
  'selfImage:surveyPreview': read<SurveyPreview>()(z.object(surveyFile)),
  /** Saves every row of a survey file, or nothing if any row is wrong. */
  'selfImage:surveyImport': write<{ imported: number }>()(
    z.object({
      ...surveyFile,
      surveyName: z.string().trim().min(1, 'Skriv vad enkäten heter').max(200),
      answeredOn: isoDate,
    }),
  ),
};
