// Runs in: main process / Node. Besöksrapport: a summary of the company visits of a period, for
// politicians and colleagues (DOCUMENTS.md §7). Pure: data + options in, .docx bytes out.
import type { BodyWriter, Column } from '../blocks';
import type { FollowUpStatus, VisitReportData } from '../data/visits';
import { longDate, longPeriod, shortDate, wholeYear } from '../dates';
import { renderDocument, type Compose, type RenderedDocument } from '../render';
import { countWord, decimal, integer, listJoin, percent } from '../text';
import type { ExportOptions } from '../types';

export const VISIT_REPORT_TYPE = 'Besöksrapport';

export function visitReportTitle(period: VisitReportData['period']): string {
  const year = wholeYear(period.from, period.to);
  return year ? `${VISIT_REPORT_TYPE} ${year}` : VISIT_REPORT_TYPE;
}

const STATUS: Record<FollowUpStatus, string> = {
  done: 'Klart',
  open: 'Pågår',
  none: 'Ingen åtgärd',
};

const CONFIDENTIAL = ' (konfidentiellt)';

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

const visitsWord = (n: number) => `${countWord(n)} besök`;

/** Topic names quoted in prose: several of them contain "och" themselves. */
const topicInProse = (t: VisitReportData['topics'][number]) => `”${t.label}”`;

function summary(data: VisitReportData): string[] {
  if (data.visits === 0) return ['Inga företagsbesök registrerades under perioden.'];
  const places = data.byLocality.length;
  const lines = [
    `Under perioden gjordes ${visitsWord(data.visits)} hos ${countWord(data.companies)} företag på ${countWord(
      places,
      false,
    )} ${places === 1 ? 'ort' : 'orter'}.`,
  ];
  const top = data.topics.slice(0, 3).map(topicInProse);
  if (top.length > 0) {
    lines.push(
      `${top.length === 1 ? 'Det ämne' : 'De ämnen'} som oftast togs upp var ${listJoin(top)}.`,
    );
  }
  const obstacles = data.obstacles.length + data.obstaclesLeftOut;
  if (obstacles > 0)
    lines.push(`Företagen tog upp ${countWord(obstacles)} hinder för sin verksamhet.`);
  const { needed, done, open } = data.followUps;
  if (needed > 0 || done > 0) {
    lines.push(
      `Uppföljning behövdes efter ${visitsWord(needed)}; ${countWord(done, false)} ${
        done === 1 ? 'är klar' : 'är klara'
      } och ${countWord(open, false)} pågår.`,
    );
  }
  if (data.satisfaction.average !== null) {
    lines.push(
      `Företagens genomsnittliga betyg på besöken var ${decimal(data.satisfaction.average)} av 5 (${countWord(
        data.satisfaction.rated,
      )} betyg).`,
    );
  }
  return lines;
}

const countColumns = (first: string): Column[] => [
  { header: first, width: '50%' },
  { header: 'Besök', width: '14%', align: 'right' },
  { header: 'Företag', width: '14%', align: 'right' },
  { header: 'Andel av besöken', width: '22%', align: 'right' },
];

/** A long tail of industries with one visit each says little to a reader: it is summed up. */
const MAX_INDUSTRIES = 15;

function topIndustries(rows: VisitReportData['byIndustry']): VisitReportData['byIndustry'] {
  if (rows.length <= MAX_INDUSTRIES + 1) return rows;
  const rest = rows.slice(MAX_INDUSTRIES);
  return [
    ...rows.slice(0, MAX_INDUSTRIES),
    {
      industry: `Övriga branscher (${integer(rest.length)})`,
      visits: rest.reduce((sum, r) => sum + r.visits, 0),
      companies: rest.reduce((sum, r) => sum + r.companies, 0),
    },
  ];
}

