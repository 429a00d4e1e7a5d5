// Runs in: main process / Node. The example municipality's analysis material: six key figures,
// the analysis texts with their sources, and five steering documents. Made up but believable.
import type { AnalysisTextKind } from '../../../shared/domain/analysisTexts';
import type { IndicatorSource } from '../../../shared/domain/statistics';
import type { SteeringDocumentKind } from '../../../shared/domain/steeringDocuments';

export interface DemoIndicator {
  name: string;
  unit: string;
  source: IndicatorSource;
  kpiId: string;
  note: string;
  /** Value in the first and the last year; the years between follow a gentle curve. */
  from: number;
  to: number;
  decimals: number;
  comparison?: { series: string; from: number; to: number };
}

export const demoIndicators: DemoIndicator[] = [
  {
    name: 'Befolkning',
    unit: 'invånare',
    source: 'kolada',
    kpiId: 'N01951',
    note: 'Folkmängd den 31 december.',
    from: 14_820,
    to: 14_310,
    decimals: 0,
  },
  {
    name: 'Förvärvsarbetande dagbefolkning',
    unit: 'personer',
    source: 'scb',
    kpiId: '',
    note: 'De som arbetar i kommunen, oavsett var de bor (RAMS/BAS).',
    from: 5_880,
    to: 6_060,
    decimals: 0,
  },
  {
    name: 'Nyföretagande per 1 000 invånare',
    unit: 'per 1 000 inv.',
    source: 'other',
    kpiId: '',
    note: 'Nystartade företag enligt Tillväxtanalys, via Kolada.',
    from: 4.1,
    to: 5.3,
    decimals: 1,
    comparison: { series: 'Riket', from: 6.9, to: 7.4 },
  },
  {
    name: 'Sysselsättningsgrad 20–64 år',
    unit: '%',
    source: 'scb',
    kpiId: '',
    note: 'Andel förvärvsarbetande av befolkningen 20–64 år.',
    from: 80.2,
    to: 82.6,
    decimals: 1,
    comparison: { series: 'Riket', from: 79.1, to: 80.9 },
  },
  {
    name: 'Antal företag',
    unit: 'företag',
    source: 'scb',
    kpiId: '',
    note: 'Arbetsställen med minst en anställd eller F-skatt, företagsregistret.',
    from: 1_472,
    to: 1_538,
    decimals: 0,
  },
  {
    name: 'Utpendling, andel av de förvärvsarbetande',
    unit: '%',
    source: 'scb',
    kpiId: '',
    note: 'Andel av de förvärvsarbetande som bor i kommunen och arbetar i en annan.',
    from: 31.4,
    to: 34.2,
    decimals: 1,
    comparison: { series: 'Länet', from: 24.1, to: 25.6 },
  },
];

export interface DemoSource {
  title: string;
  publisher: string;
  year: number;
  reference: string;
  note: string;
}

export interface DemoText {
  kind: AnalysisTextKind;
  title: string;
  body: string;
  sources: DemoSource[];
}

