// Runs in: main process / Node. Uppföljningsrapport (follow-up report, DOCUMENTS.md §5): opens
// with what was achieved (F26), then the goals with indicator, baseline, latest value, target,
// trend and status in words and symbol, a chart per indicator series, the actions by what
// happened to them (finished, started, needing attention, dropped and why: F25), costs planned
// vs spent (F19), the follow-up meeting's judgements and lessons, target changes and next steps.
// The tone is encouraging, never blaming (F27).
import { ImageRun, LineRuleType, Paragraph } from 'docx';
import { isStalled } from '../../../../shared/domain/actions';
import type { BodyWriter, Cell, Column } from '../blocks';
import { indicatorChart } from '../chart';
import {
  loadFollowUpReportData,
  type FollowUpReportData,
  type ReportAction,
  type ReportGoal,
} from '../data/followUpReport';
import { longDate, longPeriod, shortDate, wholeYear } from '../dates';
import { renderDocument, type Compose, type RenderedDocument } from '../render';
import { SIZE } from '../houseStyle';
import { countWord, decimal, integer, percent } from '../text';
import type { ExportOptions } from '../types';
import {
  actionLight,
  kronor,
  LIGHT_COLOR,
  periodStem,
  programmePeriod,
  programmePeriodParams,
  type ProgrammePeriodParams,
} from './handlingsplan';
import type { DocumentDefinition } from './index';

export const FOLLOW_UP_TYPE = 'Uppföljningsrapport';

export function followUpTitle(period: { from: string; to: string }): string {
  const year = wholeYear(period.from, period.to);
  return year ? `${FOLLOW_UP_TYPE} ${year}` : FOLLOW_UP_TYPE;
}

const GOAL_COLOR: Record<ReportGoal['status']['status'], string> = {
  green: LIGHT_COLOR.green,
  yellow: LIGHT_COLOR.yellow,
  red: LIGHT_COLOR.red,
  unknown: LIGHT_COLOR.none,
};

/** '✔ I fas' — the status in words with its symbol. */
export const goalStatusText = (g: Pick<ReportGoal, 'status'>): string =>
  `${g.status.icon} ${g.status.label.sv}`;

const withUnit = (value: number | null, unit: string): string =>
  value === null ? '–' : unit ? `${decimal(value)} ${unit}` : decimal(value);

/** The latest value in the series, or null. */
export const latestOf = (g: ReportGoal) => g.measurements[g.measurements.length - 1] ?? null;

/** Change since the last value before the period (or the baseline), in the goal's direction. */
export function trendText(g: ReportGoal): string {
  const latest = latestOf(g);
  const earlier = g.before ?? (g.baselineValue !== null ? { value: g.baselineValue } : null);
  if (!latest || !earlier || latest === g.before) return '–';
  const change = latest.value - earlier.value;
  if (Math.abs(change) < 1e-9) return '→ Oförändrat';
  const better = change > 0 === (g.direction === 'higher');
  return `${change > 0 ? '↑' : '↓'} ${better ? 'Bättre' : 'Sämre'}`;
}

// ---- What happened to the actions in the period ----

const day = (iso: string) => iso.slice(0, 10);
const inPeriod = (date: string | null, p: { from: string; to: string }) =>
  date !== null && day(date) >= p.from && day(date) <= p.to;

export interface ActionsInPeriod {
  finished: ReportAction[];
  started: ReportAction[];
  attention: { action: ReportAction; why: string }[];
  dropped: ReportAction[];
  next: ReportAction[];
}

/** `asOf`: the day stalled and late are judged on (the report date, at most the period's end). */
export function actionsInPeriod(data: FollowUpReportData, asOf: string): ActionsInPeriod {
  const p = data.period;
  const finished: ReportAction[] = [];
  const started: ReportAction[] = [];
  const attention: ActionsInPeriod['attention'] = [];
  const dropped: ReportAction[] = [];
  const next: ReportAction[] = [];
  for (const a of data.actions) {
    const ended = inPeriod(a.lastUpdateAt, p) || inPeriod(a.dueDate, p);
    if (a.status === 'done') {
      if (ended) finished.push(a);
      continue;
    }
    if (a.status === 'dropped') {
      if (ended) dropped.push(a);
      continue;
    }
    if (inPeriod(a.startDate, p)) started.push(a);
    const light = actionLight(a, asOf, data.stalledDays);
    if (
      light.light === 'red' ||
      (light.light === 'yellow' && isStalled(a, asOf, data.stalledDays))
    ) {
      attention.push({ action: a, why: light.label });
    } else if (a.status === 'paused') {
      attention.push({ action: a, why: light.label });
    }
    if (a.status !== 'paused') next.push(a);
  }
  next.sort(
    (a, b) =>
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.what.localeCompare(b.what, 'sv'),
  );
  return { finished, started, attention, dropped, next };
}

