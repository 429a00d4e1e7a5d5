// Runs in: main process / Node. The example municipality's communication: a plan across audiences,
// two years of what was told, and briefings to the political bodies. Days are counted back (or
// ahead) from the day the demo is made.
import type { Audience, Channel, PlanStatus } from '../../../shared/domain/communication';

export interface DemoPlanItem {
  key: string;
  message: string;
  why: string;
  audiences: Audience[];
  channel: Channel;
  /** Days from today; negative = in the past. Undefined = only a period. */
  plannedIn?: number;
  period?: string;
  responsible: string;
  status: PlanStatus;
  upward?: boolean;
}

export const demoPlanItems: DemoPlanItem[] = [
  {
    key: 'kickoff',
    message: 'Vi tar fram ett nytt näringslivsprogram – och vi vill göra det tillsammans med er.',
    why: 'Företagen ska känna att programmet är deras från första dagen.',
    audiences: ['companies', 'public', 'media'],
    channel: 'press',
    plannedIn: -640,
    responsible: 'Näringslivsutvecklare',
    status: 'done',
  },
  {
    key: 'breakfast-spring',
    message: 'Frukostmöte: vad har hänt sedan förra året och vad gör vi härnäst?',
    why: 'Företagarna vill se att det de sa vid besöken ledde någonstans.',
    audiences: ['companies'],
    channel: 'breakfast',
    plannedIn: 35,
    responsible: 'Näringslivsutvecklare',
    status: 'planned',
  },
  {
    key: 'newsletter',
    message: 'Nyhetsbrev till företagen med resultat, aktuella aktiviteter och vem man ringer.',
    why: 'Ett återkommande brev gör att ingen missar det som görs.',
    audiences: ['companies', 'regional'],
    channel: 'newsletter',
    period: 'Varje kvartal',
    responsible: 'Kommunikatör, Exempelkommun',
    status: 'in_progress',
  },
  {
    key: 'ksau-report',
    message: 'Lägesrapport till KSAU: mål i fas, aktiviteter som står still och nästa steg.',
    why: 'Politikerna ska kunna berätta om programmet med egna ord.',
    audiences: ['politicians'],
    channel: 'meeting',
    period: 'Inför varje KSAU',
    responsible: 'Näringslivschef',
    status: 'in_progress',
    upward: true,
  },
  {
    key: 'ledningsgrupp',
    message: 'Dragning i kommunledningsgruppen om hur förvaltningarna bidrar till programmet.',
    why: 'Bygglov, skola och teknik behöver se sin del i helheten.',
    audiences: ['staff'],
    channel: 'meeting',
    plannedIn: 20,
    responsible: 'Kommundirektör',
    status: 'planned',
    upward: true,
  },
  {
    key: 'web-page',
    message: 'Programmet, målen och handlingsplanen samlade på en sida på kommunens webb.',
    why: 'Den som vill veta mer ska hitta allt på ett ställe.',
    audiences: ['public', 'companies'],
    channel: 'web',
    plannedIn: -200,
    responsible: 'Kommunikatör, Exempelkommun',
    status: 'done',
  },
  {
    key: 'survey',
    message: 'Digital dialog: fråga företagen vad som är viktigast i nästa handlingsplan.',
    why: 'Fler röster än de vi hinner besöka.',
    audiences: ['companies'],
    channel: 'survey',
    plannedIn: 75,
    responsible: 'Näringslivsutvecklare',
    status: 'planned',
  },
  {
    key: 'region',
    message: 'Berätta för regionen och grannkommunerna om pendlarbussen och vad vi lärde oss.',
    why: 'Andra kan ha nytta av försöket, och vi vill samarbeta om nästa steg.',
    audiences: ['regional', 'politicians'],
    channel: 'email',
    plannedIn: 50,
    responsible: 'Näringslivsutvecklare',
    status: 'planned',
    upward: true,
  },
  {
    key: 'fair',
    message: 'Kommunen syns på den gemensamma företagsmässan med en monter om programmet.',
    why: 'Vi är en del av näringslivet, inte bara myndighet.',
    audiences: ['companies', 'public'],
    channel: 'event',
    period: 'Hösten',
    responsible: 'Näringslivsutvecklare',
    status: 'planned',
  },
  {
    key: 'social-cancelled',
    message: 'Filmserie i sociala medier om företag i byarna.',
    why: 'Visa bredden i näringslivet utanför centralorten.',
    audiences: ['public'],
    channel: 'social',
    plannedIn: -90,
    responsible: 'Kommunikatör, Exempelkommun',
    status: 'cancelled',
  },
];

