// Runs in: main process / Node. Fills an empty database with the example municipality
// "Exempelkommun": deterministic from the seed and `today`, written in one transaction.
import type { Database } from 'better-sqlite3';
import type { Settings } from '../../../shared/domain/app';
import { AppFailure } from '../../../shared/errors';
import { setSetting } from '../settings/queries';
import { makeCompanies } from './companies';
import { demoPlaces, unreachedInDemo } from './data/places';
import { addDays, formatDay, localToday, parseDay, timestampAt } from './dates';
import { Random } from './random';
import { demoSizes, type DemoSize } from './sizes';
import { makeStakeholders } from './stakeholders';
import { generateProgrammeDemo } from './programme';
import { makeVisits } from './visits';

export interface DemoOptions {
  size: DemoSize;
  /** Same seed and same `today` → the same rows, ids and timestamps. Default 1. */
  seed?: number;
  /** YYYY-MM-DD; visits end the day before. Default: the local date. */
  today?: string;
}

export interface DemoCounts {
  localities: number;
  companies: number;
  stakeholders: number;
  visits: number;
  participants: number;
  obstacles: number;
  topics: number;
}

export const demoSettings: Settings = {
  municipality: 'Exempelkommun',
  unit: 'Näringslivsenheten',
  officerName: 'Karin Lindqvist',
  officerTitle: 'Näringslivsutvecklare',
  officerPhone: '070-174 06 50',
  officerEmail: 'karin.lindqvist@exempelkommun.se',
  language: 'sv',
  backupIntervalDays: 1,
};

function assertEmpty(db: Database): void {
  const used = db
    .prepare(
      `SELECT (SELECT count(*) FROM companies) + (SELECT count(*) FROM stakeholders)
            + (SELECT count(*) FROM visits)`,
    )
    .pluck()
    .get() as number;
  if (used > 0) {
    throw new AppFailure('CONFLICT', {
      sv: 'Exempelkommunen kan bara skapas i en tom databas. Den här databasen har redan företag, aktörer eller besök, och inget har ändrats.',
      en: 'The example municipality can only be created in an empty database. This database already has companies, stakeholders or visits, and nothing was changed.',
    });
  }
}

/**
 * Rows are collected in a TEMP table and moved with one INSERT … SELECT per table. The search
 * index triggers still fire for every row, but FTS5 flushes its pending terms at every statement
 * that fires a trigger, so row-by-row inserts are about ten times slower.
 */
