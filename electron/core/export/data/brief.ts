// Runs in: main process / Node. The data of a politikerbrief (short briefing for politicians, I30):
// the follow-up report's data for the period, the coming committee meetings and the programme's
// open cases (ärenden) that are on their way to a decision.
import type { Database } from 'better-sqlite3';
import {
  loadFollowUpReportData,
  type FollowUpReportData,
  type ReportQuery,
} from './followUpReport';

export interface BriefMeeting {
  body: 'ksau' | 'ks' | 'kf';
  date: string;
}

export interface BriefCase {
  title: string;
  dnr: string;
  status: string;
  /** The KF meeting the case aims for, when set. */
  targetKf: string | null;
}

export interface BriefData {
  report: FollowUpReportData;
  /** Meetings from the period's start on (the builder keeps those after the brief's date). */
  meetings: BriefMeeting[];
  openCases: BriefCase[];
}

export function loadBriefData(db: Database, query: ReportQuery): BriefData {
  const report = loadFollowUpReportData(db, query);
  const meetings = db
    .prepare(
      `SELECT body, date FROM meetings WHERE deleted_at IS NULL AND date >= ?
       ORDER BY date, body LIMIT 200`,
    )
    .all(query.from) as BriefMeeting[];
  const openCases = db
    .prepare(
      `SELECT c.title, c.dnr, c.status, m.date AS targetKf
       FROM cases c LEFT JOIN meetings m ON m.id = c.target_kf_meeting_id AND m.deleted_at IS NULL
       WHERE c.programme_id = ? AND c.deleted_at IS NULL AND c.status NOT IN ('adopted', 'closed')
       ORDER BY c.created_at, c.id`,
    )
    .all(report.programme.id) as BriefCase[];
  return { report, meetings, openCases };
}
