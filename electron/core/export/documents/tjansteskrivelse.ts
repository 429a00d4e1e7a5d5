// Runs in: main process / Node. Tjänsteskrivelse: the officer's memo to KSAU, KS or KF, or the
// remiss decision, one per stage of the decision track (DOCUMENTS.md §1). Pure: data + options in,
// .docx bytes out. The proposal's wording changes by stage (cases/proposal.ts).
import { HighlightColor, Paragraph } from 'docx';
import {
  consequenceKeys,
  stageBodies,
  stageOutcomes,
  type StageBody,
} from '../../../../shared/domain/cases';
import { proposalSentences } from '../../cases/proposal';
import type { BodyWriter, Cell } from '../blocks';
import type { CaseMemoData } from '../data/cases';
import { longDate, shortDate } from '../dates';
import { SIZE } from '../houseStyle';
import { renderDocument, type Compose, type RenderedDocument } from '../render';
import { countWord, integer, listJoin } from '../text';
import type { ExportOptions } from '../types';

export const MEMO_TYPE = 'Tjänsteskrivelse';

/** The body the memo is addressed to: the remiss is decided by the arbetsutskott. */
export const RECEIVING_BODY: Record<StageBody, string> = {
  remiss: 'Kommunstyrelsens arbetsutskott',
  ksau: 'Kommunstyrelsens arbetsutskott',
  ks: 'Kommunstyrelsen',
  kf: 'Kommunfullmäktige',
};

const stageShort = (stage: StageBody) => stageBodies.find((b) => b.id === stage)!.sv;

/** 'Tjänsteskrivelse KSAU – Näringslivsprogram 2027–2030' */
export const memoFileStem = (stage: StageBody, title: string): string =>
  `${MEMO_TYPE} ${stageShort(stage)} – ${title}`;

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

function header(w: BodyWriter, data: CaseMemoData, options: ExportOptions): void {
  const { letterhead } = options;
  const officer = [letterhead.officerName, letterhead.officerTitle].filter(Boolean).join(', ');
  const rows: [string, string][] = [
    ['Datum', shortDate(options.date)],
    ['Diarienummer', data.case.dnr || letterhead.dnr || '–'],
    ['Till', RECEIVING_BODY[data.stage]],
  ];
  if (data.meetingDate && data.stage !== 'remiss')
    rows.push(['Sammanträde', longDate(data.meetingDate)]);
  if (letterhead.unit) rows.push(['Enhet', letterhead.unit]);
  if (officer) rows.push(['Handläggare', officer]);
  if (letterhead.officerPhone) rows.push(['Telefon', letterhead.officerPhone]);
  if (letterhead.officerEmail) rows.push(['E-post', letterhead.officerEmail]);
  w.facts(rows);
}

function proposal(w: BodyWriter, data: CaseMemoData): void {
  w.heading(1, 'Förslag till beslut');
  const { sentences, missing } = proposalSentences({
    stage: data.stage,
    kind: data.case.kind,
    subject: data.case.subject,
    remissTo: data.remiss.names,
    remissDeadline: data.remiss.deadline,
    extra: data.memo.proposalExtra,
  });
  w.numbered(sentences);
  for (const what of missing) {
    w.missingSection(what, `Uppgift saknas: ${what}.`);
  }
}

function summary(w: BodyWriter, data: CaseMemoData): void {
  w.heading(1, 'Sammanfattning');
  if (data.memo.summary.trim()) w.text(data.memo.summary);
  else w.missingSection('sammanfattning', 'Sammanfattning saknas.');
}

function processText(data: CaseMemoData, options: ExportOptions): string[] {
  const { process, remiss } = data;
  const lines: string[] = [];
  const who = options.letterhead.unit ? lowerFirst(options.letterhead.unit) : 'förvaltningen';
  const parts: string[] = [];
  if (process.visits !== null && process.visits > 0)
    parts.push(`gjort ${countWord(process.visits)} företagsbesök`);
  if (process.interviews !== null && process.interviews > 0)
    parts.push(
      `genomfört ${countWord(process.interviews, false)} ${process.interviews === 1 ? 'intervju' : 'intervjuer'}`,
    );
  if (process.anchoring !== null && process.anchoring > 0)
    parts.push(
      `informerat och stämt av förslaget med politiker, förvaltningar och näringsliv vid ${countWord(
        process.anchoring,
        false,
      )} ${process.anchoring === 1 ? 'tillfälle' : 'tillfällen'}`,
    );
  if (parts.length > 0) {
    const since = process.since
      ? `Sedan arbetet inleddes ${longDate(process.since)} har `
      : 'Under arbetet har ';
    lines.push(`${since}${who} ${listJoin(parts)}.`);
  }
  if (data.stage !== 'remiss' && remiss.sent > 0) {
    const when = remiss.firstSent ? ` den ${longDate(remiss.firstSent)}` : '';
    const deadline = remiss.deadline ? ` med svar senast ${longDate(remiss.deadline)}` : '';
    lines.push(
      `Förslaget sändes på remiss${when} till ${countWord(remiss.sent, false)} ${
        remiss.sent === 1 ? 'remissinstans' : 'remissinstanser'
      }${deadline}. ${remiss.replied === remiss.sent ? 'Alla' : `${capitalise(countWord(remiss.replied, false))} av dem`} har svarat. Synpunkterna och kommunens ställningstaganden redovisas i remissammanställningen.`,
    );
  }
  return lines;
}

const outcomeLabel = (id: string | null) => stageOutcomes.find((o) => o.id === id)?.sv ?? '';

