// Runs in: main process / Node. Remissammanställning: who was consulted and who replied, the overall
// picture, then per section of the draft each comment (who said it) → the municipality's position →
// the change made, and last the instances that did not reply (DOCUMENTS.md §4). Pure.
import { HighlightColor } from 'docx';
import { remissInstanceKinds } from '../../../../shared/domain/cases';
import { documentSections } from '../../../../shared/process/documentSections';
import type { BodyWriter, Cell } from '../blocks';
import type { RemissInstanceData, RemissSummaryData } from '../data/cases';
import { longDate, shortDate } from '../dates';
import { renderDocument, type Compose, type RenderedDocument } from '../render';
import { countWord, percent } from '../text';
import type { ExportOptions } from '../types';

export const REMISS_TYPE = 'Remissammanställning';
export const GENERAL_SECTION = 'Övergripande synpunkter';

export const remissFileStem = (title: string): string => `${REMISS_TYPE} – ${title}`;

const kindLabel = (id: string) => remissInstanceKinds.find((k) => k.id === id)?.sv ?? id;

const swedish = new Intl.Collator('sv');
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

function draftName(data: RemissSummaryData): string {
  switch (data.case.kind) {
    case 'follow_up':
      return `uppföljningen av ${data.case.subject}`;
    case 'revision':
      return `förslaget till reviderat ${data.case.subject}`;
    default:
      return `förslaget till ${data.case.subject}`;
  }
}

const first = (values: (string | null)[]) =>
  values.filter((v): v is string => !!v).sort()[0] ?? null;
const last = (values: (string | null)[]) =>
  values
    .filter((v): v is string => !!v)
    .sort()
    .at(-1) ?? null;

function facts(w: BodyWriter, data: RemissSummaryData, options: ExportOptions): void {
  const { instances } = data;
  const sent = first(instances.map((i) => i.sentDate));
  const deadline = last(instances.map((i) => i.deadline));
  const replied = instances.filter((i) => i.replyReceivedDate).length;
  const rows: [string, string][] = [
    ['Ärende', data.case.title],
    ['Diarienummer', data.case.dnr || options.letterhead.dnr || '–'],
  ];
  if (sent || deadline)
    rows.push([
      'Remisstid',
      `${sent ? shortDate(sent) : '…'} – ${deadline ? shortDate(deadline) : '…'}`,
    ]);
  rows.push(['Remissinstanser', String(instances.length)]);
  rows.push(['Svar', `${replied} av ${instances.length}`]);
  const officer = [options.letterhead.officerName, options.letterhead.officerTitle]
    .filter(Boolean)
    .join(', ');
  if (officer) rows.push(['Handläggare', officer]);
  w.facts(rows);
}

function introduction(w: BodyWriter, data: RemissSummaryData): void {
  w.heading(1, 'Inledning');
  const { instances } = data;
  if (instances.length === 0) {
    w.missingSection('remissinstanser', 'Förslaget har inte skickats på remiss.');
    return;
  }
  const sent = first(instances.map((i) => i.sentDate));
  const deadline = last(instances.map((i) => i.deadline));
  const replied = instances.filter((i) => i.replyReceivedDate).length;
  const name = draftName(data);
  w.text(
    `${name.charAt(0).toLocaleUpperCase('sv')}${name.slice(1)} skickades på remiss${
      sent ? ` den ${longDate(sent)}` : ''
    } till ${countWord(instances.length, false)} ${
      instances.length === 1 ? 'remissinstans' : 'remissinstanser'
    }${deadline ? ` med svar senast ${longDate(deadline)}` : ''}. ${
      replied === instances.length && replied > 0
        ? 'Alla har svarat.'
        : `${capitalise(countWord(replied, false))} av dem har svarat (${percent(replied, instances.length)}).`
    }`,
    {},
    true,
  );
  w.table(
    [
      { header: 'Remissinstans', width: '36%' },
      { header: 'Typ', width: '16%' },
      { header: 'Skickad', width: '16%' },
      { header: 'Svar senast', width: '16%' },
      { header: 'Svar inkom', width: '16%' },
    ],
    instances.map((i) => [
      i.name,
      kindLabel(i.kind),
      i.sentDate ? shortDate(i.sentDate) : '–',
      i.deadline ? shortDate(i.deadline) : '–',
      i.replyReceivedDate ? shortDate(i.replyReceivedDate) : 'Inget svar',
    ]),
  );
}

interface Counted {
  comments: number;
  changed: number;
  unchanged: number;
  open: number;
}

function count(instances: readonly RemissInstanceData[]): Counted {
  const all = instances.flatMap((i) => i.comments);
  return {
    comments: all.length,
    changed: all.filter((c) => c.changeKind === 'andring').length,
    unchanged: all.filter((c) => c.changeKind === 'ingen_andring').length,
    open: all.filter((c) => c.changeKind === null).length,
  };
}

