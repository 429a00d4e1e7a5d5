// Runs in: main process / Node. The example municipality's interviews and insights, built on the
// demo visits already in the database: deterministic from `today` and the rows it finds.
import type { Database } from 'better-sqlite3';
import type { InsightType, ObstacleStatus } from '../../../shared/domain/insights';
import { addDays, formatDay, parseDay, timestampAt } from '../demo/dates';
import { Random } from '../demo/random';
import {
  demoAnswers,
  demoGuide,
  demoInsights,
  demoInterviewNotes,
  demoIntervieweeFallback,
  demoObstacleOwners,
} from './demoTexts';
import { currentProgrammeId } from './programme';

export interface InsightsDemoCounts {
  guides: number;
  interviews: number;
  answers: number;
  insights: number;
  sources: number;
}

interface Person {
  id: string | null;
  name: string;
  organisation: string;
  companyId: string | null;
}

interface Source {
  kind: 'visit' | 'visit_obstacle' | 'interview_answer' | 'workshop' | 'statistics';
  refId: string | null;
  parentId: string | null;
  excerpt: string;
  note: string;
}

interface Planned {
  type: InsightType;
  text: string;
  sources: Source[];
}

const OBSTACLE_KEY = 'hinder:';
/** How many of the most frequent visit obstacles become tracked obstacles. */
const TRACKED_OBSTACLES = 7;
const VISITS_PER_TOPIC = 6;

/**
 * People to interview: mostly company contacts, some from business organisations and networks
 * (the guide's questions are for businesses); a fixed few when the register has none.
 */
function interviewees(db: Database, rng: Random, count: number): Person[] {
  const select = (where: string) =>
    db
      .prepare(
        `SELECT s.id, s.name, coalesce(c.name, s.organisation, '') AS organisation,
                s.company_id AS companyId
         FROM stakeholders s LEFT JOIN companies c ON c.id = s.company_id
         WHERE s.kind = 'person' AND s.deleted_at IS NULL AND ${where}
         ORDER BY s.id LIMIT 400`,
      )
      .all() as Person[];
  const contacts = select('s.company_id IS NOT NULL');
  const organisations = select(
    `s.company_id IS NULL AND s.id IN (SELECT stakeholder_id FROM stakeholder_categories
       WHERE category IN ('business_org', 'business_network'))`,
  );
  const fromOrganisations = Math.min(organisations.length, Math.round(count / 4));
  const chosen = [
    ...rng.sample(contacts, count - fromOrganisations),
    ...rng.sample(organisations, fromOrganisations),
  ];
  const pool =
    chosen.length > 0
      ? chosen
      : demoIntervieweeFallback.map((p) => ({ ...p, id: null, companyId: null }));
  const people = rng.sample(pool, pool.length);
  while (people.length < count) people.push(pool[people.length % pool.length]!);
  return people.slice(0, count);
}

function hasAnalysis(db: Database): boolean {
  return (
    (db
      .prepare(
        `SELECT (SELECT count(*) FROM interview_guides) + (SELECT count(*) FROM interviews)
              + (SELECT count(*) FROM insights)`,
      )
      .pluck()
      .get() as number) > 0
  );
}

/**
 * Writes an interview guide with six questions, `interviews` interviews (default 12) and about 30
 * insights whose sources are those interviews' answers, the demo visits and their obstacles.
 * Does nothing when the database already has interviews or insights.
 */
