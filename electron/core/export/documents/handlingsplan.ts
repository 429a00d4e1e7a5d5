// Runs in: main process / Node. Handlingsplan (action plan, DOCUMENTS.md §3): landscape, one table
// of actions per focus area (what, why, how, who, when, partners, goals served, resources,
// status with symbol and words), cost sums per focus area and for the programme (F19).
import { z } from 'zod';
import type { ExportRequest } from '../../../../shared/contract/export';
import { isStalled, type ActionStatus } from '../../../../shared/domain/actions';
import type { BodyWriter, Cell, Column } from '../blocks';
import {
  loadActionPlanData,
  type ActionPlanData,
  type CostSum,
  type PlanAction,
} from '../data/actionPlan';
import { longDate, longPeriod, resolvePeriod, shortDate, wholeYear } from '../dates';
import { renderDocument, type Compose, type RenderedDocument } from '../render';
import { SIZE } from '../houseStyle';
import { countWord, decimal, integer, listJoin } from '../text';
import type { ExportOptions } from '../types';
import type { DocumentDefinition } from './index';

export const ACTION_PLAN_TYPE = 'Handlingsplan';

export function actionPlanTitle(period: { from: string; to: string }): string {
  const year = wholeYear(period.from, period.to);
  return year ? `${ACTION_PLAN_TYPE} ${year}` : ACTION_PLAN_TYPE;
}

// ---- The light of an action (F11): symbol and words, never colour alone; encouraging (F27). ----

export type Light = 'green' | 'yellow' | 'red' | 'none';

export interface ActionLight {
  light: Light;
  /** '✔ Klar', '! Ingen uppdatering på 74 dagar' … */
  label: string;
}

export const LIGHT_WORD: Record<Light, string> = {
  green: 'Grön',
  yellow: 'Gul',
  red: 'Röd',
  none: 'Avslutad',
};

/** Text colours (hex) for the status, dark enough to read on white and in grey print. */
export const LIGHT_COLOR: Record<Light, string> = {
  green: '1E7B34',
  yellow: '8A6100',
  red: 'B3261E',
  none: '595959',
};

const daysBetween = (from: string, to: string) =>
  Math.floor(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) /
      86_400_000,
  );

export interface LightInput {
  status: ActionStatus;
  dueDate: string | null;
  lastUpdateAt: string;
}

/**
 * Done: green. Dropped: no light. Active past its end date: red. Paused, or no update within the
 * stalled limit: yellow. Otherwise (planned or in progress on time): green.
 */
export function actionLight(a: LightInput, today: string, stalledDays: number): ActionLight {
  if (a.status === 'done') return { light: 'green', label: '✔ Klar' };
  if (a.status === 'dropped') return { light: 'none', label: '✕ Valdes bort' };
  if (a.status === 'paused') return { light: 'yellow', label: '‖ Pausad' };
  if (a.dueDate && a.dueDate < today) {
    return { light: 'red', label: `✖ Behöver insatser: slutdatum ${a.dueDate} har passerat` };
  }
  if (isStalled(a, today, stalledDays)) {
    return {
      light: 'yellow',
      label: `! Ingen uppdatering på ${daysBetween(a.lastUpdateAt, today)} dagar`,
    };
  }
  return a.status === 'in_progress'
    ? { light: 'green', label: '◐ Pågår enligt plan' }
    : { light: 'green', label: '○ Planerad' };
}

// ---- Cells ----

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

export const kronor = (n: number): string => `${integer(n)}\u00a0kr`;
const hours = (n: number): string => `${decimal(n)}\u00a0h`;

