// Runs in: main process / Node. Politikerbrief (short briefing for politicians, DOCUMENTS.md §6,
// I30): one to two pages with the situation at a glance, a few key results, the goals' status in
// words, what needs political attention or a decision, and the next steps and committee dates.
import { caseStatuses, meetingBodies } from '../../../../shared/domain/cases';
import type { BodyWriter } from '../blocks';
import { loadBriefData, type BriefData } from '../data/brief';
import type { ReportGoal } from '../data/followUpReport';
import { longDate, longPeriod, shortDate } from '../dates';
import { renderDocument, type Compose, type RenderedDocument } from '../render';
import { countWord, integer, listJoin } from '../text';
import type { ExportOptions } from '../types';
import {
  kronor,
  LIGHT_COLOR,
  periodStem,
  programmePeriod,
  programmePeriodParams,
  type ProgrammePeriodParams,
} from './handlingsplan';
import type { DocumentDefinition } from './index';
import { actionsInPeriod, goalStatusText, type ActionsInPeriod } from './uppfoljningsrapport';

export const BRIEF_TYPE = 'Politikerbrief';
export const briefTitle = (programme: string): string => `Lägesbild: ${programme}`;

/** The brief stays short: at most this many lines per list. */
const KEY_RESULTS = 5;
const ATTENTION = 5;
const GOALS = 12;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
const STATUS_COLOR: Record<ReportGoal['status']['status'], string> = {
  green: LIGHT_COLOR.green,
  yellow: LIGHT_COLOR.yellow,
  red: LIGHT_COLOR.red,
  unknown: LIGHT_COLOR.none,
};

function glance(w: BodyWriter, data: BriefData, acts: ActionsInPeriod): void {
  const { report } = data;
  w.heading(1, 'Läget i korthet');
  const measured = report.goals.filter((g) => g.status.status !== 'unknown');
  const onTrack = measured.filter((g) => g.status.status === 'green');
  const active = report.actions.filter((a) => a.status === 'in_progress').length;
  if (report.goals.length === 0 && report.actions.length === 0) {
    w.missingSection(
      'mål och aktiviteter att rapportera',
      'Programmet har ännu inga mål eller aktiviteter.',
    );
    return;
  }
  const lines = [
    measured.length > 0
      ? `${capitalise(countWord(onTrack.length))} av ${countWord(measured.length)} mätta mål är i fas.`
      : 'Målen har ännu inga mätvärden.',
    `${capitalise(countWord(acts.finished.length, false))} ${
      acts.finished.length === 1 ? 'aktivitet blev klar' : 'aktiviteter blev klara'
    } under perioden och ${countWord(active, false)} pågår.`,
  ];
  if (report.total.costPlanned > 0) {
    lines.push(
      `Av den planerade kostnaden ${kronor(report.total.costPlanned)} är ${kronor(report.total.costSpent)} förbrukat.`,
    );
  }
  w.text(lines.join(' '));
}

function results(w: BodyWriter, data: BriefData, acts: ActionsInPeriod): void {
  w.heading(1, 'Det här har vi uppnått');
  const items = [
    ...data.report.goals.filter((g) => g.status.reached).map((g) => `Mål nått: ${g.text}`),
    ...acts.finished.map((a) => `${a.what} är klar.`),
    ...data.report.goals
      .filter((g) => g.status.status === 'green' && !g.status.reached)
      .map((g) => `I fas: ${g.text}`),
  ].slice(0, KEY_RESULTS);
  if (items.length === 0) {
    w.missingSection('resultat att lyfta fram', 'Inga resultat är registrerade för perioden ännu.');
    return;
  }
  w.bullets(items);
}

function goalsAtAGlance(w: BodyWriter, data: BriefData): void {
  w.heading(1, 'Målen i korthet');
  const goals = data.report.goals.filter((g) => g.levelKind === 'programme');
  if (goals.length === 0) {
    w.missingSection('programmets mål', 'Programmet har inga mål registrerade ännu.');
    return;
  }
  w.table(
    [
      { header: 'Mål', width: '72%' },
      { header: 'Status', width: '28%' },
    ],
    goals.slice(0, GOALS).map((g) => [
      g.text,
      {
        text: goalStatusText(g),
        color: STATUS_COLOR[g.status.status],
        bold: g.status.status === 'red',
      },
    ]),
  );
  if (goals.length > GOALS) {
    w.note(`Ytterligare ${integer(goals.length - GOALS)} mål redovisas i uppföljningsrapporten.`);
  }
}

