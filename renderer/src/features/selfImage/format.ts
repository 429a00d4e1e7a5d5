// Runs in: renderer. A mean with one decimal, written the way the UI language writes numbers.
import { currentLanguage } from '../../i18n';

export function formatMean(value: number | null, none: string): string {
  if (value === null) return none;
  return value.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'sv-SE', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** A gap with its sign, so "+1,2" and "−0,4" read the same in a table and aloud. */
export function formatGap(value: number | null, none: string): string {
  if (value === null) return none;
  const text = formatMean(Math.abs(value), none);
  if (Math.abs(value) < 0.05) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}
