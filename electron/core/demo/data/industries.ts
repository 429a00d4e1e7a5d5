// Runs in: main process / Node. SNI 2007 codes with their Swedish labels and words for company names.
import type { LegalForm } from '../orgNumber';

export interface DemoIndustry {
  sni: string;
  label: string;
  /** Words that fit in a company name of this trade. */
  words: readonly string[];
  /** Relative share of companies. */
  weight: number;
  forms: readonly (readonly [LegalForm, number])[];
}

const mostlyAb: DemoIndustry['forms'] = [
  ['AB', 80],
  ['HB', 12],
  ['KB', 8],
];
const mixed: DemoIndustry['forms'] = [
  ['AB', 55],
  ['HB', 30],
  ['KB', 15],
];
const farm: DemoIndustry['forms'] = [
  ['AB', 45],
  ['HB', 35],
  ['KB', 5],
  ['ek. för.', 15],
];

export const demoIndustries: readonly DemoIndustry[] = [
  {
    sni: '01110',
    label: 'Odling av spannmål (utom ris), baljväxter och oljeväxter',
    words: ['Lantbruk', 'Gård', 'Spannmål'],
    weight: 4,
    forms: farm,
  },
  {
    sni: '01410',
    label: 'Mjölkproduktion och uppfödning av nötkreatur av mjölkras',
    words: ['Mjölkgård', 'Lantbruk', 'Mjölk'],
    weight: 3,
    forms: farm,
  },
  {
    sni: '01420',
    label: 'Uppfödning av andra nötkreatur och bufflar',
    words: ['Kött', 'Gård', 'Naturbete'],
    weight: 2,
    forms: farm,
  },
  { sni: '02100', label: 'Skogsskötsel', words: ['Skogsvård', 'Skog'], weight: 3, forms: mixed },
  {
    sni: '02200',
    label: 'Drivning',
    words: ['Skogsmaskiner', 'Drivning'],
    weight: 3,
    forms: mixed,
  },
  {
    sni: '02400',
    label: 'Stödtjänster till skogsbruk',
    words: ['Skogstjänst', 'Skogsentreprenad'],
    weight: 2,
    forms: mixed,
  },
  {
    sni: '10130',
    label: 'Tillverkning av charkuteri- och andra köttvaror',
    words: ['Chark', 'Rökeri', 'Kött'],
    weight: 1,
    forms: mostlyAb,
  },
  {
    sni: '10710',
    label: 'Tillverkning av mjukt matbröd och färska bakverk',
    words: ['Bageri', 'Konditori', 'Hembageri'],
    weight: 2,
    forms: mixed,
  },
  {
    sni: '16101',
    label: 'Sågning av trä',
    words: ['Såg', 'Sågverk', 'Trä'],
    weight: 1,
    forms: mostlyAb,
  },
  {
    sni: '16230',
    label: 'Tillverkning av andra byggnads- och inredningssnickerier',
    words: ['Snickeri', 'Trähus', 'Inredning'],
    weight: 2,
    forms: mostlyAb,
  },
  {
    sni: '25110',
    label: 'Tillverkning av metallstommar och delar därav',
    words: ['Stål', 'Plåt', 'Stålbyggnad'],
    weight: 1,
    forms: mostlyAb,
  },
  {
    sni: '25620',
    label: 'Metallegoarbeten',
    words: ['Mekaniska', 'Verkstad', 'Precision', 'Svets'],
    weight: 2,
    forms: mostlyAb,
  },
  {
    sni: '28300',
    label: 'Tillverkning av jord- och skogsbruksmaskiner',
    words: ['Maskin', 'Skogsteknik'],
    weight: 1,
    forms: mostlyAb,
  },
  {
    sni: '33120',
    label: 'Reparation av maskiner',
    words: ['Maskinservice', 'Reparation', 'Hydraulik'],
    weight: 2,
    forms: mixed,
  },
  {
    sni: '41200',
    label: 'Byggande av bostadshus och andra byggnader',
    words: ['Bygg', 'Byggnads', 'Husbyggare'],
    weight: 6,
    forms: mostlyAb,
  },
  {
    sni: '43120',
    label: 'Mark- och grundarbeten',
    words: ['Schakt', 'Grävtjänst', 'Mark'],
    weight: 3,
    forms: mostlyAb,
  },
  {
    sni: '43210',
    label: 'Elinstallationer',
    words: ['El', 'Elteknik', 'Elservice'],
    weight: 4,
    forms: mostlyAb,
  },
  {
    sni: '43221',
    label: 'Vvs-arbeten',
    words: ['Rör', 'VVS', 'Värme'],
    weight: 3,
    forms: mostlyAb,
  },
  {
    sni: '43320',
    label: 'Byggnadssnickeriarbeten',
    words: ['Snickeri', 'Bygg och Snickeri'],
    weight: 3,
    forms: mixed,
  },
  {
    sni: '43341',
    label: 'Måleriarbeten',
    words: ['Måleri', 'Färg', 'Målerifirma'],
    weight: 2,
    forms: mixed,
  },
  {
    sni: '45200',
    label: 'Underhåll och reparation av motorfordon utom motorcyklar',
    words: ['Bilverkstad', 'Motor', 'Bilservice'],
    weight: 3,
    forms: mixed,
  },
  {
    sni: '47111',
    label: 'Varuhus- och stormarknadshandel, mest livsmedel',
    words: ['Livs', 'Matbutik'],
    weight: 1,
    forms: mostlyAb,
  },
  {
    sni: '47112',
    label: 'Livsmedelshandel med brett sortiment',
    words: ['Lanthandel', 'Livs', 'Handelsbod'],
    weight: 2,
    forms: mixed,
  },
  {
    sni: '47521',
    label: 'Specialiserad butikshandel med virke och byggvaror',
    words: ['Bygghandel', 'Trävaror', 'Järn'],
    weight: 1,
    forms: mostlyAb,
  },
  {
    sni: '49410',
    label: 'Vägtransport, godstrafik',
    words: ['Åkeri', 'Transport', 'Frakt'],
    weight: 4,
    forms: mixed,
  },
  { sni: '49320', label: 'Taxitrafik', words: ['Taxi'], weight: 1, forms: mixed },
  {
    sni: '55101',
    label: 'Hotellverksamhet med restaurangrörelse',
    words: ['Hotell', 'Gästgiveri', 'Wärdshus'],
    weight: 1,
    forms: mostlyAb,
  },
  {
    sni: '55300',
    label: 'Campingplatsverksamhet',
    words: ['Camping', 'Stugby'],
    weight: 1,
    forms: mixed,
  },
  {
    sni: '56100',
    label: 'Restaurangverksamhet',
    words: ['Restaurang', 'Krog', 'Pizzeria', 'Café'],
    weight: 4,
    forms: mixed,
  },
  {
    sni: '62010',
    label: 'Dataprogrammering',
    words: ['Data', 'Systemutveckling', 'Digital'],
    weight: 2,
    forms: mostlyAb,
  },
  {
    sni: '62020',
    label: 'Datakonsultverksamhet',
    words: ['IT-konsult', 'IT', 'Datakonsult'],
    weight: 2,
    forms: mostlyAb,
  },
  {
    sni: '68201',
    label: 'Uthyrning och förvaltning av egna eller arrenderade bostäder',
    words: ['Fastigheter', 'Bostäder', 'Förvaltning'],
    weight: 3,
    forms: mostlyAb,
  },
  {
    sni: '68203',
    label: 'Uthyrning och förvaltning av egna eller arrenderade, andra lokaler',
    words: ['Lokaler', 'Industrifastigheter', 'Fastighets'],
    weight: 2,
    forms: mostlyAb,
  },
  {
    sni: '69201',
    label: 'Redovisning och bokföring',
    words: ['Redovisning', 'Ekonomitjänst', 'Bokföring'],
    weight: 3,
    forms: mixed,
  },
  {
    sni: '71121',
    label: 'Teknisk konsultverksamhet inom bygg- och anläggningsteknik',
    words: ['Konstruktion', 'Byggkonsult', 'Projektering'],
    weight: 2,
    forms: mostlyAb,
  },
  {
    sni: '73111',
    label: 'Reklambyråverksamhet',
    words: ['Reklam', 'Kommunikation', 'Form'],
    weight: 1,
    forms: mostlyAb,
  },
  {
    sni: '79120',
    label: 'Researrangemang',
    words: ['Resor', 'Äventyr', 'Upplevelser'],
    weight: 1,
    forms: mixed,
  },
  {
    sni: '81210',
    label: 'Lokalvård',
    words: ['Städ', 'Städservice', 'Fastighetsservice'],
    weight: 2,
    forms: mixed,
  },
  {
    sni: '81300',
    label: 'Skötsel och underhåll av grönytor',
    words: ['Trädgård', 'Grönyteskötsel', 'Park'],
    weight: 2,
    forms: mixed,
  },
  {
    sni: '86230',
    label: 'Tandläkarverksamhet',
    words: ['Tandvård', 'Tandläkarna'],
    weight: 1,
    forms: mostlyAb,
  },
  {
    sni: '93130',
    label: 'Gym- och fitnessanläggningar',
    words: ['Gym', 'Träningscenter', 'Friskvård'],
    weight: 1,
    forms: mixed,
  },
  {
    sni: '96021',
    label: 'Hårvård',
    words: ['Frisör', 'Hårstudio', 'Salong'],
    weight: 3,
    forms: mixed,
  },
  {
    sni: '96022',
    label: 'Skönhetsvård',
    words: ['Hudvård', 'Skönhetssalong', 'Spa'],
    weight: 1,
    forms: mixed,
  },
];

