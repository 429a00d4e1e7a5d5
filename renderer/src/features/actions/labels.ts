// Runs in: renderer. Labels of the action plan's domain values in the UI language, and how an
// action's "when" and money read.
import {
  actionKinds,
  actionStatuses,
  completenessParts,
  contributorRoles,
  responsibleOrgKinds,
  type ActionKind,
  type ActionRow,
  type ActionStatus,
  type CompletenessPart,
  type ContributorRole,
  type ResponsibleOrgKind,
} from '../../../../shared/domain/actions';
import { currentLanguage, label } from '../../i18n';

const entry = <T extends { id: string }>(list: readonly T[], id: string): T =>
  list.find((e) => e.id === id) ?? list[0]!;

export const statusEntry = (id: ActionStatus) => entry(actionStatuses, id);
export const statusLabel = (id: ActionStatus) => label(statusEntry(id));
export const kindLabel = (id: ActionKind) => label(entry(actionKinds, id));
export const orgKindLabel = (id: ResponsibleOrgKind) => label(entry(responsibleOrgKinds, id));
export const roleLabel = (id: ContributorRole) => label(entry(contributorRoles, id));
export const partsLabel = (parts: CompletenessPart[]) =>
  parts.map((p) => label(entry(completenessParts, p))).join(', ');

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'sv-SE');

export const monthName = (month: number) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString(locale(), {
    month: 'long',
    timeZone: 'UTC',
  });

export const formatNumber = (n: number) => n.toLocaleString(locale(), { maximumFractionDigits: 1 });

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "2026-02-01 – 2026-06-30", "senast 2026-06-30", "varje år i oktober" or "Inte bestämt". */
export function whenText(
  t: Translate,
  a: Pick<ActionRow, 'startDate' | 'dueDate' | 'kind' | 'annualMonth'>,
): string {
  if (a.kind === 'annual' && a.annualMonth) {
    return t('when.month', { month: monthName(a.annualMonth) });
  }
  if (a.startDate && a.dueDate) return t('when.range', { start: a.startDate, due: a.dueDate });
  if (a.dueDate) return t('when.until', { date: a.dueDate });
  if (a.startDate) return t('when.from', { date: a.startDate });
  return t('when.none');
}
