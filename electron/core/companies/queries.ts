// Runs in: main process / Node. SQL of the company register (Företag): one row, contacts, trash.
import type { Database } from 'better-sqlite3';
import type { Company } from '../../../shared/domain/companies';
import { prepared } from './statements';

/** A companies row as stored (also the JSON an import keeps to undo an update). */
export interface CompanyDbRow {
  id: string;
  name: string;
  org_number: string | null;
  sni_code: string | null;
  industry: string | null;
  size_class: string | null;
  locality: string | null;
  address: string | null;
  postal_code: string | null;
  city: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  notes: string;
  import_batch_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** The editable fields, already normalised: empty optional text is null. */
export interface CompanyFields {
  name: string;
  orgNumber: string | null;
  sniCode: string | null;
  industry: string | null;
  sizeClass: string | null;
  locality: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  notes: string;
}

export interface CompanyContact {
  id: string;
  name: string;
  roleTitle: string | null;
}

const fieldParams = (f: CompanyFields) => ({
  name: f.name,
  org_number: f.orgNumber,
  sni_code: f.sniCode,
  industry: f.industry,
  size_class: f.sizeClass,
  locality: f.locality,
  address: f.address,
  postal_code: f.postalCode,
  city: f.city,
  website: f.website,
  phone: f.phone,
  email: f.email,
  notes: f.notes,
});

export function insertCompany(
  db: Database,
  id: string,
  fields: CompanyFields,
  now: string,
  importBatchId: string | null = null,
): void {
  prepared(
    db,
    `INSERT INTO companies (id, name, org_number, sni_code, industry, size_class, locality, address,
       postal_code, city, website, phone, email, notes, import_batch_id, created_at, updated_at)
     VALUES (@id, @name, @org_number, @sni_code, @industry, @size_class, @locality, @address,
       @postal_code, @city, @website, @phone, @email, @notes, @import_batch_id, @now, @now)`,
  ).run({ ...fieldParams(fields), id, import_batch_id: importBatchId, now });
}

export function updateCompanyFields(
  db: Database,
  id: string,
  fields: CompanyFields,
  now: string,
): number {
  return prepared(
    db,
    `UPDATE companies SET name = @name, org_number = @org_number, sni_code = @sni_code,
       industry = @industry, size_class = @size_class, locality = @locality, address = @address,
       postal_code = @postal_code, city = @city, website = @website, phone = @phone,
       email = @email, notes = @notes, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  ).run({ ...fieldParams(fields), id, now }).changes;
}

/** The stored row, deleted or not. */
export function selectCompanyRow(db: Database, id: string): CompanyDbRow | undefined {
  return prepared<CompanyDbRow>(db, 'SELECT * FROM companies WHERE id = ?').get(id);
}

/** Who already holds an org. number; the unique index covers the trash too. */
export function selectByOrgNumber(
  db: Database,
  orgNumber: string,
): { id: string; name: string; deletedAt: string | null } | undefined {
  return prepared<{ id: string; name: string; deletedAt: string | null }>(
    db,
    'SELECT id, name, deleted_at AS deletedAt FROM companies WHERE org_number = ?',
  ).get(orgNumber);
}

export function softDeleteCompany(db: Database, id: string, now: string): number {
  return prepared(
    db,
    'UPDATE companies SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
  ).run({ id, now }).changes;
}

export function selectContacts(db: Database, companyId: string): CompanyContact[] {
  return prepared<CompanyContact>(
    db,
    `SELECT s.id, s.name, s.role_title AS roleTitle
     FROM company_contacts cc JOIN stakeholders s ON s.id = cc.stakeholder_id
     WHERE cc.company_id = ? AND s.deleted_at IS NULL
     ORDER BY s.name COLLATE NOCASE`,
  ).all(companyId);
}

/** Of the given stakeholder ids, those that exist and are not in the trash. */
export function selectLiveStakeholderIds(db: Database, ids: string[]): string[] {
  if (ids.length === 0) return [];
  return prepared<{ id: string }>(
    db,
    `SELECT id FROM stakeholders
     WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  )
    .all(JSON.stringify(ids))
    .map((r) => r.id);
}

/** Makes the company's contact links exactly `ids`, keeping the dates of links that stay. */
export function replaceContacts(db: Database, companyId: string, ids: string[], now: string): void {
  const json = JSON.stringify(ids);
  prepared(
    db,
    `DELETE FROM company_contacts
     WHERE company_id = ? AND stakeholder_id NOT IN (SELECT value FROM json_each(?))`,
  ).run(companyId, json);
  prepared(
    db,
    `INSERT OR IGNORE INTO company_contacts (company_id, stakeholder_id, created_at)
     SELECT ?, value, ? FROM json_each(?)`,
  ).run(companyId, now, json);
}

export function toCompany(row: CompanyDbRow, contacts: CompanyContact[]): Company {
  return {
    id: row.id,
    name: row.name,
    orgNumber: row.org_number,
    sniCode: row.sni_code,
    industry: row.industry,
    sizeClass: row.size_class,
    locality: row.locality,
    address: row.address,
    postalCode: row.postal_code,
    city: row.city,
    website: row.website,
    phone: row.phone,
    email: row.email,
    notes: row.notes,
    contacts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The company with its contacts; undefined when missing or in the trash. */
export function selectCompany(db: Database, id: string): Company | undefined {
  const row = selectCompanyRow(db, id);
  if (!row || row.deleted_at !== null) return undefined;
  return toCompany(row, selectContacts(db, id));
}
