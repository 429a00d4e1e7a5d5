// Runs in: vitest (Node). Swedish working days: weekends, public holidays and the closed eves.
import { describe, expect, it } from 'vitest';
import {
  holidayName,
  isWorkingDay,
  workingDaysAfter,
  workingDaysBefore,
} from '../../../electron/core/cases/workingDays';

describe('Swedish working days', () => {
  it('takes weekends off', () => {
    expect(isWorkingDay('2027-03-13')).toBe(false); // Saturday
    expect(isWorkingDay('2027-03-14')).toBe(false); // Sunday
    expect(isWorkingDay('2027-03-15')).toBe(true); // Monday
  });

  it('knows Easter 2027 (Easter Sunday 28 March): Good Friday and Easter Monday are off', () => {
    expect(holidayName('2027-03-26')).toBe('Långfredagen');
    expect(holidayName('2027-03-28')).toBe('Påskdagen');
    expect(holidayName('2027-03-29')).toBe('Annandag påsk');
    expect(isWorkingDay('2027-03-26')).toBe(false);
    expect(isWorkingDay('2027-03-29')).toBe(false);
    // Skärtorsdagen is a working day.
    expect(isWorkingDay('2027-03-25')).toBe(true);
    // Ascension Day 2027: 39 days after Easter Sunday.
    expect(isWorkingDay('2027-05-06')).toBe(false);
  });

  it('moves Easter with the computus in other years', () => {
    expect(holidayName('2026-04-03')).toBe('Långfredagen');
    expect(holidayName('2026-04-06')).toBe('Annandag påsk');
    expect(holidayName('2028-04-14')).toBe('Långfredagen');
    expect(holidayName('2028-04-17')).toBe('Annandag påsk');
  });

  it('takes midsommarafton off (a Friday between 19 and 25 June)', () => {
    expect(holidayName('2027-06-25')).toBe('Midsommarafton');
    expect(isWorkingDay('2027-06-25')).toBe(false);
    expect(isWorkingDay('2027-06-24')).toBe(true);
    expect(isWorkingDay('2026-06-19')).toBe(false);
  });

  it('takes julafton, juldagen, annandag jul, nyårsafton and nyårsdagen off', () => {
    for (const day of ['2027-12-24', '2027-12-31', '2028-01-01', '2026-12-24', '2026-12-25']) {
      expect(isWorkingDay(day), day).toBe(false);
    }
    expect(isWorkingDay('2026-12-28')).toBe(true);
    expect(isWorkingDay('2027-12-23')).toBe(true);
    // Trettondedag jul and the national day (a weekday in 2028) are off.
    expect(isWorkingDay('2027-01-06')).toBe(false);
    expect(isWorkingDay('2028-06-06')).toBe(false);
    // Första maj 2026 is a Friday.
    expect(isWorkingDay('2026-05-01')).toBe(false);
  });

  it('counts working days back over weekends and Easter', () => {
    // Ten working days before Thursday 8 April 2027 skips Easter Friday and Monday.
    expect(workingDaysBefore('2027-04-08', 10)).toBe('2027-03-23');
    expect(workingDaysBefore('2027-03-15', 1)).toBe('2027-03-12');
    expect(workingDaysBefore('2027-03-15', 0)).toBe('2027-03-15');
    // A Sunday with n = 0 gives the Friday before.
    expect(workingDaysBefore('2027-03-14', 0)).toBe('2027-03-12');
  });

  it('counts over Christmas and New Year', () => {
    // From Monday 3 January 2028 back five working days: 31 Dec and 24–26 Dec are off.
    expect(workingDaysBefore('2028-01-03', 5)).toBe('2027-12-23');
    expect(workingDaysAfter('2027-12-23', 1)).toBe('2027-12-27');
    expect(workingDaysAfter('2027-12-30', 1)).toBe('2028-01-03');
  });
});
