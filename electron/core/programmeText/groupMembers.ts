// Runs in: main process / Node. The members of a programme's groups (arbetsgrupp, referensgrupper,
// styrgrupp) for the roles table, read only where the groups feature's tables exist (an older
// database file may not have them).
import type { Database } from 'better-sqlite3';
import { memberRoles } from '../../../shared/domain/groups';
import { cachedStatement } from '../search/cachedStatement';
import { tableExists } from './queries';

export interface GroupMember {
  groupName: string;
  /** 'Sammankallande', 'Ledamot' … */
  role: string;
  stakeholderId: string;
  name: string;
  organisation: string;
}

const roleLabel = (id: string) => memberRoles.find((r) => r.id === id)?.sv ?? '';

/** `read` is false when this database has no groups. */
export function readGroupMembers(
  db: Database,
  programmeId: string,
): { read: boolean; rows: GroupMember[] } {
  if (!tableExists(db, 'work_groups') || !tableExists(db, 'work_group_members')) {
    return { read: false, rows: [] };
  }
  const rows = cachedStatement(
    db,
    `SELECT g.name AS groupName, m.role, m.stakeholder_id AS stakeholderId, s.name,
       coalesce(s.organisation, '') AS organisation
     FROM work_group_members m
     JOIN work_groups g ON g.id = m.group_id AND g.deleted_at IS NULL
     JOIN stakeholders s ON s.id = m.stakeholder_id AND s.deleted_at IS NULL
     WHERE g.programme_id = ?
     ORDER BY g.kind = 'steering' DESC, g.kind = 'working' DESC, g.name, m.position, s.name`,
  ).all(programmeId) as GroupMember[];
  return { read: true, rows: rows.map((r) => ({ ...r, role: roleLabel(r.role) })) };
}
