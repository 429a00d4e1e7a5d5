// Runs in: main process / Node. The example municipality's follow-up texts: summaries, comments,
// check-in notes and lessons, written in an encouraging tone (F26, F27).
import type { CheckinAnswer } from '../../../shared/domain/followUp';
import type { GoalStatusId } from '../../../shared/domain/goals';

export const summaries = [
  'Ett kvartal med bra fart i besöken. Företagen uppskattar att politikerna är med ute.',
  'Vi har fått ihop näringslivsrådet och bestämt vad som ska prioriteras under året.',
  'Kompetensfrågan är fortsatt störst. Samarbetet med Lärcentrum har kommit igång på riktigt.',
  'Sommaren gav färre möten men fler besökare. Vi tar med oss idéerna från företagsfrukostarna.',
  'Flera aktiviteter är klara och vi ser de första effekterna i nöjdhetsmätningen.',
  'Ett lugnare kvartal där vi har städat i handlingsplanen och valt bort det som inte bar.',
];

export const meetingRefs = [
  'Näringslivsrådet, kommunhuset',
  'Uppföljningsmöte med KSAU',
  'Näringslivsrådet, Folkets hus',
  'Avstämning med företagarföreningen',
];

export const goalComments: Record<GoalStatusId, string> = {
  green: 'Fortsätt som nu – det här fungerar och företagen märker skillnad.',
  yellow: 'Lite efter plan. Vi lägger mer kraft här kommande kvartal.',
  red: 'Behöver insatser. Vi tar upp det på nästa näringslivsråd och ser vad vi kan göra annorlunda.',
  unknown: 'Nästa mätvärde kommer med den årliga mätningen.',
};

export const checkinNotes: { answer: CheckinAnswer; comment: string }[] = [
  { answer: 'yes', comment: 'Besöken rullar enligt plan, ofta med en politiker med.' },
  { answer: 'partly', comment: 'Ett möte sköts upp, men vi tog igen det i månaden efter.' },
  { answer: 'partly', comment: 'Företagen är med; skolan vill vi få in tydligare.' },
  { answer: 'yes', comment: 'Nyhetsbrevet gick ut som planerat och lästes av många.' },
];

export interface DemoLesson {
  text: string;
  /** Index among the programme's goals the lesson came from, if any. */
  goal?: number;
  /** The lesson started a new action in the plan (F07): one written after the follow-up. */
  startsAction?: boolean;
}

/** Two lessons per follow-up, oldest follow-up first; the last ones started actions. */
export const lessonsByRecord: DemoLesson[][] = [
  [
    {
      text: 'Företagsbesök med en politiker ger snabbare svar på frågor om mark och lov.',
      goal: 0,
    },
    { text: 'Korta möten på morgonen passar företagarna bättre än kvällar.' },
  ],
  [
    { text: 'Mätvärden behöver samlas in vid samma tid varje år för att kunna jämföras.', goal: 1 },
    { text: 'Näringslivsrådet fungerar bäst med en tydlig fråga per möte.' },
  ],
  [
    { text: 'Praktikplatser fylls när företagen får träffa eleverna tidigt.', goal: 0 },
    { text: 'Det är lättare att få med byarna när mötena hålls där.' },
  ],
  [
    {
      text: 'Mässor lockar många, men det är uppföljningen efteråt som ger anställningar.',
      goal: 0,
    },
    { text: 'Vi behöver berätta om det som fungerar oftare, inte bara i årsrapporten.', goal: 2 },
  ],
  [
    {
      text: 'Företagen vill ha ett enda telefonnummer till kommunen när något krånglar.',
      goal: 1,
      startsAction: true,
    },
    { text: 'Handläggarna uppskattar att få höra vad företagen tycker direkt.' },
  ],
  [
    {
      text: 'Unga som gjort praktik i kommunen kommer tillbaka om de får ett sommarjobb.',
      goal: 0,
      startsAction: true,
    },
    { text: 'Uppföljningen går snabbare när mätvärdena förs in löpande.' },
  ],
];

export const draftLesson: DemoLesson = {
  text: 'Frukostmötena i byarna samlar fler företag än träffarna i centralorten.',
};