export interface DemoLogEntry {
  daysAgo: number;
  channel: Channel;
  audiences: Audience[];
  what: string;
  reach?: string;
  planKey?: string;
  upward?: boolean;
}

export const demoLogEntries: DemoLogEntry[] = [
  {
    daysAgo: 700,
    channel: 'meeting',
    audiences: ['politicians'],
    what: 'Uppdraget att ta fram programmet presenterat för KS',
    upward: true,
  },
  {
    daysAgo: 640,
    channel: 'press',
    audiences: ['companies', 'public', 'media'],
    what: 'Pressmeddelande: nytt näringslivsprogram tas fram tillsammans med företagen',
    reach: 'Artikel i lokaltidningen',
    planKey: 'kickoff',
  },
  {
    daysAgo: 620,
    channel: 'breakfast',
    audiences: ['companies'],
    what: 'Företagsfrukost om programarbetet',
    reach: '42 deltagare',
  },
  {
    daysAgo: 590,
    channel: 'survey',
    audiences: ['companies'],
    what: 'Enkät till företagen om hinder och möjligheter',
    reach: '118 svar',
  },
  {
    daysAgo: 560,
    channel: 'newsletter',
    audiences: ['companies'],
    what: 'Nyhetsbrev: så går intervjuerna med företagen',
    reach: '640 mottagare',
    planKey: 'newsletter',
  },
  {
    daysAgo: 530,
    channel: 'visit',
    audiences: ['companies'],
    what: 'Företagsbesök med KS ordförande i Norrvik',
    reach: 'Fyra företag',
  },
  {
    daysAgo: 500,
    channel: 'meeting',
    audiences: ['staff'],
    what: 'Dragning för samhällsbyggnadsförvaltningen om företagens syn på bemötandet',
    upward: true,
  },
  {
    daysAgo: 470,
    channel: 'web',
    audiences: ['public'],
    what: 'Remissversionen av programmet publicerad på webben',
  },
  {
    daysAgo: 455,
    channel: 'social',
    audiences: ['public', 'companies'],
    what: 'Inlägg om remissen med uppmaning att tycka till',
    reach: '3 200 visningar',
  },
  {
    daysAgo: 420,
    channel: 'event',
    audiences: ['companies', 'public'],
    what: 'Monter på företagsmässan',
    reach: 'Ca 300 besökare',
  },
  {
    daysAgo: 380,
    channel: 'press',
    audiences: ['media', 'public'],
    what: 'Pressmeddelande: KF antog näringslivsprogrammet',
  },
  {
    daysAgo: 350,
    channel: 'newsletter',
    audiences: ['companies'],
    what: 'Nyhetsbrev: programmet är antaget – det här händer nu',
    reach: '660 mottagare',
    planKey: 'newsletter',
  },
  {
    daysAgo: 320,
    channel: 'email',
    audiences: ['regional'],
    what: 'Programmet skickat till regionen och grannkommunerna',
  },
  {
    daysAgo: 290,
    channel: 'breakfast',
    audiences: ['companies'],
    what: 'Upphandlingsfrukost med inköpsavdelningen',
    reach: '35 deltagare',
  },
  {
    daysAgo: 250,
    channel: 'meeting',
    audiences: ['politicians'],
    what: 'Halvårsrapport till KS om mål och handlingsplan',
    upward: true,
  },
  {
    daysAgo: 200,
    channel: 'web',
    audiences: ['public', 'companies'],
    what: 'Programsidan på webben med mål och handlingsplan',
    planKey: 'web-page',
  },
  {
    daysAgo: 180,
    channel: 'newsletter',
    audiences: ['companies', 'regional'],
    what: 'Nyhetsbrev: handlingsplanen och vem som gör vad',
    reach: '680 mottagare',
    planKey: 'newsletter',
  },
  {
    daysAgo: 150,
    channel: 'visit',
    audiences: ['companies', 'politicians'],
    what: 'Företagsbesöksdag med politiker i Västerby',
    reach: 'Sex företag',
  },
  {
    daysAgo: 120,
    channel: 'social',
    audiences: ['public'],
    what: 'Film om UF-företagen och deras coacher',
    reach: '5 100 visningar',
  },
  {
    daysAgo: 95,
    channel: 'meeting',
    audiences: ['staff'],
    what: 'Arbetsplatsträff med bygglovsenheten om handläggningstiderna',
    upward: true,
  },
  {
    daysAgo: 80,
    channel: 'newsletter',
    audiences: ['companies'],
    what: 'Nyhetsbrev: resultat från företagsbesöken',
    reach: '700 mottagare',
    planKey: 'newsletter',
  },
  {
    daysAgo: 60,
    channel: 'survey',
    audiences: ['companies'],
    what: 'Digital dialog om besöksnäringens behov',
    reach: '46 svar',
  },
  {
    daysAgo: 40,
    channel: 'meeting',
    audiences: ['politicians'],
    what: 'Lägesrapport till KSAU om handlingsplanen',
    upward: true,
    planKey: 'ksau-report',
  },
  {
    daysAgo: 25,
    channel: 'event',
    audiences: ['companies', 'public', 'media'],
    what: 'Näringslivsgalan med pris till årets företagare',
    reach: '220 gäster',
  },
  {
    daysAgo: 10,
    channel: 'email',
    audiences: ['companies'],
    what: 'Inbjudan till ägarskiftesträff',
    reach: '90 mottagare',
  },
];

