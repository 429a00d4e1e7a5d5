// Runs in: renderer. Labels of communication's domain lists in the UI language.
import {
  audiences,
  channels,
  planStatuses,
  type Audience,
  type Channel,
  type PlanStatus,
} from '../../../../shared/domain/communication';
import { label } from '../../i18n';

export const audienceLabel = (id: Audience): string =>
  label(audiences.find((a) => a.id === id) ?? audiences[0]);

export const audienceList = (ids: readonly Audience[]): string => ids.map(audienceLabel).join(', ');

export const channelLabel = (id: Channel): string =>
  label(channels.find((c) => c.id === id) ?? channels[channels.length - 1]!);

export const planStatusEntry = (id: PlanStatus) =>
  planStatuses.find((s) => s.id === id) ?? planStatuses[0];

export const channelOptions = () => channels.map((c) => ({ value: c.id, label: label(c) }));

export const planStatusOptions = () =>
  planStatuses.map((s) => ({ value: s.id, label: `${s.icon} ${label(s)}` }));