function overview(w: BodyWriter, data: RemissSummaryData): void {
  w.heading(1, 'Sammanfattande bild');
  if (data.overview.trim()) w.text(data.overview);
  else
    w.missingSection(
      'sammanfattande bild av remissvaren',
      'Ingen sammanfattande bedömning är skriven.',
    );
  const c = count(data.instances);
  if (c.comments > 0) {
    const parts = [
      `Remissvaren innehåller ${countWord(c.comments, false)} ${c.comments === 1 ? 'synpunkt' : 'synpunkter'}.`,
      `${capitalise(countWord(c.changed, false))} av dem har lett till ändringar i förslaget och ${countWord(
        c.unchanged,
        false,
      )} har inte lett till någon ändring.`,
    ];
    if (c.open > 0)
      parts.push(
        c.open === 1
          ? 'En är ännu inte bemött.'
          : `${capitalise(countWord(c.open, false))} är ännu inte bemötta.`,
      );
    w.text(parts.join(' '));
  }
  const summaries = data.instances.filter((i) => i.replyReceivedDate && i.replySummary.trim());
  if (summaries.length > 0) {
    w.heading(2, 'Remissvaren i korthet');
    w.table(
      [
        { header: 'Remissinstans', width: '30%' },
        { header: 'Svar inkom', width: '15%' },
        { header: 'Sammanfattning av svaret', width: '55%' },
      ],
      summaries.map((i) => [i.name, shortDate(i.replyReceivedDate!), i.replySummary]),
    );
  }
}

/** Sections in the programme's print order, then others alphabetically; general comments first. */
function sectionOrder(a: string, b: string): number {
  const rank = (s: string) => {
    if (s === '') return -1;
    const i = documentSections.findIndex(
      (d) => d.title.sv.toLocaleLowerCase('sv') === s.toLocaleLowerCase('sv'),
    );
    return i >= 0 ? i : documentSections.length;
  };
  return rank(a) - rank(b) || swedish.compare(a, b);
}

function comments(w: BodyWriter, data: RemissSummaryData): void {
  w.heading(1, 'Synpunkter och ställningstaganden');
  const rows = data.instances.flatMap((i) =>
    i.comments.map((c) => ({ ...c, section: c.section.trim(), who: i.name })),
  );
  if (rows.length === 0) {
    w.missingSection(
      'synpunkter från remissvaren',
      'Remissvaren innehöll inga synpunkter som krävde ställningstagande.',
    );
    return;
  }
  const prompt = (what: string): Cell =>
    w.draft ? { text: `[att fylla i: ${what}]`, highlight: HighlightColor.YELLOW } : 'Ej bemött';
  let unanswered = 0;
  const sections = [...new Set(rows.map((r) => r.section))].sort(sectionOrder);
  for (const section of sections) {
    w.heading(2, section || GENERAL_SECTION);
    w.table(
      [
        { header: 'Synpunkt (från vem)', width: '38%' },
        { header: 'Kommunens ställningstagande', width: '34%' },
        { header: 'Ändring i förslaget', width: '28%' },
      ],
      rows
        .filter((r) => r.section === section)
        .map((r) => {
          let change: Cell;
          if (r.changeKind === 'andring')
            change = `Ändring${r.changeText.trim() ? `: ${r.changeText.trim()}` : ''}`;
          else if (r.changeKind === 'ingen_andring')
            change = `Ingen ändring${r.changeText.trim() ? `: ${r.changeText.trim()}` : ''}`;
          else change = prompt('ändring eller ingen ändring');
          if (!r.position.trim() || r.changeKind === null) unanswered += 1;
          return [
            `${r.comment.trim()}\n– ${r.who}`,
            r.position.trim() ? r.position : prompt('ställningstagande'),
            change,
          ];
        }),
    );
  }
  if (unanswered > 0) {
    w.missing.push(
      unanswered === 1
        ? 'ställningstagande till en synpunkt'
        : `ställningstagande till ${countWord(unanswered, false)} synpunkter`,
    );
  }
}

function notReplied(w: BodyWriter, data: RemissSummaryData): void {
  w.heading(1, 'Remissinstanser som inte har svarat');
  const missing = data.instances.filter((i) => !i.replyReceivedDate);
  if (data.instances.length === 0) {
    w.text('Förslaget har inte skickats på remiss.');
    return;
  }
  if (missing.length === 0) {
    w.text('Alla remissinstanser har svarat.');
    return;
  }
  w.bullets(
    missing.map((i) => (i.deadline ? `${i.name} (svar senast ${shortDate(i.deadline)})` : i.name)),
  );
}

export function composeRemissSummary(data: RemissSummaryData, options: ExportOptions): Compose {
  return (w) => {
    const name = draftName(data);
    const title = `${REMISS_TYPE} – ${data.case.title}`;
    w.title(REMISS_TYPE, `Remissvar på ${name}`);
    facts(w, data, options);
    introduction(w, data);
    overview(w, data);
    comments(w, data);
    notReplied(w, data);
    return { documentType: REMISS_TYPE, title, orientation: 'portrait' };
  };
}

export async function renderRemissSummary(
  data: RemissSummaryData,
  options: ExportOptions,
): Promise<RenderedDocument> {
  return renderDocument(composeRemissSummary(data, options), options);
}
