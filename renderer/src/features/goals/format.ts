// Runs in: renderer. Numbers as officers write them: decimal comma, spaces between thousands.
import { currentLanguage } from '../../i18n';

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return value.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 2,
  });
}

/** '3,5' and '3.5' → 3.5; '1 450' → 1450; '' → null; anything else → undefined (invalid). */
export function parseNumber(text: string): number | null | undefined {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace('−', '-');
  if (cleaned === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** A number for a text input: no thousands spaces, decimal comma in Swedish. */
export function numberText(value: number | null): string {
  if (value === null) return '';
  return currentLanguage() === 'en' ? String(value) : String(value).replace('.', ',');
}
