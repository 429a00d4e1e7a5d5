// Runs in: renderer. Small formatting for the export screen: file sizes and placeholder names.
import type { TFunction } from 'i18next';
import { currentLanguage } from '../../i18n';

/** '12 kB', '1,4 MB' in the UI language. */
export function fileSize(bytes: number, t: TFunction<'export'>): string {
  const number = new Intl.NumberFormat(currentLanguage() === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  if (bytes < 1024 * 1024) {
    return t('fileSize.kb', { value: number.format(Math.max(1, Math.round(bytes / 1024))) });
  }
  return t('fileSize.mb', { value: number.format(bytes / (1024 * 1024)) });
}

/** 'rubrik' → '{{rubrik}}', as the officer writes it in Word (kept out of i18n interpolation). */
export const placeholder = (name: string): string => `{{${name}}}`;

/** Where the placeholder guide is, so the template option can open it. */
export const GUIDE_ID = 'export-placeholder-guide';

/** Opens the placeholder guide and moves focus to it. */
export function openGuide(): void {
  const guide = document.getElementById(GUIDE_ID);
  if (!(guide instanceof HTMLDetailsElement)) return;
  guide.open = true;
  guide.scrollIntoView({ block: 'start', behavior: 'smooth' });
  guide.querySelector('summary')?.focus({ preventScroll: true });
}
