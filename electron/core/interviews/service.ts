// Runs in: main process / Node. Saving interview guides and interviews with their children in one
// transaction each.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { guideInput } from '../../../shared/contract/interviews';
import type { Interview, InterviewGuide } from '../../../shared/domain/interviews';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { currentProgrammeId, resolveProgramme } from '../insights/programme';
import { cachedStatement } from '../search/cachedStatement';
import { saveAnswers, saveThemes } from './children';
import {
  insertGuideRow,
  questionsOf,
  restoreGuide,
  saveQuestions,
  selectGuide,
  softDeleteGuide,
  updateGuideRow,
} from './guides';
import {
  insertInterviewRow,
  restoreInterview,
  selectInterview,
  softDeleteInterview,
  touchInterview,
  updateInterviewRow,
  type InterviewData,
} from './queries';

type GuideData = z.output<typeof guideInput>;

const guideNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Intervjuguiden finns inte längre. Den kan ha tagits bort.',
    en: 'The interview guide no longer exists. It may have been deleted.',
  });

const interviewNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Intervjun finns inte längre. Den kan ha tagits bort.',
    en: 'The interview no longer exists. It may have been deleted.',
  });

export function getGuide(db: Database, id: string): InterviewGuide {
  const guide = selectGuide(db, id);
  if (!guide) throw guideNotFound();
  return guide;
}

export function createGuide(db: Database, data: GuideData): InterviewGuide {
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    insertGuideRow(db, id, data.name, data.description, now);
    saveQuestions(db, id, data.questions, now);
  })();
  return getGuide(db, id);
}

export function updateGuide(db: Database, id: string, data: GuideData): InterviewGuide {
  const now = nowIso();
  db.transaction(() => {
    if (!updateGuideRow(db, id, data.name, data.description, now)) throw guideNotFound();
    saveQuestions(db, id, data.questions, now);
  })();
  return getGuide(db, id);
}

export function deleteGuide(db: Database, id: string): { id: string } {
  if (!softDeleteGuide(db, id, nowIso())) throw guideNotFound();
  return { id };
}

export function undeleteGuide(db: Database, id: string): { id: string } {
  if (!restoreGuide(db, id, nowIso())) throw guideNotFound();
  return { id };
}

function invalid(sv: string, en: string, fields: Record<string, string>): AppFailure {
  return new AppFailure('VALIDATION', { sv, en }, fields);
}

const exists = (db: Database, table: 'companies' | 'stakeholders', id: string) =>
  cachedStatement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

/** Checks the links and returns the guide's questions (id → text) for copying into answers. */
function checkedLinks(db: Database, data: InterviewData): Map<string, string> {
  if (data.companyId && !exists(db, 'companies', data.companyId)) {
    const msg = 'Företaget finns inte i registret.';
    throw invalid(msg, 'The company is not in the register.', { companyId: msg });
  }
  if (data.intervieweeStakeholderId && !exists(db, 'stakeholders', data.intervieweeStakeholderId)) {
    const msg = 'Personen finns inte i aktörsregistret.';
    throw invalid(msg, 'The person is not in the stakeholder register.', {
      intervieweeStakeholderId: msg,
    });
  }
  let questions = new Map<string, string>();
  if (data.guideId) {
    // A guide in the trash still counts: old interviews keep their guide.
    const guide = cachedStatement(db, 'SELECT 1 FROM interview_guides WHERE id = ?').get(
      data.guideId,
    );
    if (!guide) {
      const msg = 'Intervjuguiden finns inte längre.';
      throw invalid(msg, 'The interview guide no longer exists.', { guideId: msg });
    }
    questions = new Map(questionsOf(db, data.guideId).map((q) => [q.id, q.text]));
  }
  return questions;
}

function checkAnswers(
  db: Database,
  id: string | null,
  data: InterviewData,
  guide: Map<string, string>,
) {
  const stored = new Map(
    id
      ? (
          cachedStatement(
            db,
            'SELECT id, question_id AS questionId FROM interview_answers WHERE interview_id = ?',
          ).all(id) as { id: string; questionId: string | null }[]
        ).map((r) => [r.id, r.questionId])
      : [],
  );
  const fields: Record<string, string> = {};
  data.answers.forEach((a, i) => {
    const keepsGuideText = a.id !== undefined && stored.has(a.id) && stored.get(a.id) !== null;
    const fromGuide = !stored.has(a.id ?? '') && a.questionId !== null && guide.has(a.questionId);
    if (!keepsGuideText && !fromGuide && a.questionText === '') {
      fields[`answers.${i}.questionText`] = 'Skriv frågan eller ta bort raden.';
    }
  });
  if (Object.keys(fields).length > 0) {
    throw invalid('En fråga saknar text.', 'A question has no text.', fields);
  }
}

function normaliseThemes(themes: string[]): string[] {
  const seen = new Map<string, string>();
  for (const t of themes) {
    const theme = t.trim().replace(/\s+/g, ' ');
    if (theme && !seen.has(theme.toLocaleLowerCase('sv')))
      seen.set(theme.toLocaleLowerCase('sv'), theme);
  }
  return [...seen.values()];
}

export function getInterview(db: Database, id: string): Interview {
  const interview = selectInterview(db, id);
  if (!interview) throw interviewNotFound();
  return interview;
}

export function createInterview(db: Database, input: InterviewData): Interview {
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    const programmeId = resolveProgramme(db, input.programmeId, () => currentProgrammeId(db));
    const data = { ...input, programmeId };
    const guide = checkedLinks(db, data);
    checkAnswers(db, null, data, guide);
    insertInterviewRow(db, id, data, now);
    saveThemes(db, id, normaliseThemes(data.themes), now);
    saveAnswers(db, id, data.answers, guide, now);
    touchInterview(db, id, now);
  })();
  return getInterview(db, id);
}

export function updateInterview(db: Database, id: string, input: InterviewData): Interview {
  const now = nowIso();
  db.transaction(() => {
    const stored = selectInterview(db, id);
    if (!stored) throw interviewNotFound();
    const programmeId = resolveProgramme(db, input.programmeId, () => stored.programmeId);
    const data = { ...input, programmeId };
    const guide = checkedLinks(db, data);
    checkAnswers(db, id, data, guide);
    saveThemes(db, id, normaliseThemes(data.themes), now);
    saveAnswers(db, id, data.answers, guide, now);
    // After the children: the row update is the touch that re-indexes them for search.
    updateInterviewRow(db, id, data, now);
  })();
  return getInterview(db, id);
}

export function deleteInterview(db: Database, id: string): { id: string } {
  if (!softDeleteInterview(db, id, nowIso())) throw interviewNotFound();
  return { id };
}

export function undeleteInterview(db: Database, id: string): { id: string } {
  if (!restoreInterview(db, id, nowIso())) throw interviewNotFound();
  return { id };
}
