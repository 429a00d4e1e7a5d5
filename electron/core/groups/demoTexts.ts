// Runs in: main process / Node. What the example municipality's meetings were about: titles,
// agendas, questions and outcomes, written for the demo (Swedish, like the officer's own notes).
import type { InsightType } from '../../../shared/domain/insights';
import type { MeetingKind } from '../../../shared/domain/groups';

export interface DemoOutcome {
  text: string;
  /** Set when the outcome was turned into an insight of this type. */
  insight?: InsightType;
}

export interface DemoMeeting {
  kind: MeetingKind;
  title: string;
  /** Days from today; negative is in the past. */
  offset: number;
  time: string;
  place: string;
  group?: 'working' | 'business' | 'countryside';
  status: 'planned' | 'held' | 'cancelled';
  participants: number;
  notes: string;
  agenda: string[];
  questions: string[];
  outcomes: DemoOutcome[];
}

export const demoGroups = {
  working: {
    name: 'Arbetsgruppen för näringslivsprogrammet',
    purpose:
      'Tar fram programmet: planerar dialogerna, sammanfattar analysen och skriver förslag till fokusområden och aktiviteter.',
    notes:
      'Träffas varannan vecka under analysfasen. Företagare saknas i gruppen – de hörs via referensgruppen, men fundera på att adjungera en.',
  },
  business: {
    name: 'Referensgrupp näringsliv',
    purpose: 'Företagarnas röst i arbetet: prövar analysen och förslagen mot vardagen i företagen.',
    notes: 'Utsedd i samråd med Företagarna och handelsföreningen.',
  },
  countryside: {
    name: 'Referensgrupp landsbygd och föreningsliv',
    purpose:
      'Fångar perspektiven från byarna, föreningarna och besöksnäringen utanför centralorten.',
    notes: '',
  },
};

export const extraParticipants = ['Lena Holm (Almi)', 'Per Nyberg (Region, tillväxt)'];