export function generateInsightsDemo(
  db: Database,
  today: string,
  options: { interviews?: number; seed?: number } = {},
): InsightsDemoCounts {
  const counts: InsightsDemoCounts = {
    guides: 0,
    interviews: 0,
    answers: 0,
    insights: 0,
    sources: 0,
  };
  if (hasAnalysis(db)) return counts;
  const day = parseDay(today);
  const rng = new Random(options.seed ?? 4);
  const ids = new Random((options.seed ?? 4) ^ 0x2f6b1d35);
  const count = options.interviews ?? 12;
  const programmeId = currentProgrammeId(db);
  const setupAt = timestampAt(addDays(day, -130), 10, 0);

  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  const planned = new Map<string, Planned>();
  const plan = (key: string, type: InsightType, text: string): Planned => {
    let entry = planned.get(key);
    if (!entry) {
      entry = { type, text, sources: [] };
      planned.set(key, entry);
    }
    return entry;
  };

  db.transaction(() => {
    // The guide.
    const guideId = ids.uuid();
    run(
      `INSERT INTO interview_guides (id, name, description, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
      guideId,
      demoGuide.name,
      demoGuide.description,
      setupAt,
      setupAt,
    );
    const questionIds = demoGuide.questions.map((text, position) => {
      const id = ids.uuid();
      run(
        `INSERT INTO interview_questions (id, guide_id, position, text, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
        id,
        guideId,
        position,
        text,
        setupAt,
        setupAt,
      );
      return id;
    });
    counts.guides = 1;

    // The interviews, spread over the last four months, with answers drawn from the pools.
    interviewees(db, rng, count).forEach((person, n) => {
      const date = addDays(day, -Math.round(((count - n) * 120) / count) + rng.int(0, 3));
      const at = timestampAt(date, 16, rng.int(0, 59));
      const id = ids.uuid();
      const themes = new Set<string>();
      run(
        `INSERT INTO interviews (id, programme_id, guide_id, date, interviewee_stakeholder_id,
           interviewee_name, company_id, organisation, notes, confidential, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        id,
        programmeId,
        guideId,
        formatDay(date),
        person.id,
        person.name,
        person.companyId,
        person.organisation,
        rng.pick(demoInterviewNotes),
        n % 6 === 5 ? 1 : 0,
        at,
        at,
      );
      demoAnswers.forEach((pool, position) => {
        const answer = pool[(n + rng.int(0, pool.length - 1)) % pool.length]!;
        const answerId = ids.uuid();
        run(
          `INSERT INTO interview_answers (id, interview_id, question_id, question_text, answer,
             position, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          answerId,
          id,
          questionIds[position],
          demoGuide.questions[position],
          answer.text,
          position,
          at,
          at,
        );
        counts.answers += 1;
        if (answer.theme) themes.add(answer.theme);
        if (!answer.insight) return;
        const source: Source = {
          kind: 'interview_answer',
          refId: answerId,
          parentId: id,
          excerpt: answer.text,
          note: '',
        };
        if (answer.insight.startsWith(OBSTACLE_KEY)) {
          const text = answer.insight.slice(OBSTACLE_KEY.length);
          plan(`obstacle:${text}`, 'obstacle', text).sources.push(source);
        } else {
          const def = demoInsights[answer.insight]!;
          plan(answer.insight, def.type, def.text).sources.push(source);
        }
      });
      for (const theme of themes) {
        run(
          'INSERT INTO interview_themes (interview_id, theme, created_at) VALUES (?, ?, ?)',
          id,
          theme,
          at,
        );
      }
      // The search trigger reads the answers and themes written above.
      run('UPDATE interviews SET updated_at = updated_at WHERE id = ?', id);
      counts.interviews += 1;
    });

    // Tracked obstacles: the ones raised most often at the visits, each citing every visit.
    const obstacles = db
      .prepare(
        `SELECT o.id, o.text, o.visit_id AS visitId FROM visit_obstacles o
         JOIN visits v ON v.id = o.visit_id AND v.deleted_at IS NULL
         ORDER BY v.visit_date, o.id`,
      )
      .all() as { id: string; text: string; visitId: string }[];
    const byText = new Map<string, typeof obstacles>();
    for (const o of obstacles) byText.set(o.text, [...(byText.get(o.text) ?? []), o]);
    // Those the interviews raised too, then the most frequent others.
    const raised = [...byText.entries()].filter(([text]) => planned.has(`obstacle:${text}`));
    const frequent = [...byText.entries()]
      .filter(([text]) => !planned.has(`obstacle:${text}`))
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'sv'))
      .slice(0, Math.max(0, TRACKED_OBSTACLES - raised.length));
    for (const [text, list] of [...raised, ...frequent]) {
      plan(`obstacle:${text}`, 'obstacle', text).sources.unshift(
        ...list.map((o) => ({
          kind: 'visit_obstacle' as const,
          refId: o.id,
          parentId: o.visitId,
          excerpt: o.text,
          note: '',
        })),
      );
    }

    // Every SWOT insight, also those no interview happened to raise, with visits on its topics.
    const visitsOnTopic = db.prepare(
      `SELECT v.id FROM visit_topics t JOIN visits v ON v.id = t.visit_id AND v.deleted_at IS NULL
       WHERE t.topic = ? ORDER BY v.visit_date DESC, v.id LIMIT ${VISITS_PER_TOPIC}`,
    );
    for (const [key, def] of Object.entries(demoInsights)) {
      const entry = plan(key, def.type, def.text);
      for (const topic of def.topics ?? []) {
        for (const { id } of visitsOnTopic.all(topic) as { id: string }[]) {
          entry.sources.push({ kind: 'visit', refId: id, parentId: id, excerpt: '', note: '' });
        }
      }
      if (def.workshop) {
        entry.sources.push({
          kind: 'workshop',
          refId: null,
          parentId: null,
          excerpt: '',
          note: def.workshop,
        });
      }
      if (def.statistics) {
        entry.sources.push({
          kind: 'statistics',
          refId: null,
          parentId: null,
          excerpt: '',
          note: def.statistics,
        });
      }
    }

    const insert = db.prepare(
      `INSERT INTO insights (id, programme_id, type, text, obstacle_status, obstacle_owner,
         obstacle_removed_date, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const cite = db.prepare(
      `INSERT INTO insight_sources (id, insight_id, kind, ref_id, parent_id, excerpt, note,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let obstacleIndex = 0;
    for (const entry of planned.values()) {
      const id = ids.uuid();
      const at = timestampAt(addDays(day, -rng.int(2, 30)), 9, rng.int(0, 59));
      let status: ObstacleStatus | null = null;
      let owner = '';
      let removed: string | null = null;
      if (entry.type === 'obstacle') {
        // A realistic mix: some open without anyone responsible, some under way, one removed.
        const i = obstacleIndex++;
        status = i === 3 ? 'removed' : i % 3 === 1 ? 'in_progress' : 'open';
        owner =
          i % 3 === 2 && status === 'open'
            ? ''
            : demoObstacleOwners[i % demoObstacleOwners.length]!;
        removed = status === 'removed' ? formatDay(addDays(day, -12)) : null;
      }
      insert.run(id, programmeId, entry.type, entry.text, status, owner, removed, at, at);
      counts.insights += 1;
      const seen = new Set<string>();
      for (const s of entry.sources) {
        const key = `${s.kind}:${s.refId ?? s.note}`;
        if (seen.has(key)) continue;
        seen.add(key);
        cite.run(ids.uuid(), id, s.kind, s.refId, s.parentId, s.excerpt, s.note, at, at);
        counts.sources += 1;
      }
    }
  })();
  return counts;
}
