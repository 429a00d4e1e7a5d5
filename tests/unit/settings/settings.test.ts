// Runs in: vitest (Node). Settings with defaults, generic values and the list of localities.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import {
  defaultSettings,
  getSetting,
  getSettings,
  listLocalities,
  setLocalities,
  setSetting,
  updateSettings,
} from '../../../electron/core/settings';
import { settingsHandlers } from '../../../electron/core/settings/handlers';
import { makeTestContext, type TestContext } from '../helpers/testContext';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const db = () => ctx.db!;

describe('settings', () => {
  it('has Swedish defaults on a new database', () => {
    expect(getSettings(db())).toEqual({
      municipality: '',
      unit: 'Näringslivsenheten',
      officerName: '',
      officerTitle: 'Näringslivsutvecklare',
      officerPhone: '',
      officerEmail: '',
      language: 'sv',
      backupIntervalDays: 1,
    });
    expect(defaultSettings.language).toBe('sv');
  });

  it('patches only the given fields and keeps them as JSON', () => {
    updateSettings(db(), { municipality: 'Åre', backupIntervalDays: 3 });
    const after = updateSettings(db(), { officerName: '  Karin Lindqvist ' });
    expect(after).toMatchObject({
      municipality: 'Åre',
      officerName: 'Karin Lindqvist',
      backupIntervalDays: 3,
      unit: 'Näringslivsenheten',
    });
    const raw = db()
      .prepare("SELECT value FROM settings WHERE key = 'backupIntervalDays'")
      .pluck()
      .get();
    expect(raw).toBe('3');
  });

  it('refuses invalid values with field messages and stores nothing', () => {
    expect(() => updateSettings(db(), { officerEmail: 'inte en adress', unit: 'X' })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        fields: { officerEmail: 'Ogiltig e-postadress' },
      }),
    );
    expect(getSettings(db()).unit).toBe('Näringslivsenheten');
  });

  it('falls back to the default for a stored value of the wrong shape', () => {
    setSetting(db(), 'backupIntervalDays', 'varje dag');
    db().prepare("INSERT INTO settings VALUES ('language', '{trasig', 'x', 'x')").run();
    expect(getSettings(db())).toMatchObject({ backupIntervalDays: 1, language: 'sv' });
  });

  it('stores any JSON value under a key, keeping created_at on update', () => {
    expect(getSetting(db(), 'firstRunDone')).toBeUndefined();
    setSetting(db(), 'firstRunDone', false, '2025-01-01T00:00:00.000Z');
    setSetting(db(), 'firstRunDone', true, '2025-02-01T00:00:00.000Z');
    expect(getSetting<boolean>(db(), 'firstRunDone')).toBe(true);
    expect(
      db().prepare("SELECT created_at, updated_at FROM settings WHERE key = 'firstRunDone'").get(),
    ).toEqual({ created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-02-01T00:00:00.000Z' });
    setSetting(db(), 'list', { a: [1, 'å'] });
    expect(getSetting(db(), 'list')).toEqual({ a: [1, 'å'] });
  });
});

describe('localities', () => {
  const ids = () =>
    Object.fromEntries(
      (db().prepare('SELECT name, id FROM localities').all() as { name: string; id: string }[]).map(
        (r) => [r.name, r.id],
      ),
    );

  it('sorts with Swedish collation: Å, Ä, Ö after Z', () => {
    expect(setLocalities(db(), ['Östanå', 'Ängsjö', 'Åsbacka', 'Zinkgruvan', 'Exeby'])).toEqual([
      'Exeby',
      'Zinkgruvan',
      'Åsbacka',
      'Ängsjö',
      'Östanå',
    ]);
    expect(listLocalities(db())).toEqual(['Exeby', 'Zinkgruvan', 'Åsbacka', 'Ängsjö', 'Östanå']);
  });

  it('replaces the set, keeps ids of kept names and drops blanks and case duplicates', () => {
    setLocalities(db(), ['Exeby', 'Norrvik', 'Råby']);
    const before = ids();
    const result = setLocalities(db(), [
      ' exeby ',
      'Norrvik',
      'NORRVIK',
      'råby',
      'RÅBY',
      '',
      'Ängsjö',
    ]);
    expect(result).toEqual(['exeby', 'Norrvik', 'råby', 'Ängsjö']);
    const after = ids();
    expect(after['exeby']).toBe(before['Exeby']);
    expect(after['Norrvik']).toBe(before['Norrvik']);
    expect(after['råby']).toBe(before['Råby']);
    expect(after['Ängsjö']).toBeDefined();
    expect(setLocalities(db(), [])).toEqual([]);
  });

  it('works through the dispatcher, which trims and validates the names', async () => {
    const dispatch = createDispatcher(ctx, settingsHandlers as unknown as Handlers);
    expect(await dispatch('localities:set', { names: [' Lillsjö ', 'Exeby'] })).toEqual({
      ok: true,
      value: ['Exeby', 'Lillsjö'],
    });
    expect(await dispatch('localities:list', {})).toEqual({
      ok: true,
      value: ['Exeby', 'Lillsjö'],
    });
    const bad = await dispatch('localities:set', { names: [''] });
    expect(bad.ok).toBe(false);
  });
});

describe('settings handlers', () => {
  it('reads and updates settings, and follows the chosen language', async () => {
    const dispatch = createDispatcher(ctx, settingsHandlers as unknown as Handlers);
    const updated = await dispatch('settings:update', { municipality: 'Ydre', language: 'en' });
    expect(updated).toMatchObject({ ok: true, value: { municipality: 'Ydre', language: 'en' } });
    expect(ctx.language).toBe('en');
    expect(await dispatch('settings:get', {})).toMatchObject({
      ok: true,
      value: { municipality: 'Ydre' },
    });
    const bad = await dispatch('settings:update', { backupIntervalDays: 0 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