// ---- Sections ----

function achieved(w: BodyWriter, data: FollowUpReportData, acts: ActionsInPeriod): void {
  w.heading(1, 'Det här har vi uppnått');
  const reached = data.goals.filter((g) => g.status.reached);
  const onTrack = data.goals.filter((g) => g.status.status === 'green');
  const measured = data.goals.filter((g) => g.status.status !== 'unknown');
  if (acts.finished.length === 0 && reached.length === 0 && onTrack.length === 0) {
    w.missingSection(
      'det som uppnåtts under perioden',
      'Under perioden blev ingen aktivitet klar ännu och inget mål är nått; arbetet fortsätter enligt planen nedan.',
    );
    return;
  }
  const lines: string[] = [];
  if (acts.finished.length > 0) {
    lines.push(
      `Under perioden blev ${countWord(acts.finished.length, false)} ${
        acts.finished.length === 1 ? 'aktivitet klar' : 'aktiviteter klara'
      }.`,
    );
  }
  if (reached.length > 0) {
    lines.push(
      `${capitalise(countWord(reached.length, true))} ${reached.length === 1 ? 'mål är nått' : 'mål är nådda'}.`,
    );
  }
  if (measured.length > 0) {
    lines.push(
      `${capitalise(countWord(onTrack.length, true))} av ${countWord(measured.length, true)} mål med mätvärden är i fas.`,
    );
  }
  w.text(lines.join(' '), {}, true);
  const items = [
    ...reached.map((g) => `Mål nått: ${g.text}`),
    ...acts.finished.map((a) => `Klar: ${a.what} (${a.focusArea})`),
  ];
  if (items.length > 0) w.bullets(items);
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

const GOAL_COLUMNS: Column[] = [
  { header: 'Mål', width: '25%' },
  { header: 'Indikator', width: '17%' },
  // Soft hyphens let the narrow number columns break their headers where Swedish does.
  { header: 'Utgångs\u00advärde', width: '13%', align: 'right' },
  { header: 'Senaste värde', width: '13%', align: 'right' },
  { header: 'Mål\u00advärde', width: '13%', align: 'right' },
  { header: 'Trend', width: '8%' },
  { header: 'Status', width: '11%' },
];

function goalRow(g: ReportGoal): Cell[] {
  const latest = latestOf(g);
  return [
    g.levelKind === 'action_plan' ? `${g.text}\n(mål i handlingsplanen)` : g.text,
    g.indicatorName,
    `${withUnit(g.baselineValue, '')}${g.baselineDate ? `\n${shortDate(g.baselineDate)}` : ''}`,
    latest ? `${decimal(latest.value)}\n${shortDate(latest.date)}` : '–',
    `${withUnit(g.targetValue, '')}${g.targetDate ? `\n${shortDate(g.targetDate)}` : ''}`,
    trendText(g),
    {
      text: goalStatusText(g),
      color: GOAL_COLOR[g.status.status],
      bold: g.status.status === 'red',
    },
  ];
}

function goals(w: BodyWriter, data: FollowUpReportData, asOf: string): void {
  w.heading(1, 'Målen');
  if (data.goals.length === 0) {
    w.missingSection('mål med indikatorer', 'Programmet har inga mål registrerade ännu.');
    return;
  }
  const counts = { green: 0, yellow: 0, red: 0, unknown: 0 };
  for (const g of data.goals) counts[g.status.status] += 1;
  w.text(
    `Status den ${longDate(asOf)}: ✔ ${integer(counts.green)} i fas, ! ${integer(counts.yellow)} något efter, ✖ ${integer(
      counts.red,
    )} behöver insatser och ? ${integer(counts.unknown)} saknar mätvärde. Statusen räknas fram ur hur långt målet har kommit jämfört med hur mycket av tiden som har gått.`,
  );
  const areas = [...new Set(data.goals.map((g) => g.focusArea))];
  for (const area of areas) {
    w.heading(2, area);
    w.table(GOAL_COLUMNS, data.goals.filter((g) => g.focusArea === area).map(goalRow), {
      size: SIZE.small,
    });
  }
  const unknown = data.goals.filter((g) => g.status.status === 'unknown');
  if (unknown.length > 0 && w.draft) {
    w.missing.push(`mätvärden för ${integer(unknown.length)} mål`);
  }
}

/** The chart's size in the document, px at 96 dpi: the full text width of a portrait page. */
const CHART_WIDTH = 500;

function legend(g: ReportGoal): string {
  const parts = ['Heldragen blå linje med punkter: mätvärden'];
  if (g.baselineValue !== null) {
    parts.push(
      `kort streckad grå linje: utgångsvärde ${decimal(g.baselineValue)}${g.baselineDate ? ` (${shortDate(g.baselineDate)})` : ''}`,
    );
  }
  if (g.targetValue !== null) {
    parts.push(
      `lång streckad grön linje med ring vid måldatum: målvärde ${decimal(g.targetValue)}${g.targetDate ? ` (${shortDate(g.targetDate)})` : ''}`,
    );
  }
  return `${parts.join('; ')}.${g.indicatorUnit ? ` Enhet: ${g.indicatorUnit}.` : ''}`;
}

function charts(w: BodyWriter, data: FollowUpReportData): void {
  const drawn = data.goals.filter((g) => g.measurements.length > 0);
  w.heading(1, 'Indikatorerna över tid');
  if (drawn.length === 0) {
    w.missingSection('mätvärden att visa i diagram', 'Inga mätvärden är registrerade ännu.');
    return;
  }
  for (const g of drawn) {
    const chart = indicatorChart({
      baseline:
        g.baselineValue !== null && g.baselineDate
          ? { date: g.baselineDate, value: g.baselineValue }
          : null,
      target:
        g.targetValue !== null && g.targetDate
          ? { date: g.targetDate, value: g.targetValue }
          : null,
      measurements: g.measurements,
    });
    w.heading(3, g.indicatorName ? `${g.indicatorName} – ${g.text}` : g.text);
    if (!chart) continue;
    const width = Math.min(CHART_WIDTH, Math.floor(w.textWidth / 15));
    const latest = latestOf(g);
    w.body.push(
      new Paragraph({
        keepNext: true,
        // The body's line spacing would clip a picture taller than a line.
        spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: 'png',
            data: chart.png,
            transformation: { width, height: Math.round((width * chart.height) / chart.width) },
            altText: {
              name: 'Diagram',
              title: g.indicatorName || g.text,
              description: `Mätvärden för ${g.indicatorName || g.text}${
                latest ? `, senast ${decimal(latest.value)} (${shortDate(latest.date)})` : ''
              }. ${legend(g)}`,
            },
          }),
        ],
      }),
    );
    w.note(legend(g));
  }
}

