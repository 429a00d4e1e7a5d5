// Runs in: main process / Node. SQL of the stakeholder register (aktörer): rows, categories, lookup.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { actorCategories, type ActorCategory } from '../../../shared/domain/actorCategories';
import type { stakeholderInput } from '../../../shared/contract/stakeholders';
import type {
  LegalBasis,
  Stakeholder,
  StakeholderKind,
  StakeholderLookup,
} from '../../../shared/domain/stakeholders';
import { cachedStatement } from '../search/cachedStatement';

export type StakeholderData = z.output<typeof stakeholderInput>;

const categoryOrder = new Map<string, number>(actorCategories.map((c, i) => [c.id, i]));

/** Categories in the order of the seed (A01…A16), whatever order they were stored in. */
export const sortCategories = (list: ActorCategory[]): ActorCategory[] =>
  [...list].sort((a, b) => (categoryOrder.get(a) ?? 99) - (categoryOrder.get(b) ?? 99));

/** Empty form fields are stored as NULL so "not given" is one thing in every query. */
const orNull = (text: string): string | null => (text === '' ? null : text);

const SELECT_ONE = `
  SELECT id, kind, name, organisation, role_title AS roleTitle, phone, email, locality, notes,
         key_actor AS keyActor, champion, legal_basis AS legalBasis, purpose,
         company_id AS companyId, created_at AS createdAt, updated_at AS updatedAt
  FROM stakeholders WHERE id = ? AND deleted_at IS NULL`;

interface StakeholderDbRow extends Omit<Stakeholder, 'keyActor' | 'champion' | 'categories'> {
  keyActor: number;
  champion: number;
}

export function selectStakeholder(db: Database, id: string): Stakeholder | null {
  const row = cachedStatement(db, SELECT_ONE).get(id) as StakeholderDbRow | undefined;
  if (!row) return null;
  return {
    ...row,
    kind: row.kind as StakeholderKind,
    legalBasis: row.legalBasis as LegalBasis,
    keyActor: row.keyActor === 1,
    champion: row.champion === 1,
    categories: categoriesFor(db, [id]).get(id) ?? [],
  };
}

/** Categories of several stakeholders in one query (a list page, never a whole table). */
export function categoriesFor(db: Database, ids: string[]): Map<string, ActorCategory[]> {
  const result = new Map<string, ActorCategory[]>();
  if (ids.length === 0) return result;
  const rows = cachedStatement(
    db,
    `SELECT stakeholder_id AS id, category FROM stakeholder_categories
     WHERE stakeholder_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { id: string; category: ActorCategory }[];
  for (const row of rows) {
    const list = result.get(row.id) ?? [];
    list.push(row.category);
    result.set(row.id, list);
  }
  for (const [id, list] of result) result.set(id, sortCategories(list));
  return result;
}

const columns = (data: StakeholderData) => [
  data.kind,
  data.name,
  orNull(data.organisation),
  orNull(data.roleTitle),
  orNull(data.phone),
  orNull(data.email),
  orNull(data.locality),
  data.notes,
  data.keyActor ? 1 : 0,
  data.champion ? 1 : 0,
  data.legalBasis,
  data.purpose,
  data.companyId || null,
];

export function insertStakeholder(
  db: Database,
  id: string,
  data: StakeholderData,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO stakeholders (kind, name, organisation, role_title, phone, email, locality, notes,
       key_actor, champion, legal_basis, purpose, company_id, id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...columns(data), id, now, now);
}

/** False when no live stakeholder has this id. */
export function updateStakeholderRow(
  db: Database,
  id: string,
  data: StakeholderData,
  now: string,
): boolean {
  const info = cachedStatement(
    db,
    `UPDATE stakeholders SET kind = ?, name = ?, organisation = ?, role_title = ?, phone = ?,
       email = ?, locality = ?, notes = ?, key_actor = ?, champion = ?, legal_basis = ?,
       purpose = ?, company_id = ?, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(...columns(data), now, id);
  return info.changes === 1;
}

/** Replaces the categories; unchanged ones keep their created_at. */
export function replaceCategories(
  db: Database,
  id: string,
  categories: ActorCategory[],
  now: string,
): void {
  const wanted = JSON.stringify([...new Set(categories)]);
  cachedStatement(
    db,
    `DELETE FROM stakeholder_categories
     WHERE stakeholder_id = ? AND category NOT IN (SELECT value FROM json_each(?))`,
  ).run(id, wanted);
  cachedStatement(
    db,
    `INSERT OR IGNORE INTO stakeholder_categories (stakeholder_id, category, created_at)
     SELECT ?, value, ? FROM json_each(?)`,
  ).run(id, now, wanted);
}

/** Soft delete: the row goes to the trash and leaves the search index (trigger). */
export function softDeleteStakeholder(db: Database, id: string, now: string): boolean {
  const info = cachedStatement(
    db,
    'UPDATE stakeholders SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, now, id);
  return info.changes === 1;
}

export function companyIsLive(db: Database, companyId: string): boolean {
  return (
    cachedStatement(db, 'SELECT 1 FROM companies WHERE id = ? AND deleted_at IS NULL').get(
      companyId,
    ) !== undefined
  );
}

/** For pickers: best matches of an FTS5 expression, or the first names when nothing is typed. */
export function lookupStakeholders(
  db: Database,
  match: string | null,
  limit: number,
): StakeholderLookup[] {
  if (match === null) {
    return cachedStatement(
      db,
      `SELECT id, name, organisation FROM stakeholders WHERE deleted_at IS NULL
       ORDER BY name COLLATE NOCASE, id LIMIT ?`,
    ).all(limit) as StakeholderLookup[];
  }
  return cachedStatement(
    db,
    `SELECT s.id, s.name, s.organisation
     FROM search_fts f JOIN stakeholders s ON s.id = f.ref_id
     WHERE search_fts MATCH ? AND f.kind = 'stakeholder' AND s.deleted_at IS NULL
     ORDER BY f.rank LIMIT ?`,
  ).all(match, limit) as StakeholderLookup[];
}