export interface DemoBriefing {
  daysAgo: number;
  body: string;
  topics: string;
  /** role_title of demo politicians who took part. */
  roles: string[];
  reactions: string;
  followUp: string;
}

// KF is the one body whose last briefing is older than the 90-day reminder.
export const demoBriefings: DemoBriefing[] = [
  {
    daysAgo: 520,
    body: 'KS',
    topics: 'Upplägget för programarbetet och tidplanen.',
    roles: ['Kommunstyrelsens ordförande', 'Oppositionsråd'],
    reactions: 'Brett stöd. Frågor om hur landsbygden får plats.',
    followUp: 'Ta med byarna i intervjuurvalet.',
  },
  {
    daysAgo: 400,
    body: 'KF',
    topics: 'Programmet inför beslut: mål, fokusområden och uppföljning.',
    roles: ['Kommunfullmäktiges ordförande'],
    reactions: 'Fråga om kostnaderna för handlingsplanen.',
    followUp: 'Redovisa resurser per fokusområde i uppföljningen.',
  },
  {
    daysAgo: 300,
    body: 'Näringslivsråd',
    topics: 'Handlingsplanen och vilka aktiviteter företagen vill driva själva.',
    roles: [],
    reactions: 'Företagen vill ha fler frukostmöten.',
    followUp: 'Fyra frukostmöten per år i planen.',
  },
  {
    daysAgo: 150,
    body: 'KF',
    topics: 'Första årets resultat: praktikplatser, bygglov och nyföretagande.',
    roles: ['Kommunfullmäktiges ordförande', 'Kommunstyrelsens vice ordförande'],
    reactions: 'Positivt om praktikmässan. Fråga om pendlarbussen.',
    followUp: 'Återkomma om pendlarbussens utvärdering.',
  },
  {
    daysAgo: 75,
    body: 'KS',
    topics: 'Handlingsplanens läge och två aktiviteter som står still.',
    roles: ['Kommunstyrelsens ordförande', 'Kommunstyrelsens vice ordförande'],
    reactions: 'Vill se aktiviteterna som står still prioriteras.',
    followUp: 'Ny tidplan för valideringen tas fram.',
  },
  {
    daysAgo: 45,
    body: 'Näringslivsråd',
    topics: 'Resultat från företagsbesöken och nästa frukostmöte.',
    roles: [],
    reactions: 'Uppskattar återkopplingen.',
    followUp: '',
  },
  {
    daysAgo: 40,
    body: 'KSAU',
    topics: 'Lägesrapport: mål i fas och aktiviteter som står still.',
    roles: ['Kommunstyrelsens ordförande', 'Ledamot, kommunstyrelsens arbetsutskott'],
    reactions: 'Vill ha rapporten före varje KSAU.',
    followUp: 'Lägga lägesrapporten i årshjulet.',
  },
];
