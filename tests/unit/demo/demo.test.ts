// Runs in: vitest (Node). The example municipality: deterministic, complete and believable.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import Organisationsnummer from 'organisationsnummer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo';
import { Random } from '../../../electron/core/demo/random';
import { luhnCheckDigit } from '../../../electron/core/demo/orgNumber';
import { getSettings, listLocalities } from '../../../electron/core/settings';
import { actorCategories } from '../../../shared/domain/actorCategories';
import { sizeClasses } from '../../../shared/domain/companies';
import { visitTopics } from '../../../shared/domain/visitTopics';
import { makeTestContext, type TestContext } from '../helpers/testContext';

const today = '2025-06-15';
const contexts: TestContext[] = [];
function freshDb(): Database {
  const ctx = makeTestContext();
  contexts.push(ctx);
  return ctx.db!;
}
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.cleanup();
});

/** Every row of every table (the search index included), in a stable order. */
function hashDatabase(db: Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table}"`)
      .raw()
      .all()
      .map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    hash.update(`${table}\n${rows.sort().join('\n')}\n`);
  }
  return hash.digest('hex');
}

const count = (db: Database, sql: string, ...params: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('generateDemo determinism', () => {
  it('gives identical databases for the same seed and today, different ones for another seed', () => {
    const a = freshDb();
    const b = freshDb();
    const c = freshDb();
    generateDemo(a, { size: 'demo', seed: 42, today });
    generateDemo(b, { size: 'demo', seed: 42, today });
    generateDemo(c, { size: 'demo', seed: 43, today });
    expect(hashDatabase(a)).toBe(hashDatabase(b));
    expect(hashDatabase(a)).not.toBe(hashDatabase(c));
  });

  it('never reads the clock: timestamps come from today', () => {
    const db = freshDb();
    generateDemo(db, { size: 'demo', seed: 1, today });
    for (const table of ['companies', 'stakeholders', 'visits', 'settings', 'localities']) {
      const newest = db.prepare(`SELECT max(updated_at) FROM ${table}`).pluck().get() as string;
      expect(newest <= `${today}T23:59:59.999Z`).toBe(true);
    }
    expect(count(db, 'SELECT count(*) FROM visits WHERE visit_date >= ?', today)).toBe(0);
    expect(count(db, "SELECT count(*) FROM visits WHERE visit_date < '2024-06-15'")).toBe(0);
  });
});

describe('generateDemo content', () => {
  let db: Database;
  beforeEach(() => {
    db = freshDb();
    generateDemo(db, { size: 'demo', seed: 7, today });
  });

  it('has the counts of a believable small municipality', () => {
    expect(count(db, 'SELECT count(*) FROM companies')).toBe(300);
    expect(count(db, 'SELECT count(*) FROM stakeholders')).toBe(80);
    expect(count(db, 'SELECT count(*) FROM visits')).toBe(120);
    expect(listLocalities(db)).toHaveLength(12);
    expect(listLocalities(db)).toContain('Exeby');
  });

  it('sets up the officer of Exempelkommun', () => {
    expect(getSettings(db)).toMatchObject({
      municipality: 'Exempelkommun',
      unit: 'Näringslivsenheten',
      officerName: 'Karin Lindqvist',
      officerTitle: 'Näringslivsutvecklare',
      officerEmail: 'karin.lindqvist@exempelkommun.se',
    });
  });

  it('gives every company a valid, unique org. number, an SNI code with its text and a size class', () => {
    const rows = db
      .prepare('SELECT org_number, sni_code, industry, size_class, locality FROM companies')
      .all() as {
      org_number: string;
      sni_code: string;
      industry: string;
      size_class: string;
      locality: string;
    }[];
    const sizes = new Set<string>(sizeClasses.map((s) => s.id));
    const localities = new Set(listLocalities(db));
    for (const r of rows) {
      expect(Organisationsnummer.valid(r.org_number), r.org_number).toBe(true);
      expect(r.org_number).toMatch(/^\d{6}-\d{4}$/);
      expect(r.sni_code).toMatch(/^\d{5}$/);
      expect(r.industry.length).toBeGreaterThan(5);
      expect(sizes.has(r.size_class)).toBe(true);
      expect(localities.has(r.locality)).toBe(true);
    }
    expect(new Set(rows.map((r) => r.org_number)).size).toBe(rows.length);
    expect(count(db, 'SELECT count(DISTINCT sni_code) FROM companies')).toBeGreaterThanOrEqual(25);
  });

  it('has stakeholders in every actor category, key actors and champions, all under public task', () => {
    for (const c of actorCategories) {
      expect(
        count(db, 'SELECT count(*) FROM stakeholder_categories WHERE category = ?', c.id),
        c.id,
      ).toBeGreaterThan(0);
    }
    expect(count(db, 'SELECT count(*) FROM stakeholders WHERE key_actor = 1')).toBeGreaterThan(5);
    expect(count(db, 'SELECT count(*) FROM stakeholders WHERE champion = 1')).toBeGreaterThan(3);
    expect(
      count(
        db,
        "SELECT count(*) FROM stakeholders WHERE legal_basis <> 'public_task' OR purpose = ''",
      ),
    ).toBe(0);
    expect(
      count(
        db,
        "SELECT count(*) FROM stakeholders WHERE role_title = 'Kommunstyrelsens ordförande'",
      ),
    ).toBe(1);
    expect(count(db, "SELECT count(*) FROM stakeholders WHERE role_title = 'Kyrkoherde'")).toBe(1);
    expect(count(db, 'SELECT count(*) FROM company_contacts')).toBeGreaterThan(10);
  });

  it('leaves at least two localities without visits, so the coverage view has gaps', () => {
    const visited = new Set(
      db.prepare('SELECT DISTINCT locality FROM visits').pluck().all() as string[],
    );
    const unvisited = listLocalities(db).filter((l) => !visited.has(l));
    expect(unvisited.length).toBeGreaterThanOrEqual(2);
    expect(visited.size).toBeGreaterThanOrEqual(6);
  });

  it('writes visits with long Swedish notes, topics, obstacles, participants and follow-ups', () => {
    const topicIds = new Set<string>(visitTopics.map((t) => t.id));
    for (const t of db
      .prepare('SELECT DISTINCT topic FROM visit_topics')
      .pluck()
      .all() as string[]) {
      expect(topicIds.has(t)).toBe(true);
    }
    expect(count(db, 'SELECT avg(length(notes)) FROM visits')).toBeGreaterThan(300);
    expect(count(db, "SELECT count(*) FROM visits WHERE notes GLOB '*[åäö]*'")).toBe(120);
    expect(count(db, 'SELECT count(DISTINCT notes) FROM visits')).toBe(120);
    expect(count(db, 'SELECT count(DISTINCT visit_id) FROM visit_obstacles')).toBeGreaterThan(10);
    expect(
      count(
        db,
        'SELECT count(*) FROM visits WHERE id NOT IN (SELECT visit_id FROM visit_participants)',
      ),
    ).toBe(0);
    expect(count(db, 'SELECT count(*) FROM visit_participants WHERE stakeholder_id IS NULL')).toBe(
      0,
    );
    expect(count(db, 'SELECT count(*) FROM visits WHERE follow_up_needed = 1')).toBeGreaterThan(20);
    const confidential = count(db, 'SELECT count(*) FROM visits WHERE confidential = 1');
    expect(confidential).toBeGreaterThan(2);
    expect(confidential).toBeLessThan(30);
    expect(count(db, 'SELECT count(*) FROM visits WHERE satisfaction IS NOT NULL')).toBeGreaterThan(
      60,
    );
    // A visit's locality is its company's.
    expect(
      count(
        db,
        'SELECT count(*) FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.locality <> c.locality',
      ),
    ).toBe(0);
  });

  it('is found by the search index, obstacles included', () => {
    const hits = (q: string) =>
      count(db, 'SELECT count(*) FROM search_fts WHERE search_fts MATCH ?', q);
    expect(hits('kompetensförsörjning*')).toBeGreaterThan(0);
    const obstacle = db.prepare('SELECT text FROM visit_obstacles LIMIT 1').pluck().get() as string;
    const word = obstacle.split(' ').find((w) => w.length > 5)!;
    expect(
      count(
        db,
        "SELECT count(*) FROM search_fts WHERE kind = 'visit' AND search_fts MATCH ?",
        `"${word}"`,
      ),
    ).toBeGreaterThan(0);
    // Companies, stakeholders and visits, plus the programme demo's interviews and actions.
    expect(
      count(
        db,
        "SELECT count(*) FROM search_fts WHERE kind IN ('company', 'stakeholder', 'visit')",
      ),
    ).toBe(300 + 80 + 120);
    expect(count(db, 'SELECT count(*) FROM search_map')).toBe(
      300 +
        80 +
        120 +
        count(db, 'SELECT (SELECT count(*) FROM interviews) + (SELECT count(*) FROM actions)'),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses to fill a database that already has data, and changes nothing', () => {
    const before = hashDatabase(db);
    expect(() => generateDemo(db, { size: 'demo', today })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/tom databas/) }),
    );
    expect(hashDatabase(db)).toBe(before);
  });
});