function attention(w: BodyWriter, data: BriefData, acts: ActionsInPeriod): void {
  w.heading(1, 'Behöver politisk uppmärksamhet');
  const items: string[] = [];
  for (const c of data.openCases) {
    const status = caseStatuses.find((s) => s.id === c.status)?.sv ?? c.status;
    items.push(
      `Beslut: ${c.title}${c.dnr ? ` (${c.dnr})` : ''} – ${status.toLocaleLowerCase('sv')}${
        c.targetKf ? `, planeras till kommunfullmäktige ${longDate(c.targetKf)}` : ''
      }.`,
    );
  }
  for (const g of data.report.goals.filter((g) => g.status.status === 'red')) {
    items.push(`Målet ”${g.text.replace(/\.$/, '')}” behöver insatser: ${g.status.reason.sv}`);
  }
  for (const { action, why } of acts.attention) {
    items.push(`${action.what}: ${why.replace(/^[^\s]+\s/, '').toLocaleLowerCase('sv')}.`);
  }
  for (const c of data.report.costs) {
    if (c.costs.costPlanned > 0 && c.costs.costSpent > c.costs.costPlanned) {
      items.push(
        `${c.area}: förbrukat ${kronor(c.costs.costSpent)} av planerade ${kronor(c.costs.costPlanned)}; budgeten behöver ses över.`,
      );
    }
  }
  if (items.length === 0) {
    w.text('Just nu behöver inget särskilt beslut fattas; arbetet går enligt plan.');
    return;
  }
  w.bullets(items.slice(0, ATTENTION));
  if (items.length > ATTENTION) {
    w.note(
      `Ytterligare ${integer(items.length - ATTENTION)} punkter finns i uppföljningsrapporten.`,
    );
  }
}

function nextSteps(w: BodyWriter, data: BriefData, acts: ActionsInPeriod, today: string): void {
  w.heading(1, 'Nästa steg');
  const next = acts.next
    .slice(0, 3)
    .map((a) => `${a.what}${a.dueDate ? ` (klart ${shortDate(a.dueDate)})` : ''}`);
  if (next.length > 0) w.bullets(next);
  const coming = meetingBodies
    .map((b) => {
      const m = data.meetings.find((x) => x.body === b.id && x.date >= today);
      return m ? `${b.long} ${longDate(m.date)}` : null;
    })
    .filter((x): x is string => x !== null);
  if (coming.length > 0) w.text(`Kommande sammanträden: ${listJoin(coming)}.`);
  if (next.length === 0 && coming.length === 0) {
    w.missingSection(
      'nästa steg och kommande sammanträden',
      'Inga kommande aktiviteter eller sammanträden är registrerade.',
    );
  }
}

export function composeBrief(data: BriefData, options: ExportOptions): Compose {
  return (w) => {
    const { report } = data;
    const title = briefTitle(report.programme.name);
    const asOf = options.date < report.period.to ? options.date : report.period.to;
    const acts = actionsInPeriod(report, asOf);
    w.title(
      title,
      `Kort lägesbild för förtroendevalda, ${longPeriod(report.period.from, report.period.to)}`,
    );
    glance(w, data, acts);
    results(w, data, acts);
    goalsAtAGlance(w, data);
    attention(w, data, acts);
    nextSteps(w, data, acts, options.date);
    const who = [options.letterhead.officerName, options.letterhead.officerTitle]
      .filter(Boolean)
      .join(', ');
    w.note(
      `Underlag ur Programverkstaden ${longDate(options.date)}.${who ? ` Kontakt: ${who}${options.letterhead.officerEmail ? `, ${options.letterhead.officerEmail}` : ''}.` : ''}`,
    );
    return { documentType: BRIEF_TYPE, title, orientation: 'portrait' };
  };
}

export async function renderBrief(
  data: BriefData,
  options: ExportOptions,
): Promise<RenderedDocument> {
  return renderDocument(composeBrief(data, options), options);
}

export const politikerbrief: DocumentDefinition<ProgrammePeriodParams, BriefData> = {
  id: 'politikerbrief',
  description: {
    sv: 'Kort lägesbild för politiker på en till två sidor: läget i korthet, de viktigaste resultaten, målens status, vad som behöver politisk uppmärksamhet och nästa steg med kommande sammanträden.',
    en: 'A short briefing for politicians on one or two pages: the situation at a glance, the key results, the goals’ status, what needs political attention and the next steps with coming meetings.',
  },
  options: ['period', 'draft', 'template'],
  params: programmePeriod,
  paramsSchema: programmePeriodParams,
  load: loadBriefData,
  compose: composeBrief,
  render: renderBrief,
  title: () => BRIEF_TYPE,
  fileStem: (p, d) => periodStem(`${BRIEF_TYPE} ${d.report.programme.name}`, p),
  period: (p) => ({ from: p.from, to: p.to }),
  confidentialLeftOut: () => 0,
  internal: () => false,
  orientation: 'portrait',
};
