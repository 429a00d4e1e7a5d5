// Runs in: main process / Node. Reading a meeting calendar from a file: a CSV (datum;organ[;notering])
// as the secretariat's sammanträdesplan is often kept in Excel, or an .ics exported from Outlook,
// whose events say KSAU, KS or KF in their subject. Pure: text in, meetings and problems out.
import type { MeetingBody } from '../../../shared/domain/cases';

export interface ParsedMeeting {
  body: MeetingBody;
  date: string;
  note: string;
  line: number;
}

export interface ParsedCalendar {
  meetings: ParsedMeeting[];
  problems: { line: number; message: string }[];
}

/**
 * The body a text names: "KSAU" or "arbetsutskott" before "KS"/"kommunstyrelse" (the arbetsutskott
 * is the kommunstyrelse's), "KF" or "fullmäktige". Null when none.
 */
export function bodyFromText(text: string): MeetingBody | null {
  const s = text.normalize('NFC');
  if (/(^|[^\p{L}])KSAU($|[^\p{L}])/iu.test(s) || /arbetsutskott/iu.test(s)) return 'ksau';
  if (/(^|[^\p{L}])KF($|[^\p{L}])/iu.test(s) || /fullmäktige/iu.test(s)) return 'kf';
  if (/(^|[^\p{L}])KS($|[^\p{L}])/iu.test(s) || /kommunstyrelse/iu.test(s)) return 'ks';
  return null;
}

function validDate(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** 2027-03-14, 20270314, 14/3/2027 or 14.3.2027 → '2027-03-14'. */
export function parseDay(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return validDate(m[1]!, m[2]!, m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return validDate(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return validDate(m[3]!, m[2]!, m[1]!);
  return null;
}

function splitCsvLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

export function parseMeetingCsv(text: string): ParsedCalendar {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const sample = lines.find((l) => l.trim() !== '') ?? '';
  const delimiter = sample.includes(';') ? ';' : sample.includes('\t') ? '\t' : ',';
  const meetings: ParsedMeeting[] = [];
  const problems: ParsedCalendar['problems'] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const [first = '', second = '', third = ''] = splitCsvLine(raw, delimiter);
    const date = parseDay(first);
    if (!date) {
      // A header row ("datum;organ") is expected and skipped quietly.
      if (meetings.length === 0 && problems.length === 0 && /datum|date/i.test(first)) return;
      problems.push({ line, message: `”${first}” är inget datum (skriv ÅÅÅÅ-MM-DD).` });
      return;
    }
    const body = bodyFromText(second);
    if (!body) {
      problems.push({ line, message: `”${second}” är inget av KSAU, KS eller KF.` });
      return;
    }
    meetings.push({ body, date, note: third.slice(0, 300), line });
  });
  return { meetings, problems };
}

/** RFC 5545 lines: a line starting with a space or tab continues the previous one. */
function unfold(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((raw, i) => {
      if ((raw.startsWith(' ') || raw.startsWith('\t')) && out.length > 0)
        out[out.length - 1]!.text += raw.slice(1);
      else out.push({ text: raw, line: i + 1 });
    });
  return out;
}

const unescapeText = (s: string) =>
  s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c));

/**
 * The calendar day of a DTSTART value: a date, a local time (with or without TZID) as written, and
 * a UTC time as the day in Stockholm (a meeting late in the evening UTC is the next day here).
 */
function dayOfStart(value: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value.trim());
  if (!m) return null;
  const day = validDate(m[1]!, m[2]!, m[3]!);
  if (!day || !m[7]) return day;
  const utc = new Date(`${day}T${m[4]}:${m[5]}:${m[6]}Z`);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(utc);
}

const MAX_PROBLEMS = 50;

export function parseMeetingIcs(text: string): ParsedCalendar {
  const meetings: ParsedMeeting[] = [];
  const problems: ParsedCalendar['problems'] = [];
  let skipped = 0;
  let event: { line: number; start?: string; summary?: string } | null = null;
  for (const { text: raw, line } of unfold(text)) {
    const colon = raw.indexOf(':');
    if (colon < 0) continue;
    const head = raw.slice(0, colon);
    const value = raw.slice(colon + 1);
    const key = (head.split(';')[0] ?? '').toUpperCase();
    if (key === 'BEGIN' && value.trim().toUpperCase() === 'VEVENT') {
      event = { line };
    } else if (key === 'END' && value.trim().toUpperCase() === 'VEVENT' && event) {
      const summary = unescapeText(event.summary ?? '').trim();
      const body = bodyFromText(summary);
      const date = event.start ? dayOfStart(event.start) : null;
      if (!body) skipped += 1;
      else if (!date)
        problems.push({ line: event.line, message: `”${summary}” har inget läsbart startdatum.` });
      else meetings.push({ body, date, note: summary.slice(0, 300), line: event.line });
      event = null;
    } else if (event && key === 'DTSTART') {
      event.start = value;
    } else if (event && key === 'SUMMARY') {
      event.summary = value;
    }
  }
  if (skipped > 0) {
    problems.push({
      line: 0,
      message: `${skipped} ${skipped === 1 ? 'händelse' : 'händelser'} i kalendern nämnde varken KSAU, KS eller KF och hoppades över.`,
    });
  }
  return { meetings, problems: problems.slice(0, MAX_PROBLEMS) };
}

export function looksLikeIcs(fileName: string, text: string): boolean {
  return /\.ics$/i.test(fileName) || /^\uFEFF?BEGIN:VCALENDAR/i.test(text.trimStart());
}