describe('generateDemo sizes and inputs', () => {
  it("makes the 'small' data set of BENCHMARKS.md", () => {
    const db = freshDb();
    const counts = generateDemo(db, { size: 'small', seed: 3, today });
    expect(counts).toMatchObject({ companies: 1500, stakeholders: 300, visits: 600 });
    expect(count(db, 'SELECT count(*) FROM companies')).toBe(1500);
    expect(count(db, 'SELECT count(*) FROM stakeholders')).toBe(300);
    expect(count(db, 'SELECT count(*) FROM visits')).toBe(600);
  });

  it('refuses a bad date', () => {
    expect(() => generateDemo(freshDb(), { size: 'demo', today: '2025-13-40' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });

  it('refuses a database that only has a soft-deleted company', () => {
    const db = freshDb();
    db.prepare(
      "INSERT INTO companies (id, name, created_at, updated_at, deleted_at) VALUES ('x', 'Borttaget AB', 'x', 'x', 'x')",
    ).run();
    expect(() => generateDemo(db, { size: 'demo', today })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });
});

describe('demo building blocks', () => {
  it('computes Luhn check digits as the org. number package expects', () => {
    expect(luhnCheckDigit('556036079')).toBe(3); // 556036-0793
    const rng = new Random(9);
    for (let i = 0; i < 500; i++) {
      const body = `${rng.int(10, 99)}${rng.int(20, 99)}${String(rng.int(0, 99999)).padStart(5, '0')}`;
      const number = `${body.slice(0, 6)}-${body.slice(6)}${luhnCheckDigit(body)}`;
      expect(Organisationsnummer.valid(number), number).toBe(true);
    }
  });

  it('repeats its random sequence for a seed', () => {
    const a = new Random(5);
    const b = new Random(5);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Random(5).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
