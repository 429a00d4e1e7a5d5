// Runs in: main process / Node. Which table each kind of trashed record lives in and how the trash
// names it. A feature whose records can be deleted adds one line here.
import type { Database } from 'better-sqlite3';
import type { TrashKind } from '../../../shared/domain/trash';

interface KindDef {
  table: string;
  /** SQL for the title shown in the trash; `t` is the row. */
  title: string;
}

export const trashRegistry: Record<TrashKind, KindDef> = {
  company: { table: 'companies', title: 't.name' },
  stakeholder: { table: 'stakeholders', title: 't.name' },
  // A visit has no name of its own: the company and the date tell the officer which one it was.
  visit: {
    table: 'visits',
    title:
      "coalesce((SELECT c.name FROM companies c WHERE c.id = t.company_id), '?') || ', ' || t.visit_date",
  },
  programme: { table: 'programmes', title: 't.name' },
  anchoring: {
    table: 'anchoring_log',
    title: "t.date || ': ' || coalesce(nullif(t.who, ''), nullif(t.body, ''), t.topic)",
  },
  interview: { table: 'interviews', title: "t.date || ': ' || t.interviewee_name" },
  interviewGuide: { table: 'interview_guides', title: 't.name' },
  insight: { table: 'insights', title: 'substr(t.text, 1, 120)' },
  case: { table: 'cases', title: "coalesce(nullif(t.dnr, '') || ' ', '') || t.title" },
  focusArea: { table: 'focus_areas', title: 't.name' },
  goal: { table: 'goals', title: 'substr(t.text, 1, 120)' },
  action: { table: 'actions', title: 'substr(t.what, 1, 120)' },
  indicator: { table: 'statistics_indicators', title: 't.name' },
  analysisSource: { table: 'analysis_sources', title: 't.title' },
  steeringDocument: { table: 'steering_documents', title: 't.title' },
  followUp: { table: 'follow_ups', title: "'Uppföljning ' || t.period_key" },
  meeting: { table: 'meetings', title: "upper(t.body) || ' ' || t.date" },
  workGroup: { table: 'work_groups', title: 't.name' },
  processMeeting: { table: 'process_meetings', title: "t.date || ': ' || t.title" },
  commPlanItem: { table: 'communication_plan_items', title: 'substr(t.message, 1, 120)' },
  commLogEntry: { table: 'communication_log', title: "t.date || ': ' || substr(t.what, 1, 120)" },
  briefing: { table: 'politician_briefings', title: "t.date || ': ' || t.body" },
};

/** The kinds whose table exists in this database (all of them once every migration has run). */
export function presentKinds(db: Database): TrashKind[] {
  const tables = new Set(
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
  );
  return (Object.keys(trashRegistry) as TrashKind[]).filter((k) =>
    tables.has(trashRegistry[k].table),
  );
}
