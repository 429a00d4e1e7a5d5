// Runs in: main process / Node. The survey import (S19): preview without writing, then every row
// in one transaction, or nothing at all when any row is wrong.
import type { Database } from 'better-sqlite3';
import type { SurveyPreview } from '../../../shared/domain/selfImage';
import { AppFailure } from '../../../shared/errors';
import { checkOrgNumber } from '../companies/orgNumber';
import { nowIso } from '../db/clock';
import { readImportTable } from '../import/table';
import { cachedStatement } from '../search/cachedStatement';
import { insertRespondent, replaceScores } from './respondents';
import { listStatements } from './statements';
import { readSurvey, type CompanyFinder, type SurveyRespondent } from './surveyRows';

function companyFinder(db: Database): CompanyFinder {
  return {
    checkOrgNumber(raw) {
      const checked = checkOrgNumber(raw);
      return checked.valid ? checked.value : null;
    },
    byOrgNumber(orgNumber) {
      const row = cachedStatement(
        db,
        'SELECT id FROM companies WHERE org_number = ? AND deleted_at IS NULL',
      ).get(orgNumber) as { id: string } | undefined;
      return row?.id ?? null;
    },
    byName(name) {
      const rows = cachedStatement(
        db,
        'SELECT id FROM companies WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL LIMIT 2',
      ).all(name) as { id: string }[];
      return rows.length === 1 ? rows[0]!.id : null;
    },
  };
}

async function read(
  db: Database,
  fileName: string,
  contentBase64: string,
): Promise<SurveyPreview & { parsed: SurveyRespondent[] }> {
  const bytes = Buffer.from(contentBase64, 'base64');
  const table = await readImportTable(fileName, bytes);
  return readSurvey(table, listStatements(db), companyFinder(db));
}

export async function previewSurvey(
  db: Database,
  fileName: string,
  contentBase64: string,
): Promise<SurveyPreview> {
  const { parsed: _parsed, ...preview } = await read(db, fileName, contentBase64);
  return preview;
}

export async function importSurvey(
  db: Database,
  input: { fileName: string; contentBase64: string; surveyName: string; answeredOn: string },
): Promise<{ imported: number }> {
  const result = await read(db, input.fileName, input.contentBase64);
  if (result.errors.length > 0) {
    const shown = result.errors.slice(0, 5).map((e) => e.message);
    const more = result.errors.length - shown.length;
    throw new AppFailure('IMPORT', {
      sv: `Inget importerades. ${shown.join(' ')}${more > 0 ? ` (och ${more} fel till)` : ''}`,
      en: `Nothing was imported. The file has ${result.errors.length} problem(s); see the preview.`,
    });
  }
  const now = nowIso();
  db.transaction(() => {
    for (const r of result.parsed) {
      const id = insertRespondent(
        db,
        {
          side: 'company',
          name: r.name,
          role: null,
          companyId: r.companyId,
          stakeholderId: null,
          visitId: null,
          source: 'survey',
          surveyName: input.surveyName,
          answeredOn: input.answeredOn,
        },
        now,
      );
      replaceScores(db, id, r.scores, now);
    }
  })();
  return { imported: result.parsed.length };
}
