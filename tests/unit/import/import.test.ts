// Runs in: vitest (Node). Importing the company list: valid rows only, duplicates, undo.
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCompaniesFile } from '../../../electron/core/import/importFile';
import { undoImport } from '../../../electron/core/import/undo';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertStakeholder, insertVisit } from '../companies/fixtures';
import { fixture } from './files';

let ctx: TestContext;
let db: Database;

beforeEach(() => {
  ctx = makeTestContext();
  db = ctx.db!;
});
afterEach(() => ctx.cleanup());

type Row = Record<string, unknown>;
const companies = (): Row[] =>
  db.prepare('SELECT * FROM companies ORDER BY org_number, name').all() as Row[];
const byOrg = (org: string) =>
  db.prepare('SELECT * FROM companies WHERE org_number = ?').get(org) as Row | undefined;
const importFixture = (name: string, duplicates: 'skip' | 'update' = 'skip') =>
  importCompaniesFile(db, { fileName: name, bytes: fixture(name), duplicates });

describe('row validation', () => {
  it('imports the valid rows only and lists each error with its Excel line and field', async () => {
    const { batch, report } = await importFixture('broken.csv');
    expect(report).toEqual({
      rowCount: 7,
      valid: 3,
      duplicates: 0,
      toInsert: 3,
      toUpdate: 0,
      toSkip: 0,
      errors: [
        { row: 3, field: 'name', message: 'Rad 3, kolumn ”Företagsnamn”: företagets namn saknas.' },
        {
          row: 4,
          field: 'orgNumber',
          message:
            'Rad 4, kolumn ”Organisationsnummer”: Organisationsnumret 556016-0681 är inte giltigt (kontrollsiffran stämmer inte).',
        },
        {
          row: 5,
          field: 'email',
          message: 'Rad 5, kolumn ”E-post”: e-postadressen hej(at)angsgarden är inte giltig.',
        },
        {
          row: 8,
          field: 'orgNumber',
          message:
            'Rad 8, kolumn ”Organisationsnummer”: organisationsnumret 556016-0680 finns redan på rad 2 i filen.',
        },
      ],
    });
    expect(batch).toMatchObject({ inserted: 3, updated: 0, skipped: 0, undoneAt: null });
    expect(companies().map((c) => c.name)).toEqual([
      'Utan Orgnr Handelsbod',
      'Åkerbergs Smide AB',
      'Björkå Bygg & El AB',
    ]);
    expect(byOrg('556677-8899')!.notes).toBe('Första raden; med semikolon\nandra raden "citat"');
  });

  it('normalises org. numbers, size classes and empty cells, and marks rows with the batch', async () => {
    const { batch } = await importFixture('windows-1252-semicolon.csv');
    expect(batch.inserted).toBe(5);
    expect(byOrg('556123-4567')).toMatchObject({
      name: 'Östra Hälsingebygdens Trä',
      size_class: '5-9',
      email: null,
      notes: '',
      import_batch_id: batch.id,
    });
    expect(byOrg('556016-0680')).toMatchObject({ size_class: '10-49', postal_code: '840 31' });
    expect(byOrg('559012-3450')!.size_class).toBe('1-4');
  });

  it('makes the imported companies searchable at once', async () => {
    await importFixture('utf8-semicolon.csv');
    const hits = db
      .prepare(
        `SELECT title FROM search_fts WHERE search_fts MATCH ? AND kind = 'company' ORDER BY title`,
      )
      .all('"åker"*') as { title: string }[];
    expect(hits.map((h) => h.title)).toEqual(['Åkerbergs Smide AB']);
  });

  it('imports an Excel file with the suggested mapping', async () => {
    const { batch } = await importCompaniesFile(db, {
      fileName: 'foretag.xlsx',
      bytes: fixture('companies.xlsx'),
      duplicates: 'skip',
    });
    expect(batch.inserted).toBe(4);
    expect(byOrg('556123-4567')).toMatchObject({ locality: 'Ösby', postal_code: '82040' });
    expect(byOrg('559012-3450')!.name).toBe('Café Ängsgården AB');
  });

  it('follows a chosen mapping and refuses one without a name column', async () => {
    const bytes = fixture('utf8-tab.csv');
    const { batch } = await importCompaniesFile(db, {
      fileName: 'x.csv',
      bytes,
      duplicates: 'skip',
      mapping: { 'Company name': 'name', Industry: 'notes' },
    });
    expect(batch.inserted).toBe(3);
    expect(companies().map((c) => [c.org_number, c.notes])).toContainEqual([null, 'Sawmill']);
    await expect(
      importCompaniesFile(db, {
        fileName: 'x.csv',
        bytes,
        duplicates: 'skip',
        mapping: { Industry: 'industry' },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fields: { mapping: expect.any(String) } });
  });
});

describe('duplicates in the register', () => {
  beforeEach(async () => {
    await importFixture('utf8-semicolon.csv');
  });

  it('skip: leaves known companies untouched and adds the new one', async () => {
    const before = companies();
    const { batch, report } = await importFixture('duplicates.csv', 'skip');
    expect(report).toMatchObject({ valid: 4, duplicates: 3, toInsert: 1, toSkip: 3, toUpdate: 0 });
    expect(batch).toMatchObject({ inserted: 1, updated: 0, skipped: 3 });
    const after = companies().filter((c) => c.name !== 'Nya Kvarnen i Hede AB');
    expect(after).toEqual(before);
  });

  it('update: overwrites the mapped non-empty cells only; an unchanged row counts as skipped', async () => {
    const { batch, report } = await importFixture('duplicates.csv', 'update');
    expect(report).toMatchObject({ duplicates: 3, toInsert: 1, toUpdate: 3, toSkip: 0 });
    expect(batch).toMatchObject({ inserted: 1, updated: 2, skipped: 1 });
    expect(byOrg('556016-0680')).toMatchObject({
      name: 'Åkerbergs Smide & Mek AB',
      industry: 'Smide och mekanisk verkstad',
      email: 'order@akerbergs.se',
      phone: '0682-123 45', // empty in the file: kept
      address: 'Smedjevägen 3', // not in the file: kept
    });
    expect(byOrg('556123-4567')).toMatchObject({ locality: 'Ösby', phone: '0651-400 01' });
  });

  it('never touches a company in the trash', async () => {
    db.prepare("UPDATE companies SET deleted_at = 'x' WHERE org_number = '556016-0680'").run();
    const { report } = await importFixture('duplicates.csv', 'update');
    expect(report).toMatchObject({ duplicates: 3, toUpdate: 2, toSkip: 1 });
    expect(byOrg('556016-0680')!.name).toBe('Åkerbergs Smide AB');
  });
});

describe('undo', () => {
  it('removes what was inserted and puts updated rows back exactly', async () => {
    await importFixture('utf8-semicolon.csv');
    const before = companies();
    const { batch } = await importFixture('duplicates.csv', 'update');
    expect(companies()).not.toEqual(before);

    const undone = undoImport(db, batch.id);
    expect(undone.undoneAt).not.toBeNull();
    expect(companies()).toEqual(before);
    const search = db
      .prepare(`SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH '"kvarnen"*'`)
      .get() as { n: number };
    expect(search.n).toBe(0);
  });

  it('refuses to undo twice and reports an unknown batch', async () => {
    const { batch } = await importFixture('utf8-semicolon.csv');
    undoImport(db, batch.id);
    expect(() => undoImport(db, batch.id)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => undoImport(db, 'nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('moves imported companies the officer has used since to the trash instead of erasing them', async () => {
    const { batch } = await importFixture('utf8-semicolon.csv');
    const visited = byOrg('556016-0680')!.id as string;
    const edited = byOrg('556123-4567')!.id as string;
    insertVisit(db, visited, '2025-02-03');
    db.prepare(
      "UPDATE companies SET notes = 'Egen anteckning', updated_at = '2099-01-01' WHERE id = ?",
    ).run(edited);
    const linked = byOrg('559012-3450')!.id as string;
    db.prepare('UPDATE stakeholders SET company_id = ? WHERE id = ?').run(
      linked,
      insertStakeholder(db, 'Anna Ågren'),
    );

    undoImport(db, batch.id);
    const left = companies();
    expect(left.map((c) => c.id).sort()).toEqual([visited, edited, linked].sort());
    expect(left.every((c) => c.deleted_at !== null)).toBe(true);
  });
});