/** När: dates for a project, "Löpande" for a standing activity, the month of a yearly one. */
export function whenText(
  a: Pick<PlanAction, 'kind' | 'annualMonth' | 'startDate' | 'dueDate'>,
): string {
  const span =
    a.startDate && a.dueDate
      ? `${shortDate(a.startDate)} – ${shortDate(a.dueDate)}`
      : a.startDate
        ? `från ${shortDate(a.startDate)}`
        : a.dueDate
          ? `klart ${shortDate(a.dueDate)}`
          : '';
  if (a.kind === 'standing') return span ? `Löpande\n${span}` : 'Löpande';
  if (a.kind === 'annual') {
    const month = a.annualMonth ? `Årligen i ${MONTHS[a.annualMonth - 1]}` : 'Årligen';
    return span ? `${month}\n${span}` : month;
  }
  return span;
}

function resourceText(a: PlanAction): string {
  const lines: string[] = [];
  if (a.costPlanned !== null || a.costSpent !== null) {
    lines.push(`Planerat ${a.costPlanned === null ? '–' : kronor(a.costPlanned)}`);
    lines.push(`Förbrukat ${a.costSpent === null ? '–' : kronor(a.costSpent)}`);
  }
  if (a.hoursPlanned !== null || a.hoursSpent !== null) {
    lines.push(
      `Tid använd ${a.hoursSpent === null ? '–' : hours(a.hoursSpent)} av ${
        a.hoursPlanned === null ? '–' : hours(a.hoursPlanned)
      }`,
    );
  }
  return lines.join('\n');
}

const responsibleText = (a: PlanAction) =>
  a.responsibleOrgKind === 'other' && a.responsible
    ? `${a.responsible}\n(annan organisation)`
    : a.responsible;

const COLUMNS: Column[] = [
  { header: 'Aktivitet (vad)', width: '14%' },
  { header: 'Varför', width: '13%' },
  { header: 'Hur', width: '14%' },
  { header: 'Ansvarig (vem)', width: '10%' },
  { header: 'Start–klart (när)', width: '9%' },
  { header: 'Samverkans­partner', width: '9%' },
  { header: 'Mål som aktiviteten stödjer', width: '14%' },
  { header: 'Resurser / kostnad', width: '8%' },
  { header: 'Status', width: '9%' },
];

/** Counts the actions lacking who, what, when, how or why; drafts show a prompt in the cell. */
class Gaps {
  count = 0;
  constructor(private readonly draft: boolean) {}
  cell(text: string, what: string): Cell {
    if (text.trim() !== '') return text;
    this.count += 1;
    return this.draft ? { text: `[att fylla i: ${what}]`, italics: true } : '–';
  }
}

function actionRow(a: PlanAction, today: string, stalledDays: number, gaps: Gaps): Cell[] {
  const light = actionLight(a, today, stalledDays);
  const status =
    a.status === 'dropped' && a.droppedReason ? `${light.label}: ${a.droppedReason}` : light.label;
  return [
    { text: a.what, bold: true },
    gaps.cell(a.why, 'varför'),
    gaps.cell(a.how, 'hur'),
    gaps.cell(responsibleText(a), 'ansvarig'),
    gaps.cell(whenText(a), 'när'),
    a.partners.join('\n'),
    a.goals.join('\n'),
    resourceText(a),
    {
      text: `${LIGHT_WORD[light.light]}\n${status}`,
      color: LIGHT_COLOR[light.light],
      bold: light.light === 'red',
    },
  ];
}

function costLine(costs: CostSum): string {
  const parts = [
    `Planerad kostnad ${kronor(costs.costPlanned)}, förbrukat hittills ${kronor(costs.costSpent)}`,
  ];
  if (costs.hoursPlanned > 0 || costs.hoursSpent > 0) {
    parts.push(`planerad tid ${hours(costs.hoursPlanned)}, använd tid ${hours(costs.hoursSpent)}`);
  }
  return `${parts.join('; ')}.`;
}

function statusCounts(data: ActionPlanData, today: string) {
  const counts = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const area of data.areas)
    for (const a of area.actions) counts[actionLight(a, today, data.stalledDays).light] += 1;
  return counts;
}