function staging(db: Database, table: string, columns: readonly string[]) {
  const temp = `demo_${table}`;
  const list = columns.join(', ');
  db.exec(`CREATE TEMP TABLE ${temp} AS SELECT ${list} FROM main.${table} WHERE 0`);
  const insert = db.prepare(
    `INSERT INTO temp.${temp} (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  return {
    add: (...values: unknown[]) => insert.run(...values),
    flush: () => {
      db.exec(
        `INSERT INTO main.${table} (${list}) SELECT ${list} FROM temp.${temp} ORDER BY ${columns[0]}`,
      );
      db.exec(`DROP TABLE temp.${temp}`);
    },
  };
}

export function generateDemo(db: Database, options: DemoOptions): DemoCounts {
  const spec = demoSizes[options.size];
  const seed = options.seed ?? 1;
  const today = parseDay(options.today ?? localToday());
  // Separate streams: ids do not shift when a text pool changes, and vice versa.
  const rng = new Random(seed);
  const ids = new Random(seed ^ 0x5bd1e995);
  // Everything was registered some months before the first visit.
  const firstDay = addDays(today, -spec.visitDays - 150);
  const setupAt = timestampAt(firstDay, 9, 0);

  assertEmpty(db);
  const companies = makeCompanies(rng, ids, spec.companies, firstDay);
  const stakeholders = makeStakeholders(
    rng,
    ids,
    spec.stakeholders,
    companies,
    firstDay,
    options.size === 'demo' ? 1 : 0.5,
  );
  const visits = makeVisits(rng, ids, companies, stakeholders, {
    count: spec.visits,
    today,
    days: spec.visitDays,
    officerName: demoSettings.officerName,
    unreached: spec.leaveUnreached ? unreachedInDemo : [],
  });

  const counts: DemoCounts = {
    localities: demoPlaces.length,
    companies: companies.length,
    stakeholders: stakeholders.length,
    visits: visits.length,
    participants: 0,
    obstacles: 0,
    topics: 0,
  };

  db.transaction(() => {
    for (const [key, value] of Object.entries(demoSettings)) setSetting(db, key, value, setupAt);
    const locality = db.prepare(
      `INSERT INTO localities (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    );
    for (const place of demoPlaces) locality.run(ids.uuid(), place.name, setupAt, setupAt);

    const company = staging(db, 'companies', [
      'id',
      'name',
      'org_number',
      'sni_code',
      'industry',
      'size_class',
      'locality',
      'address',
      'postal_code',
      'city',
      'website',
      'phone',
      'email',
      'notes',
      'created_at',
      'updated_at',
    ]);
    for (const c of companies) {
      company.add(
        c.id,
        c.name,
        c.orgNumber,
        c.sniCode,
        c.industry,
        c.sizeClass,
        c.locality,
        c.address,
        c.postalCode,
        c.city,
        c.website,
        c.phone,
        c.email,
        c.notes,
        c.createdAt,
        c.createdAt,
      );
    }
    company.flush();

    const stakeholder = staging(db, 'stakeholders', [
      'id',
      'kind',
      'name',
      'organisation',
      'role_title',
      'phone',
      'email',
      'locality',
      'notes',
      'key_actor',
      'champion',
      'legal_basis',
      'purpose',
      'company_id',
      'created_at',
      'updated_at',
    ]);
    const category = staging(db, 'stakeholder_categories', [
      'stakeholder_id',
      'category',
      'created_at',
    ]);
    const contact = staging(db, 'company_contacts', ['company_id', 'stakeholder_id', 'created_at']);
    for (const st of stakeholders) {
      stakeholder.add(
        st.id,
        st.kind,
        st.name,
        st.organisation,
        st.roleTitle,
        st.phone,
        st.email,
        st.locality,
        st.notes,
        st.keyActor ? 1 : 0,
        st.champion ? 1 : 0,
        'public_task',
        st.purpose,
        st.companyId,
        st.createdAt,
        st.createdAt,
      );
      for (const c of st.categories) category.add(st.id, c, st.createdAt);
      if (st.companyId) contact.add(st.companyId, st.id, st.createdAt);
    }
    stakeholder.flush();
    category.flush();
    contact.flush();

    const visit = staging(db, 'visits', [
      'id',
      'company_id',
      'visit_date',
      'locality',
      'purpose',
      'notes',
      'our_participants',
      'follow_up_needed',
      'follow_up_note',
      'follow_up_done',
      'satisfaction',
      'confidential',
      'created_at',
      'updated_at',
    ]);
    const participant = staging(db, 'visit_participants', [
      'id',
      'visit_id',
      'stakeholder_id',
      'name',
      'created_at',
      'updated_at',
    ]);
    const topic = staging(db, 'visit_topics', ['visit_id', 'topic', 'created_at']);
    const obstacle = staging(db, 'visit_obstacles', [
      'id',
      'visit_id',
      'text',
      'created_at',
      'updated_at',
    ]);
    for (const v of visits) {
      for (const p of v.participants) {
        participant.add(p.id, v.id, p.stakeholderId, p.name, v.createdAt, v.createdAt);
      }
      for (const o of v.obstacles) obstacle.add(o.id, v.id, o.text, v.createdAt, v.createdAt);
      for (const t of v.topics) topic.add(v.id, t, v.createdAt);
      visit.add(
        v.id,
        v.companyId,
        v.visitDate,
        v.locality,
        v.purpose,
        v.notes,
        v.ourParticipants,
        v.followUpNeeded ? 1 : 0,
        v.followUpNote,
        v.followUpDone ? 1 : 0,
        v.satisfaction,
        v.confidential ? 1 : 0,
        v.createdAt,
        v.updatedAt,
      );
      counts.participants += v.participants.length;
      counts.obstacles += v.obstacles.length;
      counts.topics += v.topics.length;
    }
    // The visit's search-index trigger reads its obstacles and participants, so those go in
    // first; their foreign keys are checked at commit.
    db.pragma('defer_foreign_keys = ON');
    participant.flush();
    obstacle.flush();
    topic.flush();
    visit.flush();
  })();
  // The stress sets measure the registers; the example municipality also has its programme work.
  if (options.size !== 'large') generateProgrammeDemo(db, formatDay(today));
  return counts;
}
