// Runs in: main process / Node. "Förslag till beslut" of a tjänsteskrivelse: numbered, self-standing
// sentences that the secretary can copy straight into the minutes, worded for the body that
// decides at each stage (DOCUMENTS.md §1.2). Pure.
import type { CaseKind, StageBody } from '../../../shared/domain/cases';
import { longDate } from '../export/dates';
import { listJoin } from '../export/text';

export interface ProposalInput {
  stage: StageBody;
  kind: CaseKind;
  /** What is decided on, e.g. 'Näringslivsprogram 2027–2030'. */
  subject: string;
  /** Names of the remiss instances (remiss stage). */
  remissTo: readonly string[];
  /** The reply deadline (remiss stage). */
  remissDeadline: string | null;
  /** The officer's own extra points, one sentence per line. */
  extra: string;
}

export interface Proposal {
  sentences: string[];
  /** What the wording lacks (remiss instances, reply deadline). */
  missing: string[];
}

/** Beyond this many, the sentence points to the distribution list instead of naming them all. */
const MAX_NAMED = 8;

/** The decision in the infinitive (föreslå … att anta X) and the present (KF antar X). */
function decision(kind: CaseKind, subject: string): { infinitive: string; present: string } {
  switch (kind) {
    case 'revision':
      return {
        infinitive: `anta reviderat ${subject}`,
        present: `antar reviderat ${subject}`,
      };
    case 'follow_up':
      return {
        infinitive: `godkänna uppföljningen av ${subject}`,
        present: `godkänner uppföljningen av ${subject}`,
      };
    default:
      return { infinitive: `anta ${subject}`, present: `antar ${subject}` };
  }
}

const sentence = (text: string) => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const capital = trimmed.charAt(0).toLocaleUpperCase('sv') + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

function remissSentence(input: ProposalInput, missing: string[]): string {
  const draft =
    input.kind === 'follow_up'
      ? `Uppföljningen av ${input.subject}`
      : input.kind === 'revision'
        ? `Förslaget till reviderat ${input.subject}`
        : `Förslaget till ${input.subject}`;
  const names = input.remissTo.filter((n) => n.trim() !== '');
  let to: string;
  if (names.length === 0) {
    missing.push('remissinstanser');
    to = 'de remissinstanser som anges i sändlistan';
  } else if (names.length > MAX_NAMED) {
    to = `de ${names.length} remissinstanser som anges i sändlistan`;
  } else {
    to = listJoin(names);
  }
  let deadline = '';
  if (input.remissDeadline) deadline = ` med svar senast ${longDate(input.remissDeadline)}`;
  else missing.push('sista svarsdag för remissen');
  return `${draft} sänds på remiss till ${to}${deadline}.`;
}

export function proposalSentences(input: ProposalInput): Proposal {
  const missing: string[] = [];
  const { infinitive, present } = decision(input.kind, input.subject);
  let first: string;
  switch (input.stage) {
    case 'remiss':
      first = remissSentence(input, missing);
      break;
    case 'ksau':
      first = `Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen att föreslå kommunfullmäktige att ${infinitive}.`;
      break;
    case 'ks':
      first = `Kommunstyrelsen föreslår kommunfullmäktige att ${infinitive}.`;
      break;
    case 'kf':
      first = `Kommunfullmäktige ${present}.`;
      break;
  }
  const extra = input.extra
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim().replace(/^\d+[.)]\s*/, ''))
    .filter((line) => line !== '')
    .map(sentence);
  return { sentences: [first, ...extra], missing };
}