export const demoMeetings: DemoMeeting[] = [
  {
    kind: 'kickoff',
    title: 'Uppstart av näringslivsprogrammet',
    offset: -240,
    time: '08:30',
    place: 'Kommunhusets sessionssal',
    status: 'held',
    participants: 12,
    notes: 'Frukostmöte. Kommunstyrelsens ordförande hälsade välkommen och berättade om uppdraget.',
    agenda: [
      'Välkommen och varför ett nytt program',
      'Uppdraget och tidplanen',
      'Vad har hänt sedan förra programmet?',
      'Gruppdiskussion: vad ska vara bättre om fyra år?',
      'Hur vill ni vara med framåt?',
    ],
    questions: [
      'Vad är det bästa med att driva företag här?',
      'Vad hindrar ert företag från att växa?',
    ],
    outcomes: [
      { text: 'Stark sammanhållning mellan företagen i kommunen', insight: 'strength' },
      { text: 'Kompetensbristen är det största hindret för tillväxt', insight: 'weakness' },
      { text: 'Önskemål om en referensgrupp med företagare' },
    ],
  },
  {
    kind: 'workshop',
    title: 'Workshop: kompetensförsörjning',
    offset: -205,
    time: '13:00',
    place: 'Lärcentrum',
    status: 'held',
    participants: 9,
    notes: 'Skola, Arbetsförmedlingen och sex företag. Bra energi.',
    agenda: ['Läget i dag', 'Praktik och lärlingar', 'Vad kan kommunen göra?'],
    questions: [
      'Vilka yrken är svårast att rekrytera?',
      'Hur kan skolan och företagen mötas oftare?',
    ],
    outcomes: [
      {
        text: 'Företagen vill ta emot fler praktikanter om kontakten förenklas',
        insight: 'opportunity',
      },
      { text: 'Ta fram en gemensam praktikportal med skolan' },
    ],
  },
  {
    kind: 'workshop',
    title: 'Dialogmöte med handeln i centrum',
    offset: -180,
    time: '18:00',
    place: 'Handelsföreningens lokal',
    status: 'held',
    participants: 8,
    notes: '',
    agenda: ['Centrumhandeln i dag', 'Tomma lokaler', 'Evenemang och öppettider'],
    questions: ['Vad får fler att handla lokalt?'],
    outcomes: [
      { text: 'Näthandeln tar kunder från centrumbutikerna', insight: 'threat' },
      { text: 'Gemensamma kvällsöppet en gång i månaden prövas i höst' },
    ],
  },
  {
    kind: 'workshop',
    title: 'Workshop: besöksnäring och landsbygd',
    offset: -150,
    time: '17:30',
    place: 'Bygdegården',
    status: 'held',
    participants: 10,
    notes: 'Mötet flyttades från biblioteket för att fler från byarna skulle komma.',
    agenda: ['Besöksnäringen i dag', 'Bredband och service', 'Samarbete mellan byarna'],
    questions: ['Vad behöver en besöksnäringsföretagare av kommunen?'],
    outcomes: [
      { text: 'Naturen och sjöarna lockar besökare året runt', insight: 'strength' },
      { text: 'Gemensam marknadsföring av byarna saknas' },
    ],
  },
  {
    kind: 'working_group',
    title: 'Arbetsgruppsmöte: sammanfatta dialogerna',
    offset: -130,
    time: '09:00',
    place: 'Kommunhuset, rum Ljusnan',
    group: 'working',
    status: 'held',
    participants: 6,
    notes: '',
    agenda: ['Genomgång av workshopparna', 'Utkast till SWOT', 'Nästa steg'],
    questions: [],
    outcomes: [{ text: 'Utkast till SWOT klart för referensgruppen' }],
  },
  {
    kind: 'reference_group',
    title: 'Referensgrupp näringsliv: analysen',
    offset: -115,
    time: '07:30',
    place: 'Företagarnas frukostlokal',
    group: 'business',
    status: 'held',
    participants: 6,
    notes: 'Frukostmöte före arbetsdagen, det passar företagarna.',
    agenda: ['SWOT-utkastet', 'Stämmer bilden?', 'Vad saknas?'],
    questions: ['Känner ni igen er i analysen?'],
    outcomes: [
      { text: 'Handläggningstiderna för bygglov upplevs som för långa', insight: 'weakness' },
      { text: 'Analysen stämmer i stort, men lyft fram de unga företagarna mer' },
    ],
  },
  {
    kind: 'reference_group',
    title: 'Referensgrupp näringsliv: förslag till fokusområden',
    offset: -60,
    time: '07:30',
    place: 'Företagarnas frukostlokal',
    group: 'business',
    status: 'held',
    participants: 5,
    notes: '',
    agenda: ['Förslag till fokusområden', 'Prioritering'],
    questions: ['Vilket fokusområde är viktigast för er?'],
    outcomes: [{ text: 'Kompetensförsörjning prioriteras högst av referensgruppen' }],
  },
  {
    // Held, but not yet marked as held: the timeline points it out.
    kind: 'working_group',
    title: 'Arbetsgruppsmöte: handlingsplanens första år',
    offset: -12,
    time: '09:00',
    place: 'Kommunhuset, rum Ljusnan',
    group: 'working',
    status: 'planned',
    participants: 6,
    notes: '',
    agenda: ['Vilka aktiviteter har kommit i gång?', 'Vad står still och varför?'],
    questions: [],
    outcomes: [],
  },
  {
    kind: 'follow_up',
    title: 'Uppföljningsmöte: så har det gått hittills',
    offset: 30,
    time: '15:00',
    place: 'Kommunhusets sessionssal',
    status: 'planned',
    participants: 0,
    notes: 'Alla som var med på uppstarten bjuds in. Visa resultatet och vad som hänt sedan dess.',
    agenda: [
      'Välkommen tillbaka',
      'Vad vi hörde och vad som blev av det',
      'Handlingsplanen: läget',
      'Vad gör vi härnäst?',
    ],
    questions: [],
    outcomes: [],
  },
];