const actionColumns = (third: string): Column[] => [
  { header: 'Aktivitet', width: '46%' },
  { header: 'Fokusområde', width: '26%' },
  { header: third, width: '28%' },
];

function actions(w: BodyWriter, data: FollowUpReportData, acts: ActionsInPeriod): void {
  w.heading(1, 'Aktiviteterna');
  if (data.actions.length === 0) {
    w.missingSection('aktiviteter i handlingsplanen', 'Handlingsplanen har inga aktiviteter ännu.');
    return;
  }
  w.heading(2, 'Klara under perioden');
  if (acts.finished.length === 0) w.text('Ingen aktivitet blev klar under perioden.');
  else
    w.table(
      actionColumns('Klar'),
      acts.finished.map((a) => [
        a.what,
        a.focusArea,
        a.dueDate ? shortDate(a.dueDate) : shortDate(a.lastUpdateAt),
      ]),
    );
  w.heading(2, 'Påbörjade under perioden');
  if (acts.started.length === 0) w.text('Ingen ny aktivitet startade under perioden.');
  else
    w.table(
      actionColumns('Start'),
      acts.started.map((a) => [a.what, a.focusArea, a.startDate ? shortDate(a.startDate) : '']),
    );
  w.heading(2, 'Behöver uppmärksamhet');
  if (acts.attention.length === 0)
    w.text('Alla pågående aktiviteter rör sig framåt enligt planen.');
  else
    w.table(
      actionColumns('Läge'),
      acts.attention.map(({ action, why }) => [action.what, action.focusArea, why]),
    );
  w.heading(2, 'Valdes bort – och varför');
  if (acts.dropped.length === 0) w.text('Ingen aktivitet valdes bort under perioden.');
  else {
    w.text('Att välja bort det som inte fungerar frigör tid till det som gör det.', {}, true);
    w.table(
      actionColumns('Skäl och lärdom'),
      acts.dropped.map((a) => [
        a.what,
        a.focusArea,
        [a.droppedReason, a.learningNote ? `Lärdom: ${a.learningNote}` : '']
          .filter(Boolean)
          .join('\n'),
      ]),
    );
  }
}

