// Runs in: renderer. Stored ISO timestamps shown the Swedish way, in local time: 2025-03-04 14:05.
import { format } from 'date-fns';

export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'yyyy-MM-dd HH:mm');
}
