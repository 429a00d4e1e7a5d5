// Runs in: renderer. i18next with Swedish first and English second; one namespace per feature.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';

export type UiLanguage = 'sv' | 'en';

void i18next.use(initReactI18next).init({
  resources: { sv, en },
  lng: 'sv',
  fallbackLng: 'sv',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(lang: UiLanguage): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export const currentLanguage = (): UiLanguage => (i18next.language === 'en' ? 'en' : 'sv');

/** Picks the label of a domain entry ({ sv, en }) in the UI language. */
export const label = (entry: { sv: string; en: string }): string => entry[currentLanguage()];

export { i18next };