function costs(w: BodyWriter, data: FollowUpReportData): void {
  w.heading(1, 'Kostnader: planerat och förbrukat');
  if (data.total.costPlanned === 0 && data.total.costSpent === 0) {
    w.missingSection(
      'planerade och förbrukade kostnader',
      'Inga kostnader är registrerade för aktiviteterna.',
    );
    return;
  }
  const columns: Column[] = [
    { header: 'Fokusområde', width: '40%' },
    { header: 'Planerat', width: '20%', align: 'right' },
    { header: 'Förbrukat', width: '20%', align: 'right' },
    { header: 'Andel förbrukad', width: '20%', align: 'right' },
  ];
  w.table(columns, [
    ...data.costs.map((c) => [
      c.area,
      kronor(c.costs.costPlanned),
      kronor(c.costs.costSpent),
      percent(c.costs.costSpent, c.costs.costPlanned),
    ]),
    [
      { text: 'Hela programmet', bold: true },
      { text: kronor(data.total.costPlanned), bold: true },
      { text: kronor(data.total.costSpent), bold: true },
      { text: percent(data.total.costSpent, data.total.costPlanned), bold: true },
    ],
  ]);
}

const JUDGEMENT: Record<string, string> = {
  green: '✔ I fas',
  yellow: '! Något efter',
  red: '✖ Behöver insatser',
  unknown: '? Saknar mätvärde',
  planned: '○ Planerad',
  in_progress: '◐ Pågår',
  done: '✔ Klar',
  paused: '‖ Pausad',
  dropped: '✕ Valdes bort',
};

function followUpMeeting(w: BodyWriter, data: FollowUpReportData): void {
  w.heading(1, 'Uppföljningsmötet och lärdomar');
  const f = data.followUp;
  if (!f) {
    w.missingSection(
      'uppföljningsmötets bedömningar och lärdomar',
      'Ingen uppföljning är registrerad för perioden.',
    );
    return;
  }
  w.text(
    `Senaste uppföljningen gällde ${longPeriod(f.periodStart, f.periodEnd)}${
      f.heldOn ? ` och hölls ${longDate(f.heldOn)}` : ''
    }${f.closed ? '' : ' (ännu inte avslutad)'}.`,
  );
  if (f.summary.trim()) w.text(f.summary);
  const judged = [...f.goals, ...f.actions].filter((j) => j.comment.trim() !== '');
  if (judged.length > 0) {
    w.heading(2, 'Bedömningar');
    w.table(
      [
        { header: 'Mål eller aktivitet', width: '40%' },
        { header: 'Status', width: '20%' },
        { header: 'Kommentar', width: '40%' },
      ],
      judged.map((j) => [j.subject, JUDGEMENT[j.status] ?? j.status, j.comment]),
    );
  }
  w.heading(2, 'Lärdomar');
  if (f.lessons.length === 0)
    w.missingSection('lärdomar från uppföljningen', 'Inga lärdomar skrevs ned vid uppföljningen.');
  else {
    w.bullets(
      f.lessons.map((l) => {
        const outcome =
          l.outcome === 'new_action'
            ? ' Ledde till en ny aktivitet.'
            : l.outcome === 'changed_action'
              ? ' Ledde till en ändrad aktivitet.'
              : '';
        return `${l.text}${l.about ? ` (gäller: ${l.about})` : ''}${outcome}`;
      }),
    );
  }
  if (f.droppedNotes.trim()) {
    w.runs([{ text: 'Det vi valde bort: ', bold: true }, { text: f.droppedNotes.trim() }]);
  }
}

function revisions(w: BodyWriter, data: FollowUpReportData): void {
  w.heading(1, 'Ändrade mål');
  if (data.revisions.length === 0) {
    w.text('Inga målvärden eller måldatum ändrades under perioden.');
    return;
  }
  const target = (value: number | null, date: string | null) =>
    `${value === null ? '–' : decimal(value)}${date ? ` (${shortDate(date)})` : ''}`;
  w.table(
    [
      { header: 'Mål', width: '34%' },
      { header: 'Tidigare', width: '16%' },
      { header: 'Nytt', width: '16%' },
      { header: 'Skäl', width: '34%' },
    ],
    data.revisions.map((r) => [
      r.goal,
      target(r.oldTargetValue, r.oldTargetDate),
      target(r.newTargetValue, r.newTargetDate),
      r.reason,
    ]),
  );
}

