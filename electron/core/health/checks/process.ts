// Runs in: main process / Node. Health checks on the programme itself and the wizard: owner and
// commission (I01, S08), process leader and mandate (S21, I33), skipped steps (I33), missing whys
// (P08, S11, I02) and the clarity of the programme text (P15, I32).
import type { HealthItem } from '../../../../shared/domain/health';
import { clarityIssues } from '../../../../shared/domain/programmeTextClarity';
import {
  documentSections,
  phaseProgress,
  processCatalogue,
  type StepStatus,
} from '../../../../shared/process';
import { AppFailure } from '../../../../shared/errors';
import { selectProgramme } from '../../programmes/queries';
import { cachedStatement } from '../../search/cachedStatement';
import { screens } from '../routes';
import {
  type Evaluator,
  fromItems,
  type HealthContext,
  notRecordedYet,
  same,
  tableExists,
} from '../types';

const blank = (s: string | null | undefined) => (s ?? '').trim() === '';

function programmeOf({ db, programmeId }: HealthContext) {
  const programme = selectProgramme(db, programmeId);
  if (!programme) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Programmet finns inte längre. Välj eller skapa ett program först.',
      en: 'The programme no longer exists. Choose or create a programme first.',
    });
  }
  return programme;
}

const ownerMissing: Evaluator = (ctx) => {
  const p = programmeOf(ctx);
  const mandate = ['process', 'mandate'];
  const items: HealthItem[] = [];
  if (blank(p.ownerBody))
    items.push({ label: { sv: 'Politisk ägare', en: 'Political owner' }, route: mandate });
  if (blank(p.commissionText))
    items.push({ label: { sv: 'Uppdragets text', en: 'Text of the commission' }, route: mandate });
  if (blank(p.commissionDecisionRef))
    items.push({
      label: { sv: 'Beslut bakom uppdraget', en: 'Decision behind the commission' },
      route: mandate,
    });
  return fromItems(items);
};

const processLeaderMissing: Evaluator = (ctx) => {
  const p = programmeOf(ctx);
  const mandate = ['process', 'mandate'];
  const items: HealthItem[] = [];
  if (!p.processLeaderStakeholderId && blank(p.processLeaderName)) {
    items.push({ label: { sv: 'Processledare', en: 'Process leader' }, route: mandate });
  }
  if (blank(p.mandateText))
    items.push({
      label: { sv: 'Processledarens mandat', en: "The process leader's mandate" },
      route: mandate,
    });
  return fromItems(items);
};

const stepTitles = new Map(
  processCatalogue.phases.flatMap((phase) => phase.steps.map((s) => [s.id, s.title] as const)),
);

const skippedSteps: Evaluator = ({ db, programmeId }) => {
  const rows = cachedStatement(
    db,
    'SELECT step_id AS stepId, status FROM process_step_states WHERE programme_id = ?',
  ).all(programmeId) as { stepId: string; status: StepStatus }[];
  const statuses = Object.fromEntries(rows.map((r) => [r.stepId, r.status]));
  const skipped = phaseProgress(statuses).flatMap((p) => p.skippedStepIds);
  return fromItems(
    skipped.map((id) => ({
      label: stepTitles.get(id) ?? same(id),
      route: ['process', 'step', id],
    })),
  );
};

const whyMissing: Evaluator = (ctx) => {
  const { db, programmeId } = ctx;
  const p = programmeOf(ctx);
  const items: HealthItem[] = [];
  if (blank(p.whyText) && blank(p.purposeText)) {
    items.push({
      label: { sv: `Programmet: ${p.name}`, en: `The programme: ${p.name}` },
      route: ['process', 'purpose'],
    });
  }
  const areas = cachedStatement(
    db,
    `SELECT id, name FROM focus_areas WHERE programme_id = ? AND deleted_at IS NULL
       AND candidate = 0 AND trim(why) = '' ORDER BY priority, id`,
  ).all(programmeId) as { id: string; name: string }[];
  for (const a of areas) {
    items.push({
      label: { sv: `Fokusområde: ${a.name}`, en: `Focus area: ${a.name}` },
      route: ['goals', 'areas', a.id],
    });
  }
  const goals = cachedStatement(
    db,
    `SELECT id, text FROM goals WHERE programme_id = ? AND deleted_at IS NULL AND trim(why) = ''
     ORDER BY created_at, id`,
  ).all(programmeId) as { id: string; text: string }[];
  for (const g of goals)
    items.push({ label: { sv: `Mål: ${g.text}`, en: `Goal: ${g.text}` }, route: ['goals', g.id] });
  const actions = cachedStatement(
    db,
    `SELECT id, what FROM actions WHERE programme_id = ? AND deleted_at IS NULL
       AND status <> 'dropped' AND trim(why) = '' ORDER BY created_at, id`,
  ).all(programmeId) as { id: string; what: string }[];
  for (const a of actions)
    items.push({
      label: { sv: `Aktivitet: ${a.what}`, en: `Action: ${a.what}` },
      route: ['actions', a.id],
    });
  return fromItems(items);
};

const sectionTitles = new Map(documentSections.map((s) => [s.id, s.title] as const));

/**
 * P15, I32: clarity marks (long sentences, officialese) in the programme's own texts, per
 * section, with the why on the programme itself; sections left out are not read.
 */
const unclearText: Evaluator = (ctx) => {
  const { db, programmeId } = ctx;
  if (!tableExists(db, 'programme_texts')) {
    return notRecordedYet({ sv: 'Programtexter', en: 'Programme texts' });
  }
  const rows = cachedStatement(
    db,
    `SELECT section_id AS sectionId, text, left_out AS leftOut FROM programme_texts
     WHERE programme_id = ? ORDER BY section_id`,
  ).all(programmeId) as { sectionId: string; text: string; leftOut: number }[];
  const texts = rows
    .filter((r) => r.leftOut === 0 && r.sectionId !== 'why')
    .map((r) => ({ id: r.sectionId, text: r.text }));
  if (!rows.some((r) => r.sectionId === 'why' && r.leftOut === 1)) {
    texts.unshift({ id: 'why', text: programmeOf(ctx).whyText });
  }
  const order = documentSections.map((s) => s.id);
  texts.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  let marks = 0;
  const items: HealthItem[] = [];
  for (const t of texts) {
    const n = clarityIssues(t.text).length;
    if (n === 0) continue;
    marks += n;
    items.push({
      label: {
        sv: `${sectionTitles.get(t.id)?.sv ?? t.id} – ${n} ${n === 1 ? 'markering' : 'markeringar'}`,
        en: `${sectionTitles.get(t.id)?.en ?? t.id} – ${n} ${n === 1 ? 'mark' : 'marks'}`,
      },
      route: screens.programmeText,
    });
  }
  return fromItems(items, undefined, marks);
};

export const processChecks = {
  'owner-missing': ownerMissing,
  'process-leader-missing': processLeaderMissing,
  'skipped-steps': skippedSteps,
  'why-missing': whyMissing,
  'unclear-text': unclearText,
};