function numbers(w: BodyWriter, data: VisitReportData): void {
  w.heading(1, 'Besöken i siffror');
  w.heading(2, 'Per bransch');
  if (data.byIndustry.length === 0)
    w.missingSection('besök per bransch', 'Inga besök under perioden.');
  else {
    w.table(
      countColumns('Bransch'),
      topIndustries(data.byIndustry).map((r) => [
        r.industry,
        r.visits,
        r.companies,
        percent(r.visits, data.visits),
      ]),
    );
  }
  w.heading(2, 'Per ort');
  if (data.byLocality.length === 0) w.missingSection('besök per ort', 'Inga besök under perioden.');
  else {
    w.table(
      countColumns('Ort'),
      data.byLocality.map((r) => [
        r.locality,
        r.visits,
        r.companies,
        percent(r.visits, data.visits),
      ]),
    );
  }
  if (data.localitiesWithoutVisits.length > 0) {
    w.text(`Orter utan besök under perioden: ${listJoin(data.localitiesWithoutVisits)}.`);
  }
}

function topics(w: BodyWriter, data: VisitReportData): void {
  w.heading(1, 'Ämnen som togs upp');
  if (data.topics.length === 0) {
    w.missingSection('ämnen som togs upp', 'Inga ämnen registrerades för besöken under perioden.');
    return;
  }
  w.table(
    [
      { header: 'Ämne', width: '56%' },
      { header: 'Antal besök', width: '20%', align: 'right' },
      { header: 'Andel av besöken', width: '24%', align: 'right' },
    ],
    data.topics.map((t) => [t.label, t.visits, percent(t.visits, data.visits)]),
  );
}

const company = (name: string, confidential: boolean) =>
  confidential ? `${name}${CONFIDENTIAL}` : name;

function obstacles(w: BodyWriter, data: VisitReportData): void {
  w.heading(1, 'Hinder och vad som gjorts');
  if (data.obstacles.length === 0) {
    w.missingSection(
      'hinder som företagen tog upp',
      data.obstaclesLeftOut > 0
        ? 'Hindren som togs upp under perioden kommer från besök markerade som konfidentiella och redovisas inte här.'
        : 'Inga hinder registrerades under perioden.',
    );
  } else {
    w.text('Hinder som företagen tog upp vid besöken och vad som har gjorts åt dem.', {}, true);
    w.table(
      [
        { header: 'Datum', width: '15%' },
        { header: 'Företag', width: '21%' },
        { header: 'Hinder', width: '27%' },
        { header: 'Vad som gjorts', width: '22%' },
        { header: 'Status', width: '15%' },
      ],
      data.obstacles.map((o) => [
        shortDate(o.visitDate),
        company(o.company, o.confidential),
        o.text,
        o.followUpNote,
        STATUS[o.status],
      ]),
    );
  }
  if (data.obstaclesLeftOut > 0 && data.obstacles.length > 0) {
    w.note(
      `${integer(data.obstaclesLeftOut)} hinder från besök markerade som konfidentiella redovisas inte i den här versionen.`,
    );
  }
}

function followUps(w: BodyWriter, data: VisitReportData): void {
  w.heading(1, 'Uppföljning av besöken');
  const { needed, done, open } = data.followUps;
  if (needed === 0 && done === 0) {
    w.missingSection('uppföljning av besöken', 'Inget besök under perioden krävde uppföljning.');
    return;
  }
  w.text(
    `Uppföljning behövdes efter ${visitsWord(needed)}. ${capitalise(countWord(done, false))} ${
      done === 1 ? 'uppföljning är klar' : 'uppföljningar är klara'
    } och ${countWord(open, false)} pågår.`,
    {},
    true,
  );
  if (data.followUpList.length > 0) {
    w.table(
      [
        { header: 'Datum', width: '15%' },
        { header: 'Företag', width: '26%' },
        { header: 'Uppföljning', width: '44%' },
        { header: 'Status', width: '15%' },
      ],
      data.followUpList.map((f) => [
        shortDate(f.visitDate),
        company(f.company, f.confidential),
        f.note,
        f.done ? STATUS.done : STATUS.open,
      ]),
    );
  }
}