export const demoTexts: DemoText[] = [
  {
    kind: 'external',
    title: 'Omvärldsanalys',
    body: [
      'Regionen växer i och runt residensstaden medan de mindre kommunerna tappar invånare i arbetsför ålder. Industrin i länet går bra, men nästan alla tillverkande företag säger att det svåraste är att hitta folk med rätt kompetens.',
      'Den gröna omställningen ger nya möjligheter: två stora batteri- och vätgasprojekt planeras inom pendlingsavstånd, och underleverantörer efterfrågas redan. Samtidigt höjer elnätets begränsade kapacitet tröskeln för nya etableringar.',
      'Besöksnäringen har återhämtat sig efter pandemin och antalet gästnätter i länet är högre än 2019. Handeln i de små orterna pressas av e-handeln, och flera butiker i centrum har stängt de senaste åren.',
    ].join('\n\n'),
    sources: [
      {
        title: 'Regional utvecklingsstrategi 2030',
        publisher: 'Region Exempellän',
        year: 2022,
        reference: 'https://www.example.se/rus-2030',
        note: 'Kapitlet om kompetensförsörjning och omställning.',
      },
      {
        title: 'Arbetsmarknadsutsikterna för länet',
        publisher: 'Arbetsförmedlingen',
        year: 2025,
        reference: 'https://arbetsformedlingen.se/statistik',
        note: 'Bristyrken: svetsare, CNC-operatörer, undersköterskor.',
      },
      {
        title: 'Turismens årsbokslut',
        publisher: 'Region Exempellän, enheten för besöksnäring',
        year: 2025,
        reference: 'G:\\Näringsliv\\Underlag\\turism_arsbokslut_2024.pdf',
        note: '',
      },
    ],
  },
  {
    kind: 'current',
    title: 'Nulägesanalys',
    body: [
      'Exempelkommun har omkring 14 300 invånare och har minskat med drygt 500 personer på nio år. Ändå har antalet som arbetar i kommunen ökat något, och sysselsättningsgraden ligger över rikets.',
      'Näringslivet domineras av tillverkning, skog och trä samt ett växande antal små tjänsteföretag. Nyföretagandet är lågt jämfört med riket men har ökat sedan 2020. En av tre förvärvsarbetande pendlar ut, vilket gör kommunen sårbar när pendlingen till regioncentrum blir krångligare.',
      'Företagarna ger kommunens service och bemötande ett medelbetyg, med lägst omdöme för handläggningstiden i bygglovsärenden. Ledig, byggklar industrimark saknas i dag helt i centralorten.',
    ].join('\n\n'),
    sources: [
      {
        title: 'Företagsklimat – lokal enkät',
        publisher: 'Svenskt Näringsliv',
        year: 2025,
        reference: 'https://www.foretagsklimat.se',
        note: 'Betyg på kommunens service och bemötande.',
      },
      {
        title: 'Näringslivsstatistik för kommunen',
        publisher: 'SCB',
        year: 2025,
        reference: 'https://www.statistikdatabasen.scb.se',
        note: 'Sysselsättning, pendling och företag – se Statistik.',
      },
    ],
  },
  {
    kind: 'other',
    title: 'Handeln i centrum',
    body: 'Under 2024 stängde fyra butiker på Storgatan. Fastighetsägarna vill pröva tillfälliga lokaler för hantverkare och pop up-butiker under sommaren.',
    sources: [
      {
        title: 'Samtal med centrumföreningen',
        publisher: 'Exempelkommun, näringslivsenheten',
        year: 2025,
        reference: '',
        note: 'Minnesanteckningar i ärendet KS 2025/112.',
      },
    ],
  },
  {
    kind: 'state_now',
    title: '',
    body: 'Befolkningen minskar, många pendlar ut och det finns ingen ledig industrimark. Företagen upplever att kommunen är svår att nå och att bygglov tar lång tid. Samarbetet mellan företag, skola och kommun är gott men beror på enskilda personer.',
    sources: [],
  },
  {
    kind: 'state_wanted',
    title: '',
    body: 'Företag som vill växa eller etablera sig får snabba och förutsägbara besked, det finns byggklar mark och lokaler, och unga ser en framtid i kommunens företag. Samarbetet är organiserat och håller även när personer byts ut.',
    sources: [],
  },
];

export interface DemoSteeringDocument {
  title: string;
  kind: SteeringDocumentKind;
  owner: string;
  adopted: string;
  validUntil: string | null;
  reference: string;
  note: string;
  /** The policy check: null = not yet checked. */
  check: { conflict: string | null } | null;
  /** Names of the focus areas that build on the document. */
  focusAreas: string[];
}

export const demoSteeringDocuments: DemoSteeringDocument[] = [
  {
    title: 'Vision Exempelkommun 2035',
    kind: 'vision',
    owner: 'Kommunfullmäktige',
    adopted: '2021-06-14',
    validUntil: '2035-12-31',
    reference: 'https://www.example.se/vision2035',
    note: '"Ett levande Exempelkommun där det är lätt att bo, verka och växa."',
    check: { conflict: null },
    focusAreas: ['Kompetensförsörjning', 'Entreprenörskap och nyföretagande'],
  },
  {
    title: 'Översiktsplan 2030',
    kind: 'comprehensive_plan',
    owner: 'Kommunfullmäktige',
    adopted: '2019-11-25',
    validUntil: null,
    reference: 'G:\\Planering\\ÖP\\oversiktsplan_2030.pdf',
    note: 'Aktualitetsprövas under mandatperioden.',
    check: {
      conflict:
        'Översiktsplanen pekar ut Norrängen som grönområde, medan programmet vill pröva området för industrimark. Tas upp i aktualitetsprövningen.',
    },
    focusAreas: ['Mark och lokaler för etablering'],
  },
  {
    title: 'Regional utvecklingsstrategi 2030',
    kind: 'regional_strategy',
    owner: 'Region Exempellän',
    adopted: '2022-04-05',
    validUntil: '2030-12-31',
    reference: 'https://www.example.se/rus-2030',
    note: '',
    check: { conflict: null },
    focusAreas: ['Kompetensförsörjning'],
  },
  {
    title: 'Upphandlingspolicy',
    kind: 'policy',
    owner: 'Kommunfullmäktige',
    adopted: '2023-02-20',
    validUntil: null,
    reference: '',
    note: 'Säger att lokala företag ska kunna lämna anbud, t.ex. genom att dela upp upphandlingar.',
    check: null,
    focusAreas: [],
  },
  {
    title: 'Landsbygdsprogram 2024–2027',
    kind: 'programme',
    owner: 'Kommunstyrelsen',
    adopted: '2024-03-11',
    validUntil: '2027-12-31',
    reference: '',
    note: '',
    check: null,
    focusAreas: ['Fiber och digital infrastruktur i byarna', 'Besöksnäring och platsvarumärke'],
  },
];
