// Runs in: main process / Node. The officer's settings with defaults, read and patched as a whole.
import type { Database } from 'better-sqlite3';
import { settingsInput } from '../../../shared/contract/app';
import type { Settings } from '../../../shared/domain/app';
import { AppFailure } from '../../../shared/errors';
import { nowIso } from '../db/clock';
import { getAllSettings, setSetting } from './queries';

export const defaultSettings: Readonly<Settings> = Object.freeze({
  municipality: '',
  unit: 'Näringslivsenheten',
  officerName: '',
  officerTitle: 'Näringslivsutvecklare',
  officerPhone: '',
  officerEmail: '',
  language: 'sv',
  backupIntervalDays: 1,
});

const settingKeys = Object.keys(defaultSettings) as (keyof Settings)[];

/** The stored settings over the defaults; a stored value of the wrong shape is ignored. */
export function getSettings(db: Database): Settings {
  const stored = getAllSettings(db);
  const settings: Settings = { ...defaultSettings };
  for (const key of settingKeys) {
    if (!stored.has(key)) continue;
    const parsed = settingsInput.shape[key].safeParse(stored.get(key));
    if (parsed.success && parsed.data !== undefined) {
      (settings as unknown as Record<string, unknown>)[key] = parsed.data;
    }
  }
  return settings;
}

/** Validates and stores the given fields (others are kept) and returns the settings after it. */
export function updateSettings(db: Database, patch: Partial<Settings>, now = nowIso()): Settings {
  const parsed = settingsInput.safeParse(patch);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join('.') || '_'] ??= issue.message;
    throw new AppFailure('VALIDATION', undefined, fields);
  }
  db.transaction(() => {
    for (const key of settingKeys) {
      const value = parsed.data[key];
      if (value !== undefined) setSetting(db, key, value, now);
    }
  })();
  return getSettings(db);
}
