// Runs in: vitest (Node). The company list: search, filters, sort, paging, visit figures; and lookup.
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listCompanies,
  type CompanyListFilter,
} from '../../../electron/core/companies/listQueries';
import { lookupCompanies } from '../../../electron/core/companies/lookupQueries';
import { createCompany, deleteCompany } from '../../../electron/core/companies/service';
import { companyInput, type CompanyInput } from '../../../shared/contract/companies';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertVisit, validOrgNumber } from './fixtures';

let ctx: TestContext;
let db: Database;
const ids: Record<string, string> = {};

const add = (input: CompanyInput) => {
  const company = createCompany(db, companyInput.parse(input));
  ids[company.name] = company.id;
  return company;
};
const list = (filter: Partial<CompanyListFilter>) =>
  listCompanies(db, { query: '', sort: 'name', offset: 0, limit: 50, ...filter });
const names = (filter: Partial<CompanyListFilter>) => list(filter).rows.map((r) => r.name);

beforeEach(() => {
  ctx = makeTestContext();
  db = ctx.db!;
  add({
    name: 'Åkerbergs Smide AB',
    orgNumber: '556016-0680',
    locality: 'Åsarna',
    sizeClass: '10-49',
  });
  add({
    name: 'Östra Hälsingebygdens Trä',
    orgNumber: '556123-4567',
    locality: 'Ösby',
    sizeClass: '5-9',
  });
  add({
    name: 'Café Ängsgården AB',
    orgNumber: '559012-3450',
    locality: 'Älvdalen',
    sizeClass: '1-4',
  });
  add({ name: 'Björkå Bygg AB', locality: 'Ösby', sizeClass: '1-4', industry: 'Bygg' });
  add({ name: 'Anderssons Åkeri', locality: 'Hede', notes: 'Åkerberg är grannen' });
});
afterEach(() => ctx.cleanup());

describe('companies list', () => {
  it('sorts by name and leaves deleted companies out', () => {
    deleteCompany(db, ids['Anderssons Åkeri']!);
    const page = list({});
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.name)).toEqual([
      'Björkå Bygg AB',
      'Café Ängsgården AB',
      'Åkerbergs Smide AB',
      'Östra Hälsingebygdens Trä',
    ]);
  });

  it('filters by locality and size class', () => {
    expect(names({ locality: 'Ösby' })).toEqual(['Björkå Bygg AB', 'Östra Hälsingebygdens Trä']);
    expect(names({ locality: 'Ösby', sizeClass: '1-4' })).toEqual(['Björkå Bygg AB']);
    expect(list({ sizeClass: '1-4' }).total).toBe(2);
    expect(list({ locality: '', sizeClass: '' }).total).toBe(5);
  });

  it('pages with a stable total', () => {
    const first = list({ limit: 2 });
    const second = list({ limit: 2, offset: 2 });
    const third = list({ limit: 2, offset: 4 });
    expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
    expect(second.offset).toBe(2);
    const all = [...first.rows, ...second.rows, ...third.rows].map((r) => r.name);
    expect(all).toEqual(names({}));
    expect(list({ offset: 10 }).rows).toEqual([]);
  });

  it('counts visits and the last visit from visits that are not deleted, and sorts by them', () => {
    insertVisit(db, ids['Café Ängsgården AB']!, '2024-03-01');
    insertVisit(db, ids['Café Ängsgården AB']!, '2024-05-20');
    insertVisit(db, ids['Café Ängsgården AB']!, '2025-01-01', true);
    insertVisit(db, ids['Östra Hälsingebygdens Trä']!, '2024-09-09');
    const rows = list({ sort: 'lastVisit' }).rows;
    expect(rows.slice(0, 2).map((r) => [r.name, r.visitCount, r.lastVisit])).toEqual([
      ['Östra Hälsingebygdens Trä', 1, '2024-09-09'],
      ['Café Ängsgården AB', 2, '2024-05-20'],
    ]);
    expect(rows[2]).toMatchObject({ name: 'Anderssons Åkeri', visitCount: 0, lastVisit: null });
  });

  it('sorts by locality and by last update', () => {
    expect(names({ sort: 'locality' })).toEqual([
      'Anderssons Åkeri',
      'Café Ängsgården AB',
      'Åkerbergs Smide AB',
      'Björkå Bygg AB',
      'Östra Hälsingebygdens Trä',
    ]);
    db.prepare("UPDATE companies SET updated_at = '2099-01-01T00:00:00Z' WHERE id = ?").run(
      ids['Björkå Bygg AB'],
    );
    expect(names({ sort: 'updated' })[0]).toBe('Björkå Bygg AB');
  });

  it('finds Åkerberg by the prefix "åker" in any case, also in other companies’ notes', () => {
    expect(names({ query: 'åker' })).toEqual(['Anderssons Åkeri', 'Åkerbergs Smide AB']);
    expect(names({ query: 'ÅKERB' })).toEqual(['Anderssons Åkeri', 'Åkerbergs Smide AB']);
    expect(names({ query: 'åker smi' })).toEqual(['Åkerbergs Smide AB']);
    expect(names({ query: 'åker', locality: 'Åsarna' })).toEqual(['Åkerbergs Smide AB']);
  });

  it('finds a company by its org. number with and without the dash, and by a prefix of it', () => {
    for (const query of ['556016-0680', '5560160680', '556016', '556016 0680']) {
      expect(names({ query })).toEqual(['Åkerbergs Smide AB']);
    }
  });

  it('does not break on FTS5 syntax in the query', () => {
    for (const query of ['"', 'AND', 'ab OR', '(smide', 'NEAR(', '*', '-', 'smide"*']) {
      expect(() => list({ query })).not.toThrow();
    }
    expect(names({ query: '"smide"' })).toEqual(['Åkerbergs Smide AB']);
    expect(list({ query: '***' })).toEqual({ rows: [], total: 0, offset: 0 });
  });

  it('drops deleted companies from search', () => {
    deleteCompany(db, ids['Åkerbergs Smide AB']!);
    expect(names({ query: 'åker' })).toEqual(['Anderssons Åkeri']);
  });

  it('reads a page through the indexes, not by scanning the register', () => {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(
      plan(
        'SELECT c.id FROM companies c WHERE c.deleted_at IS NULL ORDER BY c.name COLLATE NOCASE',
      ),
    ).toContain('USING INDEX companies_name');
    expect(
      plan('SELECT c.id FROM companies c WHERE c.deleted_at IS NULL ORDER BY c.locality, c.name'),
    ).toContain('USING INDEX companies_locality');
  });
});

