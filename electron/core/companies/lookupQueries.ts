// Runs in: main process / Node. Type-ahead for choosing a company (e.g. in the visit form).
import type { Database } from 'better-sqlite3';
import type { CompanyLookup } from '../../../shared/domain/companies';
import { buildFtsQuery } from '../search/ftsQuery';
import { prepared } from './statements';

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
/** Above every character SQLite can store, so [p, p + maxCodePoint) is "starts with p". */
const maxCodePoint = '\u{10FFFF}';

function byName(a: CompanyLookup, b: CompanyLookup): number {
  return collator.compare(a.name, b.name);
}

/**
 * NOCASE folds only ASCII, so names are searched in the case forms an officer would type and a
 * register would hold ("åker", "Åker", "ÅKER", "Åker Smide"), each one a range on the name index.
 */
function caseForms(query: string): string[] {
  const lower = query.toLocaleLowerCase('sv');
  const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
  const forms = [
    lower,
    query.toLocaleUpperCase('sv'),
    capitalise(lower),
    lower.split(' ').map(capitalise).join(' '),
    query,
  ];
  return [...new Set(forms)];
}

function namePrefixHits(db: Database, query: string, limit: number): CompanyLookup[] {
  const statement = prepared<CompanyLookup>(
    db,
    `SELECT id, name, org_number AS orgNumber, locality FROM companies
     WHERE deleted_at IS NULL AND name COLLATE NOCASE >= @from AND name COLLATE NOCASE < @to
     ORDER BY name COLLATE NOCASE
     LIMIT @limit`,
  );
  return caseForms(query).flatMap((form) =>
    statement.all({ from: form, to: form + maxCodePoint, limit }),
  );
}

/** "556016", "5560160680" and "556016-06" all reach 556016-0680 through the org. number index. */
function orgNumberPrefixHits(db: Database, query: string, limit: number): CompanyLookup[] {
  if (!/^\d[\d\s-]*$/.test(query)) return [];
  const digits = query.replace(/\D/g, '');
  if (digits.length < 2) return [];
  const prefix = digits.length > 6 ? `${digits.slice(0, 6)}-${digits.slice(6, 10)}` : digits;
  return prepared<CompanyLookup>(
    db,
    `SELECT id, name, org_number AS orgNumber, locality FROM companies
     WHERE org_number >= @from AND org_number < @to AND deleted_at IS NULL
     ORDER BY org_number
     LIMIT @limit`,
  ).all({ from: prefix, to: prefix + maxCodePoint, limit });
}

/** Companies with a word of the name (or other indexed text) starting with the query. */
function wordHits(db: Database, query: string, limit: number): CompanyLookup[] {
  const match = buildFtsQuery(query);
  if (match === null) return [];
  return prepared<CompanyLookup>(
    db,
    `SELECT c.id, c.name, c.org_number AS orgNumber, c.locality
     FROM (SELECT ref_id FROM search_fts WHERE search_fts MATCH @match AND kind = 'company'
           LIMIT @limit) f
     JOIN companies c ON c.id = f.ref_id
     WHERE c.deleted_at IS NULL`,
  ).all({ match, limit });
}

/** Names (and org. numbers) starting with the query come first, then word matches; by name. */
export function lookupCompanies(db: Database, rawQuery: string, limit: number): CompanyLookup[] {
  const query = rawQuery.trim().replace(/\s+/g, ' ');
  if (query === '') return [];
  const seen = new Set<string>();
  const unique = (rows: CompanyLookup[]) =>
    rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));

  const lowerQuery = query.toLocaleLowerCase('sv');
  const prefix = unique([
    ...namePrefixHits(db, query, limit),
    ...orgNumberPrefixHits(db, query, limit),
  ])
    // The ranges are a superset only when NOCASE and Swedish case rules disagree.
    .filter(
      (r) =>
        r.name.toLocaleLowerCase('sv').startsWith(lowerQuery) ||
        (r.orgNumber !== null && /^\d/.test(query)),
    )
    .sort(byName);
  if (prefix.length >= limit) return prefix.slice(0, limit);
  // Word matches are read without bm25 ranking: a short prefix such as "ab" matches nearly the
  // whole register, and ranking all of it would cost far more than the type-ahead can afford.
  const words = unique(wordHits(db, query, Math.max(limit * 5, 50))).sort(byName);
  return [...prefix, ...words].slice(0, limit);
}