function satisfaction(w: BodyWriter, data: VisitReportData): void {
  w.heading(1, 'Företagens omdöme om besöken');
  const { average, rated, distribution } = data.satisfaction;
  if (average === null) {
    w.missingSection('företagens betyg på besöken', 'Inga betyg registrerades under perioden.');
    return;
  }
  w.text(
    `Genomsnittligt betyg: ${decimal(average)} av 5, från ${countWord(rated)} av ${visitsWord(
      data.visits,
    )} (1 = mycket missnöjd, 5 = mycket nöjd).`,
    {},
    true,
  );
  w.table(
    [
      { header: 'Betyg', width: '20%' },
      { header: 'Antal besök', width: '20%', align: 'right' },
    ],
    distribution.map((n, i) => [String(i + 1), n]),
  );
}

/** The notes are long and for the reader who wants detail, so they come last on a page of their own. */
function notes(w: BodyWriter, data: VisitReportData): void {
  w.heading(1, 'Bilaga: Anteckningar från besöken', { newPage: true });
  if (data.notes.length === 0) {
    w.missingSection(
      'anteckningar från besöken',
      data.confidentialLeftOut > 0
        ? 'Anteckningarna från periodens besök är markerade som konfidentiella och redovisas inte här.'
        : 'Inga anteckningar registrerades under perioden.',
    );
    return;
  }
  for (const n of data.notes) {
    const place = n.locality ? `, ${n.locality}` : '';
    w.heading(3, `${shortDate(n.visitDate)} – ${company(n.company, n.confidential)}${place}`);
    const hasNotes = n.notes.trim() !== '';
    if (n.purpose.trim())
      w.runs([{ text: 'Syfte: ', bold: true }, { text: n.purpose.trim() }], hasNotes);
    if (hasNotes) w.text(n.notes);
  }
}

function about(w: BodyWriter, data: VisitReportData, options: ExportOptions): void {
  w.heading(1, 'Om underlaget');
  const lines = [
    `Rapporten bygger på de företagsbesök som registrerats i Programverkstaden för perioden ${longPeriod(
      data.period.from,
      data.period.to,
    )} och togs fram ${longDate(options.date)}. Deltagarnas namn redovisas inte.`,
  ];
  if (data.internal) {
    lines.push(
      'Detta är en intern kopia. Den innehåller anteckningar som är markerade som konfidentiella (märkta "konfidentiellt") och ska inte lämnas ut.',
    );
  } else if (data.confidentialLeftOut > 0) {
    lines.push(
      `Text från ${visitsWord(data.confidentialLeftOut)} som är markerade som konfidentiella ingår inte; besöken räknas i sifferuppgifterna.`,
    );
  }
  for (const line of lines) w.text(line);
}

/** The body of the report; `options` only supplies the date and who wrote it. */
export function composeVisitReport(data: VisitReportData, options: ExportOptions): Compose {
  return (w) => {
    const title = visitReportTitle(data.period);
    w.title(title, `Företagsbesök ${longPeriod(data.period.from, data.period.to)}`);
    const officer = [options.letterhead.officerName, options.letterhead.officerTitle]
      .filter(Boolean)
      .join(', ');
    w.facts([
      ['Period', `${shortDate(data.period.from)} – ${shortDate(data.period.to)}`],
      ['Antal besök', integer(data.visits)],
      ...(officer ? ([['Handläggare', officer]] as const) : []),
    ]);
    w.heading(1, 'Sammanfattning');
    w.text(summary(data).join(' '));
    numbers(w, data);
    topics(w, data);
    obstacles(w, data);
    followUps(w, data);
    satisfaction(w, data);
    about(w, data, options);
    notes(w, data);
    return { documentType: VISIT_REPORT_TYPE, title, orientation: 'portrait' };
  };
}

/**
 * Writes the besöksrapport. Data loaded for an internal copy always gives a document marked
 * INTERN KOPIA on every page, whatever `options.internal` says.
 */
export async function renderVisitReport(
  data: VisitReportData,
  options: ExportOptions,
): Promise<RenderedDocument> {
  const safe = { ...options, internal: options.internal || data.internal };
  return renderDocument(composeVisitReport(data, safe), safe);
}

export async function buildVisitReport(
  data: VisitReportData,
  options: ExportOptions,
): Promise<Buffer> {
  return (await renderVisitReport(data, options)).buffer;
}
