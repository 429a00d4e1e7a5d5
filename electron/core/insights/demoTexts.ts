// Runs in: main process / Node. The example municipality's interview guide, answers and insights.
// Each answer may carry the key of the insight it supports and a theme, so the demo's counts
// ("Tagits upp vid 3 intervjuer") come from the interviews themselves.
import type { InsightType } from '../../../shared/domain/insights';
import type { VisitTopicId } from '../../../shared/domain/visitTopics';

export const demoGuide = {
  name: 'Intervjuguide inför näringslivsprogrammet',
  description:
    'Grundfrågor till företagare och organisationer inför det nya näringslivsprogrammet. Intervjun tar cirka 45 minuter. Berätta i början hur svaren används och att inga citat publiceras utan lov.',
  questions: [
    'Berätta kort om verksamheten och hur de senaste åren har gått.',
    'Vad är det bästa med att driva verksamhet i kommunen?',
    'Vad är det största hindret för att ni ska kunna utvecklas här?',
    'Hur upplever ni kommunens service och bemötande?',
    'Vilka möjligheter och hot ser ni för orten och branschen de kommande fem åren?',
    'Om ni fick bestämma: vad borde kommunen göra först?',
  ],
};

export interface DemoAnswer {
  text: string;
  /** The insight it supports: a key of demoInsights, or an obstacle text ('hinder:…'). */
  insight?: string;
  theme?: string;
}