const NEXT_STEPS = 10;

function nextSteps(w: BodyWriter, data: FollowUpReportData, acts: ActionsInPeriod): void {
  w.heading(1, 'Nästa steg');
  const needs = data.goals.filter((g) => g.status.status === 'red' || g.status.status === 'yellow');
  if (acts.next.length === 0 && needs.length === 0) {
    w.missingSection(
      'nästa steg',
      'Inga planerade eller pågående aktiviteter finns i handlingsplanen.',
    );
    return;
  }
  if (acts.next.length > 0) {
    w.text('De närmaste aktiviteterna i handlingsplanen:', {}, true);
    w.bullets(
      acts.next
        .slice(0, NEXT_STEPS)
        .map(
          (a) => `${a.what}${a.dueDate ? ` – klart ${shortDate(a.dueDate)}` : ''} (${a.focusArea})`,
        ),
    );
    if (acts.next.length > NEXT_STEPS) {
      w.note(
        `Ytterligare ${integer(acts.next.length - NEXT_STEPS)} aktiviteter finns i handlingsplanen.`,
      );
    }
  }
  if (needs.length > 0) {
    w.text('Mål där en extra insats gör mest nytta framåt:', {}, true);
    w.bullets(needs.map((g) => `${g.text} – ${goalStatusText(g)}`));
  }
}

function about(w: BodyWriter, data: FollowUpReportData, options: ExportOptions): void {
  w.heading(1, 'Om rapporten');
  w.text(
    `Rapporten följer upp ${data.programme.name} för perioden ${longPeriod(
      data.period.from,
      data.period.to,
    )} och togs fram ur Programverkstaden ${longDate(options.date)}. Målens status visas med ord och symbol: ✔ i fas, ! något efter, ✖ behöver insatser och ? saknar mätvärde. En aktivitet behöver uppmärksamhet när slutdatumet har passerat eller när den inte har uppdaterats på ${integer(
      data.stalledDays,
    )} dagar.`,
  );
}

export function composeFollowUpReport(data: FollowUpReportData, options: ExportOptions): Compose {
  return (w) => {
    const title = followUpTitle(data.period);
    const asOf = options.date < data.period.to ? options.date : data.period.to;
    const acts = actionsInPeriod(data, asOf);
    w.title(title, `${data.programme.name} · ${longPeriod(data.period.from, data.period.to)}`);
    const officer = [options.letterhead.officerName, options.letterhead.officerTitle]
      .filter(Boolean)
      .join(', ');
    w.facts([
      ['Program', data.programme.name],
      ['Period', `${shortDate(data.period.from)} – ${shortDate(data.period.to)}`],
      ['Mål', integer(data.goals.length)],
      ['Aktiviteter', integer(data.actions.length)],
      ...(officer ? ([['Handläggare', officer]] as const) : []),
    ]);
    achieved(w, data, acts);
    goals(w, data, asOf);
    charts(w, data);
    actions(w, data, acts);
    costs(w, data);
    followUpMeeting(w, data);
    revisions(w, data);
    nextSteps(w, data, acts);
    about(w, data, options);
    return { documentType: FOLLOW_UP_TYPE, title, orientation: 'portrait' };
  };
}

export async function renderFollowUpReport(
  data: FollowUpReportData,
  options: ExportOptions,
): Promise<RenderedDocument> {
  return renderDocument(composeFollowUpReport(data, options), options);
}

export const uppfoljning: DocumentDefinition<ProgrammePeriodParams, FollowUpReportData> = {
  id: 'uppfoljning',
  description: {
    sv: 'Uppföljningsrapport för en period: det som uppnåtts, målen med indikator, utgångsvärde, senaste värde, målvärde, trend och status, diagram över mätvärdena, aktiviteterna, kostnader, lärdomar och nästa steg.',
    en: 'Follow-up report for a period: what was achieved, the goals with indicator, baseline, latest value, target, trend and status, charts of the measurements, the actions, costs, lessons and next steps.',
  },
  options: ['period', 'draft', 'template'],
  params: programmePeriod,
  paramsSchema: programmePeriodParams,
  load: loadFollowUpReportData,
  compose: composeFollowUpReport,
  render: renderFollowUpReport,
  title: (p) => followUpTitle(p),
  fileStem: (p) => periodStem(followUpTitle(p), p),
  period: (p) => ({ from: p.from, to: p.to }),
  confidentialLeftOut: () => 0,
  internal: () => false,
  orientation: 'portrait',
};
