// Runs in: renderer. The encouraging reminder sentence for one body (I09).
import type { TFunction } from 'i18next';
import { elapsed, type BodyBriefingStatus } from '../../../../shared/domain/communication';

export function reminderText(t: TFunction, s: BodyBriefingStatus): string {
  if (s.daysSince === null) return t('briefings.reminderNever', { body: s.body });
  const { unit, count } = elapsed(s.daysSince);
  return t('briefings.reminder', {
    body: s.body,
    since: t(`briefings.since.${unit}`, { count }),
  });
}

/** "för 4 månader sedan" as a short cell text: "4 månader sedan", or "i dag". */
export function sinceText(t: TFunction, days: number): string {
  if (days <= 0) return t('briefings.today');
  const { unit, count } = elapsed(days);
  return t(`briefings.since.${unit}`, { count });
}
