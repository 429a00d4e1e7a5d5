// Runs in: main process / Node. Health checks on who takes part: empty actor categories (A01–A16),
// key actors and champions (A15), localities the work has not reached (A16), the anchoring list
// (S09, I05) and the working group's coverage of the categories (I22, S23).
import { actorCategories } from '../../../../shared/domain/actorCategories';
import { cachedStatement } from '../../search/cachedStatement';
import { screens } from '../routes';
import {
  type Evaluator,
  fromItems,
  notApplicable,
  notRecordedYet,
  same,
  tableExists,
} from '../types';

const categoryCounts = (ctx: Parameters<Evaluator>[0]) => {
  const rows = cachedStatement(
    ctx.db,
    `SELECT sc.category AS category, count(*) AS n
     FROM stakeholder_categories sc JOIN stakeholders s ON s.id = sc.stakeholder_id
     WHERE s.deleted_at IS NULL GROUP BY sc.category`,
  ).all() as { category: string; n: number }[];
  return new Map(rows.map((r) => [r.category, r.n]));
};

const emptyActorCategories: Evaluator = (ctx) => {
  const counts = categoryCounts(ctx);
  return fromItems(
    actorCategories
      .filter((c) => !counts.get(c.id))
      .map((c) => ({ label: { sv: c.sv, en: c.en }, route: ['stakeholders', 'new'] })),
  );
};

const noKeyActors: Evaluator = ({ db }) => {
  const { n } = cachedStatement(
    db,
    `SELECT count(*) AS n FROM stakeholders
     WHERE deleted_at IS NULL AND (key_actor = 1 OR champion = 1)`,
  ).get() as { n: number };
  return n > 0
    ? { status: 'ok', count: 0, items: [] }
    : {
        status: 'attention',
        count: 1,
        items: [
          {
            label: {
              sv: 'Markera nyckelaktörer och eldsjälar',
              en: 'Mark key actors and champions',
            },
            route: ['stakeholders'],
          },
        ],
      };
};

/** A locality counts as reached by a company visit or by an actor who is based there. */
const unreachedLocalities: Evaluator = ({ db }) => {
  const localities = cachedStatement(
    db,
    'SELECT name FROM localities ORDER BY name COLLATE NOCASE',
  ).all() as { name: string }[];
  if (localities.length === 0) {
    return notApplicable({
      sv: 'Kommunens orter är inte inlagda. Lägg in dem under Inställningar.',
      en: "The municipality's localities are not entered. Add them under Settings.",
    });
  }
  const reached = new Set(
    (
      cachedStatement(
        db,
        `SELECT locality FROM visits WHERE deleted_at IS NULL AND coalesce(locality, '') <> ''
         UNION SELECT locality FROM stakeholders
         WHERE deleted_at IS NULL AND coalesce(locality, '') <> ''`,
      ).all() as { locality: string }[]
    ).map((r) => r.locality.trim().toLocaleLowerCase('sv')),
  );
  return fromItems(
    localities
      .filter((l) => !reached.has(l.name.trim().toLocaleLowerCase('sv')))
      .map((l) => ({ label: same(l.name), route: ['visits', 'new'] })),
  );
};

/** The step's list: administrations, municipal companies, parties, business organisations, region. */
export const anchoringCategories = [
  'politician',
  'municipal_official',
  'municipal_company',
  'business_org',
  'regional',
] as const;

/** Key actors and everyone in the anchoring categories without an entry in the anchoring log. */
const anchoringGaps: Evaluator = ({ db, programmeId }) => {
  const marks = anchoringCategories.map(() => '?').join(', ');
  const rows = cachedStatement(
    db,
    `SELECT s.id, s.name FROM stakeholders s
     WHERE s.deleted_at IS NULL
       AND (s.key_actor = 1 OR EXISTS (SELECT 1 FROM stakeholder_categories sc
            WHERE sc.stakeholder_id = s.id AND sc.category IN (${marks})))
       AND NOT EXISTS (SELECT 1 FROM anchoring_log l WHERE l.stakeholder_id = s.id
            AND l.programme_id = ? AND l.deleted_at IS NULL)
     ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all(...anchoringCategories, programmeId) as { id: string; name: string }[];
  return fromItems(rows.map((r) => ({ label: same(r.name), route: ['process', 'anchoring'] })));
};

/**
 * I22, S23: the working groups' members (migration 009) against the actor categories. Without a
 * working group yet, the one item says so.
 */
const workingGroupGaps: Evaluator = (ctx) => {
  const { db, programmeId } = ctx;
  if (!tableExists(db, 'work_groups')) {
    return notRecordedYet({ sv: 'Arbetsgrupper', en: 'Working groups' });
  }
  const groups = cachedStatement(
    db,
    `SELECT id FROM work_groups WHERE programme_id = ? AND kind = 'working' AND deleted_at IS NULL
     ORDER BY created_at, id`,
  ).all(programmeId) as { id: string }[];
  if (groups.length === 0) {
    return fromItems([
      {
        label: { sv: 'Ingen arbetsgrupp är tillsatt ännu', en: 'No working group is set up yet' },
        route: screens.groups(null),
      },
    ]);
  }
  const covered = new Set(
    cachedStatement(
      db,
      `SELECT DISTINCT sc.category FROM work_group_members m
       JOIN work_groups g ON g.id = m.group_id
       JOIN stakeholders s ON s.id = m.stakeholder_id AND s.deleted_at IS NULL
       JOIN stakeholder_categories sc ON sc.stakeholder_id = s.id
       WHERE g.programme_id = ? AND g.kind = 'working' AND g.deleted_at IS NULL`,
    )
      .pluck()
      .all(programmeId) as string[],
  );
  const route = screens.groups(groups[0]!.id);
  return fromItems(
    actorCategories
      .filter((c) => !covered.has(c.id))
      .map((c) => ({ label: { sv: c.sv, en: c.en }, route })),
  );
};

export const actorChecks = {
  'empty-actor-categories': emptyActorCategories,
  'no-key-actors': noKeyActors,
  'unreached-localities': unreachedLocalities,
  'anchoring-gaps': anchoringGaps,
  'working-group-gaps': workingGroupGaps,
};
