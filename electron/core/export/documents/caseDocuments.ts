// Runs in: main process / Node. The decision track's documents in the export registry: the
// tjänsteskrivelse of a stage and the remissammanställning of a case.
import { z } from 'zod';
import { stageBodies, stageBodyIds, type StageBody } from '../../../../shared/domain/cases';
import { AppFailure } from '../../../../shared/errors';
import {
  loadCaseMemoData,
  loadRemissSummaryData,
  type CaseMemoData,
  type RemissSummaryData,
} from '../data/cases';
import type { DocumentDefinition } from './index';
import { composeRemissSummary, remissFileStem, renderRemissSummary } from './remissammanstallning';
import { composeMemo, MEMO_TYPE, memoFileStem, renderMemo } from './tjansteskrivelse';

const caseParams = z.object({ caseId: z.string().min(1).max(64) });
const memoParams = caseParams.extend({ stage: z.enum(stageBodyIds) });
type CaseParams = z.infer<typeof caseParams>;
type MemoParams = z.infer<typeof memoParams>;

function requireCaseId(caseId: string | undefined): string {
  if (!caseId) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'Välj vilket ärende dokumentet gäller.',
        en: 'Choose the case the document is for.',
      },
      { caseId: 'Välj ett ärende.' },
    );
  }
  return caseId;
}

const STAGE_LABELS: Record<StageBody, { sv: string; en: string }> = {
  remiss: { sv: 'Remiss (beslut om remiss)', en: 'Consultation (decision to consult)' },
  ksau: {
    sv: 'Kommunstyrelsens arbetsutskott (KSAU)',
    en: 'Executive committee working group (KSAU)',
  },
  ks: { sv: 'Kommunstyrelsen (KS)', en: 'Municipal executive board (KS)' },
  kf: { sv: 'Kommunfullmäktige (KF)', en: 'Municipal council (KF)' },
};

export const tjansteskrivelse: DocumentDefinition<MemoParams, CaseMemoData> = {
  id: 'tjansteskrivelse',
  description: {
    sv: 'Tjänsteskrivelse till KSAU, KS eller KF (eller om remiss) med förslag till beslut formulerat för just det steget, sammanfattning, bakgrund, bedömning, konsekvenser och beslutsunderlag.',
    en: 'Officer’s report to KSAU, KS or KF (or on consultation) with the proposed decision worded for that stage, summary, background, assessment, consequences and documents.',
  },
  options: ['case', 'stage', 'draft', 'template'],
  stages: stageBodies.map((b) => ({ id: b.id, label: STAGE_LABELS[b.id] })),
  params: (request) => ({ caseId: requireCaseId(request.caseId), stage: request.stage ?? 'ksau' }),
  paramsSchema: memoParams,
  load: loadCaseMemoData,
  compose: composeMemo,
  render: renderMemo,
  title: () => MEMO_TYPE,
  fileStem: (p, d) => memoFileStem(p.stage, d.case.title),
  period: () => null,
  confidentialLeftOut: () => 0,
  internal: () => false,
  orientation: 'portrait',
  dnr: (d) => d.case.dnr,
  caseRef: (p) => ({ caseId: p.caseId, stage: p.stage }),
};

export const remissammanstallning: DocumentDefinition<CaseParams, RemissSummaryData> = {
  id: 'remissammanstallning',
  description: {
    sv: 'Sammanställning av remissvaren: vilka som fick förslaget och svarade, varje synpunkt med kommunens ställningstagande och ändring, och vilka som inte svarade.',
    en: 'Summary of the consultation replies: who received the draft and replied, each comment with the municipality’s position and change, and who did not reply.',
  },
  options: ['case', 'draft', 'template'],
  params: (request) => ({ caseId: requireCaseId(request.caseId) }),
  paramsSchema: caseParams,
  load: loadRemissSummaryData,
  compose: composeRemissSummary,
  render: renderRemissSummary,
  title: () => 'Remissammanställning',
  fileStem: (_p, d) => remissFileStem(d.case.title),
  period: () => null,
  confidentialLeftOut: () => 0,
  internal: () => false,
  orientation: 'portrait',
  dnr: (d) => d.case.dnr,
  caseRef: (p) => ({ caseId: p.caseId, stage: null }),
};
