// Runs in: main process / Node. The roles table (roll- och ansvarsfördelning, P06, I04, I19, I31):
// who does what, built from the action plan's responsible people and organisations and, where
// the groups feature exists, from the groups they sit in; plus the stored "confirmed" marks.
import type { Database } from 'better-sqlite3';
import type { ResponsibleOrgKind } from '../../../shared/domain/actions';
import type { RoleGroup, RoleRow, RolesTable } from '../../../shared/domain/programmeText';
import { AppFailure } from '../../../shared/errors';
import { nowIso } from '../db/clock';
import { programmeIsLive } from '../process/queries';
import { getSettings } from '../settings/settings';
import { cachedStatement } from '../search/cachedStatement';
import { readGroupMembers } from './groupMembers';
import {
  deleteConfirmation,
  selectConfirmations,
  upsertConfirmation,
  type ConfirmationRow,
} from './queries';

export const programmeMissing = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Programmet finns inte längre. Det kan ha tagits bort.',
    en: 'The programme no longer exists. It may have been deleted.',
  });

interface ResponsibleAction {
  id: string;
  what: string;
  status: string;
  orgKind: ResponsibleOrgKind;
  focusAreaName: string | null;
  stakeholderId: string | null;
  name: string;
  organisation: string | null;
}

/** A typed name is keyed by itself, so two actions with 'Företagarna' share one row. */
export const nameKey = (name: string): string =>
  `name:${name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv')}`;
export const stakeholderKey = (id: string): string => `stakeholder:${id}`;

function responsibleActions(db: Database, programmeId: string): ResponsibleAction[] {
  return cachedStatement(
    db,
    `SELECT a.id, a.what, a.status, a.responsible_org_kind AS orgKind,
       f.name AS focusAreaName, a.responsible_stakeholder_id AS stakeholderId,
       coalesce(s.name, a.responsible_name) AS name, s.organisation AS organisation
     FROM actions a
     LEFT JOIN focus_areas f ON f.id = a.focus_area_id AND f.deleted_at IS NULL
     LEFT JOIN stakeholders s ON s.id = a.responsible_stakeholder_id AND s.deleted_at IS NULL
     WHERE a.programme_id = ? AND a.deleted_at IS NULL AND a.status <> 'dropped'
     ORDER BY coalesce(f.priority, 1e9), a.due_date IS NULL, a.due_date, a.what, a.id`,
  ).all(programmeId) as ResponsibleAction[];
}

function countSplit(db: Database, programmeId: string) {
  const rows = cachedStatement(
    db,
    `SELECT responsible_org_kind AS kind, count(*) AS n,
       sum(responsible_stakeholder_id IS NULL AND trim(responsible_name) = '') AS nobody
     FROM actions WHERE programme_id = ? AND deleted_at IS NULL AND status <> 'dropped'
     GROUP BY responsible_org_kind`,
  ).all(programmeId) as { kind: ResponsibleOrgKind; n: number; nobody: number }[];
  const split: Record<ResponsibleOrgKind, number> = { municipality: 0, other: 0 };
  let nobody = 0;
  for (const r of rows) {
    split[r.kind] = r.n;
    nobody += r.nobody;
  }
  return { split, nobody };
}

function mergeKind(a: RoleRow['orgKind'] | null, b: ResponsibleOrgKind): RoleRow['orgKind'] {
  if (a === null || a === b) return b;
  return 'both';
}

/** The roles table of a programme: one row per person or organisation, municipality first. */
export function rolesTable(db: Database, programmeId: string): RolesTable {
  if (!programmeIsLive(db, programmeId)) throw programmeMissing();
  const byKey = new Map<string, RoleRow & { kindSeen: RoleRow['orgKind'] | null }>();
  const row = (key: string, name: string, organisation: string) => {
    let r = byKey.get(key);
    if (!r) {
      r = {
        key,
        name,
        organisation,
        orgKind: 'municipality',
        kindSeen: null,
        actions: [],
        groups: [],
        confirmedDate: null,
        confirmedNote: '',
      };
      byKey.set(key, r);
    }
    return r;
  };
  for (const a of responsibleActions(db, programmeId)) {
    const name = a.name.trim().replace(/\s+/g, ' ');
    if (!a.stakeholderId && !name) continue;
    const key = a.stakeholderId ? stakeholderKey(a.stakeholderId) : nameKey(name);
    const r = row(key, name, a.organisation?.trim() ?? '');
    // 'företagarna exeby' typed once should not hide 'Företagarna Exeby' typed elsewhere.
    if (r.name === r.name.toLocaleLowerCase('sv') && name !== name.toLocaleLowerCase('sv'))
      r.name = name;
    r.kindSeen = mergeKind(r.kindSeen, a.orgKind);
    r.actions.push({
      id: a.id,
      what: a.what,
      focusAreaName: a.focusAreaName,
      status: a.status,
    });
  }
  const members = readGroupMembers(db, programmeId);
  for (const m of members.rows) {
    const key = m.stakeholderId ? stakeholderKey(m.stakeholderId) : nameKey(m.name);
    const r = row(key, m.name, m.organisation);
    const group: RoleGroup = { name: m.groupName, role: m.role };
    r.groups.push(group);
  }
  const municipality = getSettings(db).municipality.trim().toLocaleLowerCase('sv');
  const groupOnlyKind = (organisation: string): ResponsibleOrgKind =>
    organisation && organisation.toLocaleLowerCase('sv') !== municipality
      ? 'other'
      : 'municipality';
  const confirmed = new Map(selectConfirmations(db, programmeId).map((c) => [c.roleKey, c]));
  const rows: RoleRow[] = [...byKey.values()].map(({ kindSeen, ...r }) => {
    const c = confirmed.get(r.key);
    return {
      ...r,
      // Someone only in a group: their organisation decides, the municipality when unknown.
      orgKind: kindSeen ?? groupOnlyKind(r.organisation),
      confirmedDate: c?.confirmedDate ?? null,
      confirmedNote: c?.note ?? '',
    };
  });
  const order = { municipality: 0, both: 1, other: 2 } as const;
  rows.sort(
    (a, b) =>
      order[a.orgKind] - order[b.orgKind] ||
      b.actions.length - a.actions.length ||
      a.name.localeCompare(b.name, 'sv'),
  );
  const { split, nobody } = countSplit(db, programmeId);
  return { programmeId, rows, split, withoutResponsible: nobody, groupsRead: members.read };
}

/** I31: marks a role as confirmed on a date (or takes the mark away). */
export function confirmRole(
  db: Database,
  input: { programmeId: string; key: string; confirmed: boolean; date: string; note: string },
): RolesTable {
  if (!programmeIsLive(db, input.programmeId)) throw programmeMissing();
  const now = nowIso();
  if (input.confirmed) {
    const row: ConfirmationRow = {
      roleKey: input.key,
      confirmedDate: input.date,
      note: input.note,
    };
    upsertConfirmation(db, input.programmeId, row, now);
  } else deleteConfirmation(db, input.programmeId, input.key);
  return rolesTable(db, input.programmeId);
}
