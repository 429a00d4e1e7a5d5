// Runs in: main process / Node. The data of the decision-track documents: the tjänsteskrivelse of
// one stage and the remissammanställning of a case.
//
// Personal data: remiss instances are named (they are parties, committees and organisations, or
// people who chose to reply to a public remiss); no other personal data is loaded. The process
// counts (visits, interviews, anchoring) are numbers only, so confidential notes never enter.
import type { Database } from 'better-sqlite3';
import type {
  CaseKind,
  CaseMemo,
  RemissInstanceKind,
  StageBody,
  StageOutcome,
} from '../../../../shared/domain/cases';
import { AppFailure } from '../../../../shared/errors';
import { selectCase } from '../../cases/queries';
import { selectInstances } from '../../cases/remissQueries';
import { planForMeeting } from '../../cases/service';
import { selectStages } from '../../cases/stageQueries';

export interface CaseDocumentQuery {
  caseId: string;
}

export interface CaseProgrammeData {
  name: string;
  periodStart: string;
  periodEnd: string;
  ownerBody: string;
  commissionText: string;
  commissionDecisionRef: string;
  purposeText: string;
  whyText: string;
  /** The day the draft was last changed (YYYY-MM-DD): its date in the beslutsunderlag. */
  draftDate: string;
}

export interface CaseHead {
  id: string;
  kind: CaseKind;
  dnr: string;
  title: string;
  /** What is decided on: the programme's name, else the case title. */
  subject: string;
}

export interface RemissInstanceData {
  name: string;
  kind: RemissInstanceKind;
  sentDate: string | null;
  deadline: string | null;
  replyReceivedDate: string | null;
  replySummary: string;
  comments: {
    section: string;
    comment: string;
    position: string;
    changeKind: 'andring' | 'ingen_andring' | null;
    changeText: string;
  }[];
}

export interface CaseMemoData {
  stage: StageBody;
  case: CaseHead;
  memo: CaseMemo;
  programme: CaseProgrammeData | null;
  /** Counts from the process records; null where the table does not exist (yet). */
  process: {
    since: string | null;
    visits: number | null;
    interviews: number | null;
    anchoring: number | null;
  };
  /** Planned cost of the action plan's activities (kronor), when the action plan exists. */
  actionCosts: { actions: number; withCost: number; total: number } | null;
  remiss: {
    names: string[];
    sent: number;
    replied: number;
    firstSent: string | null;
    deadline: string | null;
    /** When the remissammanställning of this case was last exported. */
    summaryExportedOn: string | null;
  };
  /** The meeting this stage's memo goes to (recorded, else planned), and earlier decisions. */
  meetingDate: string | null;
  decisions: {
    body: StageBody;
    date: string | null;
    paragraph: string;
    outcome: StageOutcome | null;
  }[];
}

export interface RemissSummaryData {
  case: CaseHead;
  overview: string;
  programmeName: string | null;
  instances: RemissInstanceData[];
}