describe('companies lookup', () => {
  it('puts names starting with the query first, then other word matches', () => {
    expect(lookupCompanies(db, 'åk', 10).map((r) => r.name)).toEqual([
      'Åkerbergs Smide AB',
      'Anderssons Åkeri',
    ]);
    expect(lookupCompanies(db, 'Smide', 10).map((r) => r.name)).toEqual(['Åkerbergs Smide AB']);
  });

  it('matches regardless of case, Å/Ä/Ö included', () => {
    expect(lookupCompanies(db, 'ÖSTRA häl', 10).map((r) => r.name)).toEqual([
      'Östra Hälsingebygdens Trä',
    ]);
    expect(lookupCompanies(db, 'café', 10)[0]).toEqual({
      id: ids['Café Ängsgården AB'],
      name: 'Café Ängsgården AB',
      orgNumber: '559012-3450',
      locality: 'Älvdalen',
    });
  });

  it('finds org. numbers by prefix, with or without the dash', () => {
    expect(lookupCompanies(db, '5561', 10).map((r) => r.name)).toEqual([
      'Östra Hälsingebygdens Trä',
    ]);
    expect(lookupCompanies(db, '5561234', 10).map((r) => r.name)).toEqual([
      'Östra Hälsingebygdens Trä',
    ]);
  });

  it('respects the limit, skips deleted companies and answers nothing to an empty query', () => {
    for (let i = 0; i < 15; i++) {
      add({
        name: `Åkervall ${i}`,
        orgNumber: validOrgNumber(`5567000${String(i).padStart(2, '0')}`),
      });
    }
    expect(lookupCompanies(db, 'åker', 10)).toHaveLength(10);
    deleteCompany(db, ids['Åkerbergs Smide AB']!);
    // Only the notes of another company still mention Åkerberg.
    expect(lookupCompanies(db, 'åkerb', 10).map((r) => r.name)).toEqual(['Anderssons Åkeri']);
    expect(lookupCompanies(db, '   ', 10)).toEqual([]);
  });
});