function description(w: BodyWriter, data: CaseMemoData, options: ExportOptions): void {
  w.heading(1, 'Beskrivning av ärendet');
  const { programme, memo } = data;
  w.heading(2, 'Bakgrund');
  const commission = programme?.commissionText.trim()
    ? `${programme.commissionText.trim()}${
        programme.commissionDecisionRef ? ` (${programme.commissionDecisionRef})` : ''
      }`
    : '';
  if (memo.background.trim()) w.text(memo.background);
  if (commission) w.runs([{ text: 'Uppdraget: ', bold: true }, { text: commission }]);
  if (!memo.background.trim() && !commission)
    w.missingSection('bakgrund till ärendet', 'Bakgrund saknas.');

  const purpose = [programme?.purposeText, programme?.whyText]
    .map((t) => t?.trim() ?? '')
    .filter(Boolean);
  if (purpose.length > 0) {
    w.heading(2, 'Syfte');
    for (const text of purpose) w.text(text);
  }

  const work = processText(data, options);
  if (work.length > 0) {
    w.heading(2, 'Arbetet med förslaget');
    for (const line of work) w.text(line);
  }

  if (data.stage !== 'remiss' && data.decisions.length > 0) {
    w.heading(2, 'Ärendets behandling hittills');
    w.bullets(
      data.decisions.map((d) => {
        const body = RECEIVING_BODY[d.body];
        const when = d.date ? ` ${shortDate(d.date)}` : '';
        const paragraph = d.paragraph ? ` § ${d.paragraph.replace(/^§\s*/, '')}` : '';
        return `${body}${when}${paragraph}: ${outcomeLabel(d.outcome).toLocaleLowerCase('sv')}`;
      }),
    );
  }
}

function assessment(w: BodyWriter, data: CaseMemoData): void {
  w.heading(1, 'Förvaltningens bedömning');
  if (data.memo.assessment.trim()) w.text(data.memo.assessment);
  else w.missingSection('förvaltningens bedömning', 'Förvaltningens bedömning saknas.');
}

function consequences(w: BodyWriter, data: CaseMemoData): void {
  w.heading(1, 'Konsekvenser');
  for (const key of consequenceKeys) {
    w.heading(2, key.sv);
    const { text, notAffected } = data.memo.consequences[key.id];
    if (notAffected) w.text('Bedöms inte påverkas.');
    if (text.trim()) w.text(text);
    else if (!notAffected)
      w.missingSection(lowerFirst(key.sv), 'Konsekvenserna är inte beskrivna.');
    if (key.id === 'economy' && data.actionCosts) {
      const { actions, withCost, total } = data.actionCosts;
      const scope =
        withCost === actions
          ? `Handlingsplanens ${countWord(actions, false)} ${actions === 1 ? 'aktivitet' : 'aktiviteter'}`
          : `De ${countWord(withCost, false)} av handlingsplanens ${countWord(actions, false)} aktiviteter som har en kostnad angiven`;
      w.note(
        `${scope} har en planerad kostnad på sammanlagt ${integer(total)} kronor (enligt handlingsplanen).`,
      );
    }
  }
}

function basis(w: BodyWriter, data: CaseMemoData, options: ExportOptions): void {
  w.heading(1, 'Beslutsunderlag');
  const items = [`Tjänsteskrivelse, ${shortDate(options.date)}`];
  if (data.programme) {
    const draft =
      data.case.kind === 'follow_up'
        ? `Uppföljning av ${data.programme.name}`
        : `Förslag till ${data.case.kind === 'revision' ? 'reviderat ' : ''}${data.programme.name}`;
    items.push(`${draft}, ${shortDate(data.programme.draftDate)}`);
  }
  if (data.stage !== 'remiss' && data.remiss.names.length > 0) {
    items.push(`Remissammanställning, ${shortDate(data.remiss.summaryExportedOn ?? options.date)}`);
  }
  w.bullets(items);
}

function sendTo(w: BodyWriter, data: CaseMemoData): void {
  w.heading(1, 'Beslutet skickas till');
  const recipients = data.memo.sendTo
    .split(/\r\n|\n|\r|;/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (recipients.length > 0) w.bullets(recipients);
  else w.missingSection('vilka beslutet skickas till', 'Sändlista saknas.');
}

function signatures(w: BodyWriter, data: CaseMemoData, options: ExportOptions): void {
  const { letterhead } = options;
  const prompt = (what: string): Cell =>
    w.draft ? { text: `[att fylla i: ${what}]`, highlight: HighlightColor.YELLOW } : '';
  let signer: Cell;
  if (data.memo.signerName.trim()) {
    signer = [data.memo.signerName, data.memo.signerTitle].filter((s) => s.trim()).join('\n');
  } else {
    w.missing.push('underskrift (förvaltningschef eller kommundirektör)');
    signer = prompt('förvaltningschef eller kommundirektör');
  }
  const officer = letterhead.officerName
    ? [letterhead.officerName, letterhead.officerTitle].filter(Boolean).join('\n')
    : prompt('handläggare');
  // Room above the names for the signatures.
  w.body.push(new Paragraph({ spacing: { before: 720 }, keepNext: true, children: [] }));
  w.table(
    [
      { header: '', width: '50%' },
      { header: '', width: '50%' },
    ],
    [[signer, officer]],
    { header: false, borders: false, size: SIZE.body },
  );
}

export function composeMemo(data: CaseMemoData, options: ExportOptions): Compose {
  return (w) => {
    w.title(data.case.title);
    header(w, data, options);
    proposal(w, data);
    summary(w, data);
    description(w, data, options);
    assessment(w, data);
    consequences(w, data);
    basis(w, data, options);
    sendTo(w, data);
    signatures(w, data, options);
    return { documentType: MEMO_TYPE, title: data.case.title, orientation: 'portrait' };
  };
}

export async function renderMemo(
  data: CaseMemoData,
  options: ExportOptions,
): Promise<RenderedDocument> {
  return renderDocument(composeMemo(data, options), options);
}