function summary(w: BodyWriter, data: ActionPlanData, today: string): void {
  w.heading(1, 'Sammanfattning');
  const withActions = data.areas.filter((a) => a.actions.length > 0).length;
  if (data.total.actions === 0) {
    w.missingSection(
      'aktiviteter i handlingsplanen',
      'Handlingsplanen har inga aktiviteter under perioden.',
    );
    return;
  }
  const c = statusCounts(data, today);
  const lines = [
    `Handlingsplanen omfattar ${countWord(data.total.actions, false)} ${
      data.total.actions === 1 ? 'aktivitet' : 'aktiviteter'
    } inom ${countWord(withActions, false)} ${withActions === 1 ? 'fokusområde' : 'fokusområden'}.`,
    `${capitalise(
      listJoin(
        [
          c.green > 0 ? `${integer(c.green)} går enligt plan eller är klara` : '',
          c.yellow > 0 ? `${integer(c.yellow)} behöver ses över` : '',
          c.red > 0 ? `${integer(c.red)} behöver insatser` : '',
          c.none > 0 ? `${integer(c.none)} valdes bort` : '',
        ].filter(Boolean),
      ),
    )}.`,
    `Den planerade kostnaden är sammanlagt ${kronor(data.total.costPlanned)}, varav ${kronor(
      data.total.costSpent,
    )} är förbrukat.`,
  ];
  w.text(lines.join(' '));
  w.note(
    'Status anges med färgord, symbol och text: Grön ✔ klar, ◐ pågår enligt plan eller ○ planerad; Gul ‖ pausad eller ! utan uppdatering på länge; Röd ✖ slutdatum har passerat; ✕ valdes bort.',
  );
}

function areas(w: BodyWriter, data: ActionPlanData, today: string, gaps: Gaps): void {
  w.heading(1, 'Aktiviteter per fokusområde');
  if (data.areas.length === 0) {
    w.missingSection('fokusområden', 'Programmet har inga fokusområden ännu.');
    return;
  }
  data.areas.forEach((area) => {
    w.heading(2, area.name);
    if (area.actions.length === 0) {
      w.missingSection(`aktiviteter för ${area.name}`, 'Inga aktiviteter under perioden.');
      return;
    }
    w.table(
      COLUMNS,
      area.actions.map((a) => actionRow(a, today, data.stalledDays, gaps)),
      { size: SIZE.small },
    );
    w.runs([{ text: 'Kostnad för fokusområdet: ', bold: true }, { text: costLine(area.costs) }]);
  });
}

function costs(w: BodyWriter, data: ActionPlanData): void {
  w.heading(1, 'Kostnader per fokusområde');
  if (data.total.actions === 0) {
    w.missingSection(
      'kostnader för aktiviteterna',
      'Inga aktiviteter och därmed inga kostnader under perioden.',
    );
    return;
  }
  const money: Column[] = [
    { header: 'Fokusområde', width: '34%' },
    { header: 'Aktiviteter', width: '10%', align: 'right' },
    { header: 'Planerad kostnad', width: '14%', align: 'right' },
    { header: 'Förbrukat', width: '14%', align: 'right' },
    { header: 'Planerad tid', width: '14%', align: 'right' },
    { header: 'Använd tid', width: '14%', align: 'right' },
  ];
  const row = (name: Cell, c: CostSum): Cell[] => [
    name,
    c.actions,
    kronor(c.costPlanned),
    kronor(c.costSpent),
    hours(c.hoursPlanned),
    hours(c.hoursSpent),
  ];
  w.table(money, [
    ...data.areas.filter((a) => a.actions.length > 0).map((a) => row(a.name, a.costs)),
    row({ text: 'Hela programmet', bold: true }, data.total),
  ]);
}

