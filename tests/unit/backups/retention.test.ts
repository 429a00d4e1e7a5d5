// Runs in: vitest (Node). The backup retention rule: examples and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectBackupsToKeep } from '../../../electron/core/backups/retention';

const now = new Date(2025, 5, 30, 12);
const at = (month: number, day: number, hour = 9) => new Date(2025, month, day, hour).toISOString();
const backup = (fileName: string, createdAt: string) => ({ fileName, createdAt });

describe('selectBackupsToKeep', () => {
  it('keeps nothing of nothing', () => {
    expect(selectBackupsToKeep([], now).size).toBe(0);
  });

  it('keeps the newest of each of the last 7 days that have backups', () => {
    const list = [];
    for (let day = 1; day <= 10; day++) {
      list.push(backup(`d${day}-morning`, at(5, day, 8)));
      list.push(backup(`d${day}-evening`, at(5, day, 18)));
    }
    const keep = selectBackupsToKeep(list, now, { daily: 7, weekly: 0 });
    expect([...keep].sort()).toEqual([4, 5, 6, 7, 8, 9, 10].map((d) => `d${d}-evening`).sort());
  });

  it('counts only days with backups, so a long break does not delete everything', () => {
    const list = [at(0, 3), at(0, 10), at(1, 2), at(2, 20)].map((d, i) => backup(`b${i}`, d));
    const keep = selectBackupsToKeep(list, new Date(2026, 0, 1));
    expect(keep.size).toBe(4);
  });

  it('keeps the newest backup of each of 4 older ISO weeks, after the daily ones', () => {
    // Daily backups from Mon 2 June to Sun 29 June 2025 (ISO weeks 23–26).
    const list = [];
    for (let day = 2; day <= 29; day++) list.push(backup(`june-${day}`, at(5, day)));
    // Older: one backup on each of Mon–Wed in weeks 18–22 (from Mon 28 April).
    for (let week = 0; week < 5; week++) {
      for (let d = 0; d < 3; d++) {
        const date = new Date(2025, 3, 28 + week * 7 + d, 9);
        list.push(backup(`w${18 + week}-${d}`, date.toISOString()));
      }
    }
    const keep = selectBackupsToKeep(list, now);
    // The 7 newest days: 23–29 June (week 26, Mon–Sun).
    for (let day = 23; day <= 29; day++) expect(keep.has(`june-${day}`)).toBe(true);
    // Then the newest of weeks 25, 24, 23 (Sundays 22, 15, 8 June) and week 22 (Wed 28 May).
    expect(keep.has('june-22')).toBe(true);
    expect(keep.has('june-15')).toBe(true);
    expect(keep.has('june-8')).toBe(true);
    expect(keep.has('w22-2')).toBe(true);
    expect(keep.has('w21-2')).toBe(false);
    expect(keep.size).toBe(11);
  });

  it('gives a week that already has a daily backup no weekly one', () => {
    // Wed–Sun of one week hold 5 daily backups; Mon and Tue of that week are older.
    const list = [];
    for (let day = 23; day <= 29; day++) list.push(backup(`june-${day}`, at(5, day)));
    const keep = selectBackupsToKeep(list, now, { daily: 5, weekly: 4 });
    expect(keep.has('june-23')).toBe(false);
    expect(keep.has('june-24')).toBe(false);
    expect(keep.size).toBe(5);
  });

  it('keeps the newest backup even with a rule that keeps no days', () => {
    const list = [backup('old', at(0, 1)), backup('new', at(5, 1))];
    const keep = selectBackupsToKeep(list, now, { daily: 0, weekly: 0 });
    expect([...keep]).toEqual(['new']);
  });
});

const backupsArb = fc
  .array(fc.date({ min: new Date(2023, 0, 1), max: new Date(2026, 11, 31), noInvalidDate: true }), {
    maxLength: 120,
  })
  .map((dates) => dates.map((d, i) => backup(`b${i}.sqlite`, d.toISOString())));
const ruleArb = fc.record({
  daily: fc.integer({ min: 0, max: 10 }),
  weekly: fc.integer({ min: 0, max: 8 }),
});

describe('selectBackupsToKeep properties', () => {
  it('never deletes the newest backup', () => {
    fc.assert(
      fc.property(
        backupsArb.filter((l) => l.length > 0),
        ruleArb,
        (list, rule) => {
          const keep = selectBackupsToKeep(list, now, rule);
          const newest = Math.max(...list.map((b) => Date.parse(b.createdAt)));
          return list.some((b) => Date.parse(b.createdAt) === newest && keep.has(b.fileName));
        },
      ),
    );
  });

  it('keeps only names it was given', () => {
    fc.assert(
      fc.property(backupsArb, ruleArb, (list, rule) => {
        const names = new Set(list.map((b) => b.fileName));
        return [...selectBackupsToKeep(list, now, rule)].every((n) => names.has(n));
      }),
    );
  });

  it('keeps at most daily + weekly + 1', () => {
    fc.assert(
      fc.property(backupsArb, ruleArb, (list, rule) => {
        return selectBackupsToKeep(list, now, rule).size <= rule.daily + rule.weekly + 1;
      }),
    );
  });

  it('is idempotent: pruning what it kept keeps all of it', () => {
    fc.assert(
      fc.property(backupsArb, ruleArb, (list, rule) => {
        const keep = selectBackupsToKeep(list, now, rule);
        const again = selectBackupsToKeep(
          list.filter((b) => keep.has(b.fileName)),
          now,
          rule,
        );
        expect([...again].sort()).toEqual([...keep].sort());
      }),
    );
  });

  it('keeps one backup from each of the most recent days that have backups', () => {
    fc.assert(
      fc.property(backupsArb, ruleArb, (list, rule) => {
        const dayOf = (iso: string) => new Date(iso).toDateString();
        const days = [
          ...new Set(
            [...list]
              .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
              .map((b) => dayOf(b.createdAt)),
          ),
        ].slice(0, rule.daily);
        const keep = selectBackupsToKeep(list, now, rule);
        for (const day of days) {
          const kept = list.filter((b) => dayOf(b.createdAt) === day && keep.has(b.fileName));
          expect(kept).toHaveLength(1);
        }
      }),
    );
  });
});