/** One pool per question, in the guide's order. */
export const demoAnswers: readonly (readonly DemoAnswer[])[] = [
  [
    {
      text: 'Vi är ett familjeföretag i tredje generationen med fjorton anställda. Orderingången har varit stabil sedan pandemin, men marginalerna har krympt.',
    },
    {
      text: 'Vi startade för sex år sedan och har vuxit till nio anställda. Det mesta säljer vi till kunder i regionen.',
    },
    {
      text: 'Föreningen samlar ett åttiotal företag, de flesta med färre än tio anställda. Vi ordnar frukostmöten och driver gemensamma frågor mot kommunen.',
      theme: 'Samverkan',
    },
    {
      text: 'Vi driver en gård med förädling och gårdsbutik. Turismen har blivit en allt viktigare del av omsättningen.',
      theme: 'Besöksnäring',
    },
    {
      text: 'Verksamheten har funnits i över fyrtio år. Vi har gått från legotillverkning till egna produkter som vi säljer på export.',
      theme: 'Export',
    },
    {
      text: 'Vi är en liten byrå med fyra anställda som sköter redovisning åt småföretag i hela kommunen.',
    },
  ],
  [
    {
      text: 'Folk ställer upp för varandra. Man känner sina kunder och leverantörer, och det går fort att lösa saker.',
      insight: 'community',
      theme: 'Samverkan',
    },
    {
      text: 'Personalen stannar länge. Vi har nästan ingen personalomsättning, och lojaliteten är stor.',
      insight: 'loyalStaff',
    },
    {
      text: 'De korta avstånden till kommunen. Jag kan ringa kommunalrådet eller näringslivsutvecklaren direkt.',
      insight: 'shortPaths',
      theme: 'Service och bemötande',
    },
    {
      text: 'Läget. Vi har nära till E-vägen och hamnen, och det är lätt att nå kunder i hela regionen.',
      insight: 'location',
      theme: 'Infrastruktur',
    },
    {
      text: 'Naturen och livskvaliteten. Det är ett starkt argument när vi rekryterar familjer.',
      insight: 'qualityOfLife',
      theme: 'Kompetensförsörjning',
    },
    {
      text: 'Det finns ett starkt industrikunnande här och många underleverantörer inom några mil.',
      insight: 'industry',
    },
  ],
  [
    {
      text: 'Vi hittar inte folk med rätt utbildning. Just nu söker vi två svetsare och får inga behöriga sökande.',
      insight: 'skills',
      theme: 'Kompetensförsörjning',
    },
    {
      text: 'Det finns ingen mark att bygga ut på. Vi har frågat efter industrimark i två år.',
      insight: 'hinder:Brist på planlagd industrimark',
      theme: 'Mark och lokaler',
    },
    {
      text: 'Bygglovet för tillbyggnaden tog nästan ett år, och det var svårt att få besked om vad som saknades.',
      insight: 'hinder:Lång handläggningstid för bygglov',
      theme: 'Tillstånd',
    },
    {
      text: 'Det saknas bostäder. Nyanställda får bo i grannkommunen och tröttnar på pendlingen.',
      insight: 'housing',
      theme: 'Bostäder',
    },
    {
      text: 'Fibern når inte industriområdet, och mobiltäckningen inne i hallen är dålig.',
      insight: 'hinder:Ingen fiber till industriområdet',
      theme: 'Digital infrastruktur',
    },
    {
      text: 'Kommunens upphandlingar är för stora för oss. Vi orkar inte med underlagen.',
      insight: 'hinder:Upphandlingarna är för stora för lokala företag',
      theme: 'Upphandling',
    },
  ],
  [
    {
      text: 'Bemötandet är bra, men det tar lång tid att få svar från samhällsbyggnadsförvaltningen.',
      insight: 'slowService',
      theme: 'Service och bemötande',
    },
    {
      text: 'Näringslivsenheten är lätt att nå och hjälper oss att hitta rätt person.',
      insight: 'shortPaths',
      theme: 'Service och bemötande',
    },
    {
      text: 'Vi vet sällan vem vi ska vända oss till. Det blir många samtal innan vi hamnar rätt.',
      insight: 'oneDoor',
      theme: 'Service och bemötande',
    },
    {
      text: 'Livsmedelskontrollen fungerar bra och inspektören är pedagogisk.',
    },
    {
      text: 'Vi har nästan ingen kontakt med kommunen alls, och det är nog både vårt och deras fel.',
      insight: 'moreContact',
    },
  ],
  [
    {
      text: 'Batterifabriken i regionen kan ge oss mycket som underleverantör, om vi hinner växa i tid.',
      insight: 'batteryPlant',
      theme: 'Etableringar',
    },
    {
      text: 'Besöksnäringen växer. Fler vill uppleva naturen och äta lokalproducerat.',
      insight: 'tourism',
      theme: 'Besöksnäring',
    },
    {
      text: 'Om inte fler unga stannar eller flyttar tillbaka får vi stänga om tio år.',
      insight: 'youngLeaving',
      theme: 'Kompetensförsörjning',
    },
    {
      text: 'Energipriserna oroar. En vinter till som förra kan knäcka oss.',
      insight: 'energy',
      theme: 'Energi',
    },
    {
      text: 'Distansarbetet gör att folk kan flytta hit och behålla jobbet i stan. Det borde vi ta vara på.',
      insight: 'remoteWork',
      theme: 'Bostäder',
    },
    {
      text: 'Många ägare går i pension de närmaste åren, och få har en plan för vem som tar över.',
      insight: 'succession',
      theme: 'Generationsskifte',
    },
  ],
  [
    {
      text: 'Inför en företagslots, en väg in till kommunen för alla tillstånd och frågor.',
      insight: 'pilot',
      theme: 'Service och bemötande',
    },
    {
      text: 'Planlägg mark vid infarten innan någon frågar, så att kommunen kan säga ja direkt.',
      insight: 'landReady',
      theme: 'Mark och lokaler',
    },
    {
      text: 'Samarbeta med gymnasiet om en industriutbildning med lärlingsplatser hos oss.',
      insight: 'apprentices',
      theme: 'Kompetensförsörjning',
    },
    {
      text: 'Skapa fler mötesplatser för företagare ute i byarna, inte bara i centralorten.',
      insight: 'meetingPlaces',
      theme: 'Samverkan',
    },
    {
      text: 'Dela upp upphandlingarna så att lokala företag kan lämna anbud.',
      insight: 'splitProcurement',
      theme: 'Upphandling',
    },
    {
      text: 'Hjälp till med bostäder för nyanställda, till exempel genom det kommunala bostadsbolaget.',
      insight: 'staffHousing',
      theme: 'Bostäder',
    },
  ],
];

export interface DemoInsight {
  type: Exclude<InsightType, 'obstacle'>;
  text: string;
  /** Visits on these topics are cited too (a few of them). */
  topics?: readonly VisitTopicId[];
  workshop?: string;
  statistics?: string;
}