function about(w: BodyWriter, data: ActionPlanData, options: ExportOptions, gaps: Gaps): void {
  w.heading(1, 'Om handlingsplanen');
  w.text(
    `Handlingsplanen hör till ${data.programme.name} och visar de aktiviteter som pågår eller planeras under perioden ${longPeriod(
      data.period.from,
      data.period.to,
    )}: stående aktiviteter, årshjulets återkommande aktiviteter och projekt. Den togs fram ur Programverkstaden ${longDate(
      options.date,
    )}. En aktivitet räknas som utan uppdatering när den inte har ändrats på ${integer(
      data.stalledDays,
    )} dagar.`,
  );
  if (gaps.count > 0) {
    w.missing.push(`uppgifter om vem, när, hur eller varför (${integer(gaps.count)} fält)`);
    if (!options.draft)
      w.note(`${integer(gaps.count)} uppgifter om aktiviteterna är inte ifyllda och visas som –.`);
  }
}

export function composeActionPlan(data: ActionPlanData, options: ExportOptions): Compose {
  return (w) => {
    const today = options.date;
    const title = actionPlanTitle(data.period);
    w.title(title, `${data.programme.name} · ${longPeriod(data.period.from, data.period.to)}`);
    const officer = [options.letterhead.officerName, options.letterhead.officerTitle]
      .filter(Boolean)
      .join(', ');
    w.facts([
      ['Program', data.programme.name],
      ['Programperiod', `${data.programme.periodStart}–${data.programme.periodEnd}`],
      ['Handlingsplanens period', `${shortDate(data.period.from)} – ${shortDate(data.period.to)}`],
      ['Fokusområden', listJoin(data.areas.filter((a) => a.id).map((a) => a.name)) || '–'],
      ...(officer ? ([['Handläggare', officer]] as const) : []),
    ]);
    const gaps = new Gaps(w.draft);
    summary(w, data, today);
    areas(w, data, today, gaps);
    costs(w, data);
    about(w, data, options, gaps);
    return { documentType: ACTION_PLAN_TYPE, title, orientation: 'landscape' };
  };
}

export async function renderActionPlan(
  data: ActionPlanData,
  options: ExportOptions,
): Promise<RenderedDocument> {
  return renderDocument(composeActionPlan(data, options), options, 'landscape');
}

// ---- In the export registry ----

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** The selection of a programme document for a period; programmeId null = the current programme. */
export const programmePeriodParams = z.object({
  programmeId: z.string().min(1).max(64).nullable(),
  from: isoDate,
  to: isoDate,
});
export type ProgrammePeriodParams = z.infer<typeof programmePeriodParams>;

export const programmePeriod = (request: ExportRequest, today: string): ProgrammePeriodParams => ({
  programmeId: request.programmeId ?? null,
  ...resolvePeriod(request.from, request.to, today),
});

/** 'Handlingsplan 2027', or with the dates when the period is not a calendar year. */
export const periodStem = (title: string, p: { from: string; to: string }): string =>
  wholeYear(p.from, p.to) ? title : `${title} ${p.from}–${p.to}`;

export const handlingsplan: DocumentDefinition<ProgrammePeriodParams, ActionPlanData> = {
  id: 'handlingsplan',
  description: {
    sv: 'Handlingsplanen på liggande sidor: aktiviteterna per fokusområde med vad, varför, hur, vem och när, samverkanspartner, mål, resurser och status, och kostnaderna per fokusområde och för hela programmet.',
    en: 'The action plan on landscape pages: the actions per focus area with what, why, how, who and when, partners, goals, resources and status, and the costs per focus area and for the whole programme.',
  },
  options: ['period', 'draft', 'template'],
  params: programmePeriod,
  paramsSchema: programmePeriodParams,
  load: loadActionPlanData,
  compose: composeActionPlan,
  render: renderActionPlan,
  title: (p) => actionPlanTitle(p),
  fileStem: (p) => periodStem(actionPlanTitle(p), p),
  period: (p) => ({ from: p.from, to: p.to }),
  confidentialLeftOut: () => 0,
  internal: () => false,
  orientation: 'landscape',
};