const tableExists = (db: Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
  undefined;

const columnExists = (db: Database, table: string, column: string) =>
  (db.pragma(`table_info(${table})`) as { name: string }[]).some((c) => c.name === column);

function requireCase(db: Database, caseId: string) {
  const record = selectCase(db, caseId);
  if (!record) {
    throw new AppFailure(
      'NOT_FOUND',
      {
        sv: 'Ärendet finns inte längre. Välj ett annat ärende.',
        en: 'The case no longer exists. Choose another case.',
      },
      { caseId: 'Ärendet finns inte längre.' },
    );
  }
  return record;
}

function loadProgramme(db: Database, programmeId: string | null): CaseProgrammeData | null {
  if (!programmeId) return null;
  return (
    (db
      .prepare(
        `SELECT name, period_start AS periodStart, period_end AS periodEnd, owner_body AS ownerBody,
           commission_text AS commissionText, commission_decision_ref AS commissionDecisionRef,
           purpose_text AS purposeText, why_text AS whyText, substr(updated_at, 1, 10) AS draftDate
         FROM programmes WHERE id = ? AND deleted_at IS NULL`,
      )
      .get(programmeId) as CaseProgrammeData | undefined) ?? null
  );
}

function head(
  record: NonNullable<ReturnType<typeof selectCase>>,
  programme: { name: string } | null,
): CaseHead {
  return {
    id: record.id,
    kind: record.kind,
    dnr: record.dnr,
    title: record.title,
    subject: programme?.name ?? record.title,
  };
}

function processCounts(
  db: Database,
  programmeId: string | null,
  since: string | null,
): CaseMemoData['process'] {
  const count = (sql: string, ...params: unknown[]) =>
    (db.prepare(sql).get(...params) as { n: number }).n;
  const from = since ?? '0000-00-00';
  return {
    since,
    visits:
      since === null
        ? null
        : count(
            'SELECT count(*) AS n FROM visits WHERE deleted_at IS NULL AND visit_date >= ?',
            from,
          ),
    interviews:
      programmeId && tableExists(db, 'interviews')
        ? count(
            'SELECT count(*) AS n FROM interviews WHERE deleted_at IS NULL AND programme_id = ?',
            programmeId,
          )
        : null,
    anchoring:
      programmeId && tableExists(db, 'anchoring_log')
        ? count(
            'SELECT count(*) AS n FROM anchoring_log WHERE deleted_at IS NULL AND programme_id = ?',
            programmeId,
          )
        : null,
  };
}

function actionCosts(db: Database, programmeId: string | null): CaseMemoData['actionCosts'] {
  if (!programmeId || !tableExists(db, 'actions') || !columnExists(db, 'actions', 'cost_planned'))
    return null;
  const row = db
    .prepare(
      `SELECT count(*) AS actions, count(cost_planned) AS withCost,
         coalesce(sum(cost_planned), 0) AS total
       FROM actions WHERE programme_id = ? AND deleted_at IS NULL AND status <> 'dropped'`,
    )
    .get(programmeId) as { actions: number; withCost: number; total: number };
  return row.actions > 0 ? row : null;
}

function toInstanceData(db: Database, caseId: string): RemissInstanceData[] {
  return selectInstances(db, caseId).map((i) => ({
    name: i.name,
    kind: i.kind,
    sentDate: i.sentDate,
    deadline: i.deadline,
    replyReceivedDate: i.replyReceivedDate,
    replySummary: i.replySummary,
    comments: i.comments.map((c) => ({
      section: c.section,
      comment: c.comment,
      position: c.position,
      changeKind: c.changeKind,
      changeText: c.changeText,
    })),
  }));
}

const min = (values: (string | null)[]) => values.filter((v): v is string => !!v).sort()[0] ?? null;
const max = (values: (string | null)[]) =>
  values
    .filter((v): v is string => !!v)
    .sort()
    .at(-1) ?? null;

export function loadCaseMemoData(
  db: Database,
  query: CaseDocumentQuery & { stage: StageBody },
): CaseMemoData {
  const record = requireCase(db, query.caseId);
  const programme = loadProgramme(db, record.programmeId);
  const since = record.programmeId
    ? ((
        db
          .prepare('SELECT substr(created_at, 1, 10) AS d FROM programmes WHERE id = ?')
          .get(record.programmeId) as { d: string } | undefined
      )?.d ?? null)
    : null;
  const instances = toInstanceData(db, record.id);
  const stages = selectStages(db, record.id);
  const latest = [...stages].reverse().find((s) => s.body === query.stage);
  let meetingDate = latest?.meetingDate ?? null;
  if (!meetingDate && query.stage !== 'remiss' && record.targetKfMeetingId) {
    // The planned dates do not depend on today; only the plan's warnings do.
    const plan = planForMeeting(
      db,
      record.targetKfMeetingId,
      record.remissWeeks,
      undefined,
      record.id,
    );
    meetingDate = plan?.[query.stage]?.date ?? null;
  }
  const summaryExport = db
    .prepare(
      `SELECT substr(max(created_at), 1, 10) AS d FROM export_log
       WHERE document = 'remissammanstallning' AND case_id = ?`,
    )
    .get(record.id) as { d: string | null };
  const {
    id: _id,
    kind: _kind,
    dnr: _dnr,
    title: _title,
    status: _status,
    programmeId: _p,
    programmeName: _pn,
    targetKfDate: _t,
    targetKfMeetingId: _tm,
    remissWeeks: _w,
    updatedAt: _u,
    createdAt: _c,
    ...memo
  } = record;
  return {
    stage: query.stage,
    case: head(record, programme),
    memo,
    programme,
    process: processCounts(db, record.programmeId, since),
    actionCosts: actionCosts(db, record.programmeId),
    remiss: {
      names: instances.map((i) => i.name),
      sent: instances.filter((i) => i.sentDate).length,
      replied: instances.filter((i) => i.replyReceivedDate).length,
      firstSent: min(instances.map((i) => i.sentDate)),
      deadline: max(instances.map((i) => i.deadline)),
      summaryExportedOn: summaryExport.d,
    },
    meetingDate,
    decisions: stages
      .filter((s) => s.body !== 'remiss' && s.outcome !== null)
      .map((s) => ({
        body: s.body,
        date: s.meetingDate,
        paragraph: s.paragraph,
        outcome: s.outcome,
      })),
  };
}

export function loadRemissSummaryData(db: Database, query: CaseDocumentQuery): RemissSummaryData {
  const record = requireCase(db, query.caseId);
  const programme = loadProgramme(db, record.programmeId);
  return {
    case: head(record, programme),
    overview: record.remissOverview,
    programmeName: programme?.name ?? null,
    instances: toInstanceData(db, record.id),
  };
}
