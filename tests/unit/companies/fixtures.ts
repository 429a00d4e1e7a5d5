// Runs in: vitest (Node). Valid org. numbers and small raw inserts for company and import tests.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

/** A valid organisationsnummer from nine digits (Luhn check digit), as NNNNNN-NNNN. */
export function validOrgNumber(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let v = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  const ten = nine + ((10 - (sum % 10)) % 10);
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

/** Other features' tables are filled with plain SQL so these tests do not depend on their code. */
export function insertStakeholder(db: Database, name: string, roleTitle: string | null = null) {
  const id = randomUUID();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO stakeholders (id, kind, name, role_title, created_at, updated_at)
     VALUES (?, 'person', ?, ?, ?, ?)`,
  ).run(id, name, roleTitle, now, now);
  return id;
}

export function insertVisit(db: Database, companyId: string, date: string, deleted = false) {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO visits (id, company_id, visit_date, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, companyId, date, date, date, deleted ? date : null);
  return id;
}
