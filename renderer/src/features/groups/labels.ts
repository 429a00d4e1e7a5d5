// Runs in: renderer. Labels of group kinds, member roles, meeting kinds and statuses, and how a
// meeting's date and time read.
import {
  groupKinds,
  meetingKinds,
  meetingStatuses,
  memberRoles,
} from '../../../../shared/domain/groups';
import { label } from '../../i18n';

const find = <T extends { id: string; sv: string; en: string }>(list: readonly T[], id: string) => {
  const entry = list.find((e) => e.id === id);
  return entry ? label(entry) : id;
};

export const groupKindLabel = (id: string) => find(groupKinds, id);
export const memberRoleLabel = (id: string) => find(memberRoles, id);
export const meetingKindLabel = (id: string) => find(meetingKinds, id);
export const meetingStatusLabel = (id: string) => find(meetingStatuses, id);
export const meetingStatusIcon = (id: string) =>
  meetingStatuses.find((s) => s.id === id)?.icon ?? '';

export const groupKindOptions = () => groupKinds.map((k) => ({ value: k.id, label: label(k) }));
export const memberRoleOptions = () => memberRoles.map((r) => ({ value: r.id, label: label(r) }));
export const meetingKindOptions = () => meetingKinds.map((k) => ({ value: k.id, label: label(k) }));
export const meetingStatusOptions = () =>
  meetingStatuses.map((s) => ({ value: s.id, label: label(s) }));

/** "2026-03-05 kl. 13:00" or just the date. */
export const whenText = (date: string, time: string | null) => (time ? `${date} ${time}` : date);
