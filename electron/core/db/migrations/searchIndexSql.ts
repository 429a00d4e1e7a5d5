// Runs in: main process / Node. What each register puts into the search index, and the trigger
// SQL that keeps it there. Migrations call these with the register definitions of their time.

export interface SearchRegister {
  table: string;
  kind: string;
  /** SQL expressions; `$` stands for the row (new/old). */
  title: string;
  body: string;
}

/** The three registers of migration 001 (companies, stakeholders, visits). */
export const registers001: readonly SearchRegister[] = [
  {
    table: 'companies',
    kind: 'company',
    title: '$.name',
    body: "concat_ws(' ', $.org_number, replace($.org_number, '-', ''), $.industry, $.sni_code, $.locality, $.city, $.notes)",
  },
  {
    table: 'stakeholders',
    kind: 'stakeholder',
    title: '$.name',
    body: "concat_ws(' ', $.organisation, $.role_title, $.email, $.locality, $.notes)",
  },
  {
    table: 'visits',
    kind: 'visit',
    title: "coalesce((SELECT name FROM companies WHERE id = $.company_id), '')",
    // Children (obstacles, participants) are written after the visit; the visit query module
    // touches the visit row afterwards so that the update trigger indexes them too.
    body:
      "concat_ws(' ', $.visit_date, $.locality, $.purpose, $.notes, $.follow_up_note, $.our_participants, " +
      "(SELECT group_concat(text, ' ') FROM visit_obstacles WHERE visit_id = $.id), " +
      "(SELECT group_concat(name, ' ') FROM visit_participants WHERE visit_id = $.id))",
  },
];

const expr = (sql: string, row: string) => sql.replaceAll('$', row);

export function putSql(r: SearchRegister, row: string, when = `${row}.deleted_at IS NULL`): string {
  return `
    INSERT INTO search_fts(kind, ref_id, title, body)
      SELECT '${r.kind}', ${row}.id, ${expr(r.title, row)}, ${expr(r.body, row)} WHERE ${when};
    INSERT INTO search_map(ref_id, fts_rowid) SELECT ${row}.id, last_insert_rowid() WHERE ${when};`;
}

export function dropSql(row: string, when = '1'): string {
  return `
    DELETE FROM search_fts
      WHERE ${when} AND rowid = (SELECT fts_rowid FROM search_map WHERE ref_id = ${row}.id);
    DELETE FROM search_map WHERE ${when} AND ref_id = ${row}.id;`;
}

/** Insert, update (delete + insert) and delete triggers, as migration 001 created them. */
export function searchTriggers(r: SearchRegister): string {
  return `
CREATE TRIGGER ${r.table}_search_ai AFTER INSERT ON ${r.table} BEGIN ${putSql(r, 'new')} END;
CREATE TRIGGER ${r.table}_search_au AFTER UPDATE ON ${r.table} BEGIN ${dropSql('old')} ${putSql(r, 'new')} END;
CREATE TRIGGER ${r.table}_search_ad AFTER DELETE ON ${r.table} BEGIN ${dropSql('old')} END;`;
}

/**
 * An update trigger that rewrites a live row's index entry in place. Deleting and re-inserting
 * the entry on every update stops FTS5 from buffering, which made bulk updates ten times slower.
 */
export function inPlaceUpdateTrigger(r: SearchRegister): string {
  const stays = 'old.deleted_at IS NULL AND new.deleted_at IS NULL';
  const leaves = 'old.deleted_at IS NULL AND new.deleted_at IS NOT NULL';
  const returns = 'old.deleted_at IS NOT NULL AND new.deleted_at IS NULL';
  return `
DROP TRIGGER IF EXISTS ${r.table}_search_au;
CREATE TRIGGER ${r.table}_search_au AFTER UPDATE ON ${r.table} BEGIN
  UPDATE search_fts SET title = ${expr(r.title, 'new')}, body = ${expr(r.body, 'new')}
    WHERE ${stays} AND rowid = (SELECT fts_rowid FROM search_map WHERE ref_id = new.id);
  ${dropSql('old', leaves)}
  ${putSql(r, 'new', returns)}
END;`;
}
