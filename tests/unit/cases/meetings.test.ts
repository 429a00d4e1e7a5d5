// Runs in: vitest (Node). The meeting calendar: deadlines in working days, CSV and .ics import,
// .ics export for Outlook.
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMeetingIcs } from '../../../electron/core/cases/meetingFiles';
import { addProgramme, csvOf, makeHarness, springCalendar, type CasesHarness } from './helpers';

let h: CasesHarness;
beforeEach(() => {
  h = makeHarness();
});
afterEach(() => h.ctx.cleanup());

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('meetings', () => {
  it('gives each meeting its last day to submit, counted in working days', async () => {
    const ksau = await h.call('meetings:create', { body: 'ksau', date: '2027-04-12' });
    expect(ksau).toMatchObject({ deadlineWorkingDays: 10, submitBy: '2027-03-25' });
    const kf = await h.call('meetings:create', { body: 'kf', date: '2027-06-14', note: 'Budget' });
    expect(kf).toMatchObject({ deadlineWorkingDays: 15, submitBy: '2027-05-24' });
    const moved = await h.call('meetings:update', { id: kf.id, deadlineWorkingDays: 5 });
    expect(moved.submitBy).toBe('2027-06-07');
    expect(await h.raw('meetings:create', { body: 'kf', date: '2027-06-14' })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { date: 'Kommunfullmäktige har redan ett sammanträde 2027-06-14.' },
      },
    });
  });

  it('imports a CSV with a header, full body names and Windows-1252 text, skipping known dates', async () => {
    const text =
      'Datum;Organ;Notering\r\n2027-03-15;Kommunstyrelsens arbetsutskott;Extra möte\r\n2027-03-22;Kommunstyrelsen;\r\n' +
      '14.6.2027;Kommunfullmäktige;Budgetfullmäktige\r\n2027-02-30;KS;\r\n2027-04-01;Nämnden;\r\n';
    const result = await h.call('meetings:import', {
      fileName: 'sammanträden.csv',
      contentBase64: iconv.encode(text, 'win1252').toString('base64'),
    });
    expect(result).toEqual({
      added: 3,
      skipped: 0,
      problems: [
        { line: 5, message: '”2027-02-30” är inget datum (skriv ÅÅÅÅ-MM-DD).' },
        { line: 6, message: '”Nämnden” är inget av KSAU, KS eller KF.' },
      ],
    });
    const list = await h.call('meetings:list', {});
    expect(list.rows.map((m) => `${m.body} ${m.date} ${m.note}`)).toEqual([
      'ksau 2027-03-15 Extra möte',
      'ks 2027-03-22 ',
      'kf 2027-06-14 Budgetfullmäktige',
    ]);
    const again = await h.call('meetings:import', {
      fileName: 'x.csv',
      contentBase64: csvOf(springCalendar),
    });
    expect(again).toMatchObject({ added: 12, skipped: 3 });
  });

  it('imports an .ics from Outlook: folded lines, UTC and local times, other events skipped', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;TZID=W. Europe Standard Time:20270412T130000',
      'SUMMARY:Sammanträde KSAU',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART:20270418T230000Z',
      'SUMMARY:Kommunstyrelsen',
      ' s sammanträde',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270614',
      'SUMMARY:KF\\, budget',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270615',
      'SUMMARY:Personalfest',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const parsed = parseMeetingIcs(ics);
    expect(parsed.meetings.map((m) => `${m.body} ${m.date}`)).toEqual([
      'ksau 2027-04-12',
      // 23:00 UTC on 18 April is 01:00 on 19 April in Stockholm.
      'ks 2027-04-19',
      'kf 2027-06-14',
    ]);
    expect(parsed.problems).toEqual([
      {
        line: 0,
        message: '1 händelse i kalendern nämnde varken KSAU, KS eller KF och hoppades över.',
      },
    ]);
    const result = await h.call('meetings:import', {
      fileName: 'kalender.ics',
      contentBase64: base64(ics),
    });
    expect(result.added).toBe(3);
  });

  it('exports meetings and deadlines as .ics with stable UIDs', async () => {
    const m = await h.call('meetings:create', { body: 'ks', date: '2027-05-17' });
    const { fileName, text } = await h.call('meetings:ics', {
      from: '2027-01-01',
      to: '2027-12-31',
    });
    expect(fileName).toBe('Sammanträden 2027-01-01–2027-12-31.ics');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain(`UID:meeting-${m.id}@programverkstaden`);
    expect(text).toContain('SUMMARY:KS sammanträder');
    expect(text).toContain('DTSTART;VALUE=DATE:20270517');
    expect(text).toContain('SUMMARY:Sista dag för handlingar till KS 2027-05-17');
    expect(text).toContain('DTSTART;VALUE=DATE:20270430');
    // Round trip: the export reads back as the same meeting.
    expect(parseMeetingIcs(text).meetings.map((x) => `${x.body} ${x.date}`)).toContain(
      'ks 2027-05-17',
    );
  });

  it('exports a case’s plan as .ics', async () => {
    addProgramme(h.db);
    await h.call('meetings:import', { fileName: 'plan.csv', contentBase64: csvOf(springCalendar) });
    const kf = (await h.call('meetings:list', { body: 'kf' })).rows.find(
      (x) => x.date === '2027-06-14',
    )!;
    const c = await h.call('cases:create', {
      title: 'Näringslivsprogram 2027–2030',
      targetKfMeetingId: kf.id,
    });
    const { fileName, text } = await h.call('meetings:ics', { caseId: c.id });
    expect(fileName).toBe('Tidsplan Näringslivsprogram 2027–2030.ics');
    expect(text).toContain('SUMMARY:Remissen skickas: Näringslivsprogram 2027–2030');
    expect(text).toContain('DTSTART;VALUE=DATE:20270128');
    expect((text.match(/BEGIN:VEVENT/g) ?? []).length).toBe(8);
    const none = await h.call('cases:create', { title: 'Utan mål' });
    expect(await h.raw('meetings:ics', { caseId: none.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('deletes softly and restores a meeting', async () => {
    const m = await h.call('meetings:create', { body: 'kf', date: '2027-09-27' });
    await h.call('meetings:delete', { id: m.id });
    expect((await h.call('meetings:list', {})).total).toBe(0);
    await h.call('meetings:create', { body: 'kf', date: '2027-09-27' });
    expect(await h.raw('meetings:restore', { id: m.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
