// Runs in: main process / Node. The interview list (paged) and the themes in use.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Page } from '../../../shared/contract';
import type { interviewsContract } from '../../../shared/contract/interviews';
import type { InterviewRow } from '../../../shared/domain/interviews';
import { cachedStatement } from '../search/cachedStatement';
import { themesFor } from './children';
import { ROW_COLUMNS, ROW_JOINS, toRow, type InterviewDbRow } from './queries';

type ListInput = z.output<(typeof interviewsContract)['interviews:list']['input']>;

export function listInterviews(db: Database, input: ListInput): Page<InterviewRow> {
  const where = ['i.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (input.guideId) {
    where.push('i.guide_id = ?');
    params.push(input.guideId);
  }
  if (input.programmeId) {
    where.push('i.programme_id = ?');
    params.push(input.programmeId);
  }
  if (input.from) {
    where.push('i.date >= ?');
    params.push(input.from);
  }
  if (input.to) {
    where.push('i.date <= ?');
    params.push(input.to);
  }
  if (input.theme) {
    where.push('i.id IN (SELECT interview_id FROM interview_themes WHERE theme = ?)');
    params.push(input.theme);
  }
  const filter = where.join(' AND ');
  const rows = cachedStatement(
    db,
    `SELECT ${ROW_COLUMNS} FROM interviews i ${ROW_JOINS}
     WHERE ${filter} ORDER BY i.date DESC, i.id LIMIT ? OFFSET ?`,
  ).all(...params, input.limit, input.offset) as InterviewDbRow[];
  const { total } = cachedStatement(
    db,
    `SELECT count(*) AS total FROM interviews i WHERE ${filter}`,
  ).get(...params) as { total: number };
  const themes = themesFor(
    db,
    rows.map((r) => r.id),
  );
  return { rows: rows.map((r) => toRow(r, themes.get(r.id) ?? [])), total, offset: input.offset };
}

export function listThemes(db: Database): { theme: string; count: number }[] {
  return cachedStatement(
    db,
    `SELECT t.theme, count(*) AS count FROM interview_themes t
     JOIN interviews i ON i.id = t.interview_id AND i.deleted_at IS NULL
     GROUP BY t.theme ORDER BY count DESC, t.theme COLLATE NOCASE LIMIT 200`,
  ).all() as { theme: string; count: number }[];
}