/** Share of companies per size class, as in a small municipality's register. */
export const sizeClassWeights: readonly (readonly [string, number])[] = [
  ['0', 44],
  ['1-4', 30],
  ['5-9', 12],
  ['10-49', 10],
  ['50-249', 3],
  ['250+', 1],
];

export const companyNamePrefixes: readonly string[] = [
  'Nord',
  'Syd',
  'Skog',
  'Sjö',
  'Berg',
  'Ek',
  'Björk',
  'Älv',
  'Fjäll',
  'Gran',
  'Tall',
  'Lin',
  'Myr',
  'Ås',
  'Sol',
];

export const companyNotes: readonly string[] = [
  'Familjeföretag i tredje generationen.',
  'En av de största privata arbetsgivarna på orten.',
  'Ägaren sitter i styrelsen för Exeby Företagarnätverk.',
  'Har tidigare fått regionalt investeringsstöd.',
  'Säsongsverksamhet med flest anställda under sommaren.',
  'Underleverantör till flera större industriföretag i regionen.',
  'Nystartat företag som drivs av två tidigare UF-elever.',
  'Vill gärna bli kontaktad inför kommunens upphandlingar.',
  'Har visat intresse för att ta emot praktikanter från gymnasiet.',
  'Ägarbyte under förra året; den nya ägaren är inflyttad från Göteborg.',
];