export const demoInsights: Record<string, DemoInsight> = {
  community: {
    type: 'strength',
    text: 'Stark sammanhållning och korta avstånd mellan företagen',
    topics: ['natverk'],
    workshop: 'Workshop med företagarföreningen om programmets inriktning',
  },
  loyalStaff: { type: 'strength', text: 'Lojal personal med låg personalomsättning' },
  shortPaths: {
    type: 'strength',
    text: 'Korta beslutsvägar och nära kontakt med kommunen',
    topics: ['bemotande'],
  },
  location: { type: 'strength', text: 'Bra läge nära E-vägen och hamnen' },
  qualityOfLife: { type: 'strength', text: 'Natur och livskvalitet som lockar familjer' },
  industry: {
    type: 'strength',
    text: 'Starkt industrikunnande och många underleverantörer nära',
    topics: ['expansion'],
    statistics: 'SCB: andelen sysselsatta inom tillverkning är nästan dubbelt så hög som i riket',
  },
  skills: {
    type: 'weakness',
    text: 'Brist på utbildad arbetskraft inom industri och hantverk',
    topics: ['kompetensforsorjning'],
    statistics: 'Arbetsförmedlingens yrkesprognos: brist på svetsare och CNC-operatörer i länet',
  },
  housing: {
    type: 'weakness',
    text: 'För få bostäder för nyanställda',
    topics: ['bostader'],
  },
  slowService: {
    type: 'weakness',
    text: 'Långsam handläggning på samhällsbyggnadsförvaltningen',
    topics: ['tillstand'],
  },
  batteryPlant: {
    type: 'opportunity',
    text: 'Batterifabriken i regionen ger chans för lokala underleverantörer',
    workshop: 'Regionalt nätverksmöte om etableringar',
  },
  tourism: {
    type: 'opportunity',
    text: 'Växande besöksnäring med natur och lokal mat',
    statistics: 'Tillväxtverket: antalet gästnätter i kommunen ökade med 18 procent på fem år',
  },
  remoteWork: {
    type: 'opportunity',
    text: 'Distansarbete gör det möjligt att flytta hit och behålla jobbet',
  },
  youngLeaving: {
    type: 'threat',
    text: 'Unga flyttar och kommer inte tillbaka',
    topics: ['skola_ungdomar'],
    statistics: 'SCB befolkningsstatistik: gruppen 20–29 år har minskat med 14 procent på tio år',
  },
  energy: {
    type: 'threat',
    text: 'Höga och svängiga energipriser',
    topics: ['hallbarhet'],
  },
  succession: {
    type: 'threat',
    text: 'Många ägare går i pension utan efterträdare',
    topics: ['generationsskifte'],
  },
  oneDoor: {
    type: 'need',
    text: 'En tydlig väg in till kommunen för företagens ärenden',
    topics: ['tillstand'],
  },
  moreContact: { type: 'need', text: 'Mer regelbunden kontakt mellan kommunen och företagen' },
  meetingPlaces: {
    type: 'need',
    text: 'Fler mötesplatser för företagare i byarna',
    workshop: 'Bygdemöte i Ängsbo bygdegård',
  },
  staffHousing: { type: 'need', text: 'Bostäder för nyanställda' },
  pilot: { type: 'idea', text: 'Inför en företagslots med en väg in till kommunen' },
  landReady: { type: 'idea', text: 'Planlägg industrimark innan någon frågar' },
  apprentices: { type: 'idea', text: 'Lärlingsutbildning tillsammans med gymnasiet' },
  splitProcurement: { type: 'idea', text: 'Dela upp upphandlingar i mindre delar' },
};

export const demoInterviewNotes: readonly string[] = [
  'Intervjun gjordes på plats i kontoret. Stämningen var god och samtalet drog över tiden.',
  'Telefonintervju. Intervjupersonen hade förberett sig och skickade en lista med synpunkter efteråt.',
  'Intervjun hölls i samband med en rundvandring i verksamheten.',
  'Kort intervju mellan två möten. Vi bokade in ett längre samtal i höst.',
  'Intervjun gjordes tillsammans med kommunstyrelsens ordförande.',
  'Digitalt möte. Två av medarbetarna deltog också en stund.',
];

export const demoObstacleOwners: readonly string[] = [
  'Samhällsbyggnadschefen',
  'Näringslivsutvecklaren',
  'Tekniska chefen',
  'Kommundirektören',
];

/** Used when the database holds no people to interview. */
export const demoIntervieweeFallback: readonly { name: string; organisation: string }[] = [
  { name: 'Anna Lindgren', organisation: 'Exeby Mekaniska AB' },
  { name: 'Jonas Berg', organisation: 'Företagarna Exempelkommun' },
  { name: 'Maria Holm', organisation: 'Holms Gårdsbutik' },
  { name: 'Erik Sundström', organisation: 'Sundströms Åkeri AB' },
];
