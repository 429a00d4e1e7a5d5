// Runs in: vitest (Node). Global search and its FTS5 query builder.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFtsQuery } from '../../../electron/core/search/ftsQuery';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { insertCompany, makeCaller, trashCompany } from '../visits/fixtures';

let ctx: TestContext;
let api: ReturnType<typeof makeCaller>;

beforeEach(() => {
  ctx = makeTestContext();
  api = makeCaller(ctx);
});
afterEach(() => ctx.cleanup());

describe('buildFtsQuery', () => {
  it('makes every word a quoted prefix term, all required', () => {
    expect(buildFtsQuery('Åkeri   växjö')).toBe('"Åkeri"* AND "växjö"*');
    expect(buildFtsQuery('Växjö-företaget')).toBe('"Växjö-företaget"*');
    expect(buildFtsQuery('-trä- x')).toBe('"trä"* AND "x"');
  });

  it('strips quotes and operators so they are plain words', () => {
    expect(buildFtsQuery('"bygg" OR NOT (trä*)')).toBe('"bygg"* AND "OR"* AND "NOT"* AND "trä"*');
    expect(buildFtsQuery('title:bygg^ NEAR(a b)')).toBe(
      '"title"* AND "bygg"* AND "NEAR"* AND "a" AND "b"',
    );
    expect(buildFtsQuery('bygg BYGG Bygg')).toBe('"bygg"*');
  });

  it('returns null when nothing searchable was typed', () => {
    for (const text of ['', '   ', '"', '***', '- -- -', '()^:', '\u0301']) {
      expect(buildFtsQuery(text), JSON.stringify(text)).toBeNull();
    }
  });

  it('reads org. numbers in every usual form', () => {
    const both = '("556123-4567"* OR "5561234567"*)';
    for (const text of [
      '556123-4567',
      '5561234567',
      '556123 4567',
      '16556123-4567',
      '556123+4567',
    ]) {
      expect(buildFtsQuery(text), text).toBe(both);
    }
    expect(buildFtsQuery('Ljungby 556123-4567')).toBe(`${both} AND "Ljungby"*`);
    expect(buildFtsQuery('556123-45')).toBe('"556123-45"*');
    expect(buildFtsQuery('2024-03-05')).toBe('"2024-03-05"*');
  });

  it('never throws, and the database accepts whatever it builds', () => {
    const db = ctx.db!;
    insertCompany(db, {
      name: 'Ågrens Åkeri',
      orgNumber: '556123-4567',
      notes: 'Trä "och" OR plåt',
    });
    const match = db.prepare(
      "SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(0.0, 0.0, 10.0, 1.0)'",
    );
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc
        .array(
          fc.constantFrom(
            '"',
            '*',
            '-',
            '^',
            ':',
            '(',
            ')',
            'OR',
            'AND',
            'NOT',
            'NEAR',
            '+',
            'å',
            'Ö',
            ' ',
            '556123',
            '4567',
            '{',
            '}',
            "'",
            '\u0301',
          ),
          { maxLength: 30 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const query = buildFtsQuery(input);
        if (query !== null) match.get(query);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('search:global', () => {
  beforeEach(async () => {
    insertCompany(ctx.db!, {
      name: 'Ågrens Åkeri AB',
      orgNumber: '556123-4567',
      locality: 'Strömsnäs',
      notes: 'Åkeri med tolv lastbilar',
    });
    insertCompany(ctx.db!, { name: 'Strömsnäs Bygg', locality: 'Strömsnäs', notes: 'Byggfirma' });
    await api.call('stakeholders:create', {
      name: 'Karin Lind',
      email: 'karin.lind@example.se',
      notes: 'Driver frågan om åkerier och transporter',
    });
  });

  it('finds companies by name prefix, with the title match ranked first', async () => {
    const hits = await api.call('search:global', { query: 'åkeri' });
    expect(hits.map((h) => [h.kind, h.title])).toEqual([
      ['company', 'Ågrens Åkeri AB'],
      ['stakeholder', 'Karin Lind'],
    ]);
    expect(hits[0]!.snippet).toContain('Åkeri med tolv lastbilar');
    expect(hits[0]!.snippet).not.toMatch(/[[\]<>]/);
  });

  it('finds a company by its org. number with or without the hyphen', async () => {
    for (const query of ['556123-4567', '5561234567', '556123']) {
      const hits = await api.call('search:global', { query });
      expect(
        hits.map((h) => h.title),
        query,
      ).toEqual(['Ågrens Åkeri AB']);
    }
  });

  it('finds a stakeholder by e-mail and limits the hits', async () => {
    expect((await api.call('search:global', { query: 'karin.lind' })).map((h) => h.kind)).toEqual([
      'stakeholder',
    ]);
    expect(await api.call('search:global', { query: 'strömsnäs', limit: 1 })).toHaveLength(1);
    expect(await api.call('search:global', { query: 'strömsnäs' })).toHaveLength(2);
  });

  it('answers odd input with no hits instead of an error', async () => {
    for (const query of ['', '"', 'OR', '(((', '*', 'NEAR(', '-', '"åkeri']) {
      const result = await api.call('search:global', { query });
      expect(Array.isArray(result), query).toBe(true);
    }
  });

  it('leaves soft-deleted records out', async () => {
    const [company] = await api.call('search:global', { query: 'ågren' });
    trashCompany(ctx.db!, company!.id);
    expect(await api.call('search:global', { query: 'ågren' })).toEqual([]);
  });
});
