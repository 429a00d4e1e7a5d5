// Runs in: main process / Node. The people and organisations around the example municipality.
import type { ActorCategory } from '../../../../shared/domain/actorCategories';

export interface StakeholderTemplate {
  categories: readonly ActorCategory[];
  role: string;
  organisation: string;
  /** An organisation (e.g. a byalag) rather than a person. */
  kind?: 'person' | 'organisation';
  locality?: string;
  keyActor?: boolean;
  champion?: boolean;
  notes?: string;
}

const kommun = 'Exempelkommun';

/** Everyone a real officer would have in the register on day one; every category is here. */
export const coreStakeholders: readonly StakeholderTemplate[] = [
  {
    categories: ['politician'],
    role: 'Kommunstyrelsens ordförande',
    organisation: kommun,
    keyActor: true,
    champion: true,
    notes: 'Följer gärna med på företagsbesök. Vill ha en kort lägesrapport före varje KSAU.',
  },
  {
    categories: ['politician'],
    role: 'Kommunstyrelsens vice ordförande',
    organisation: kommun,
    keyActor: true,
  },
  { categories: ['politician'], role: 'Oppositionsråd', organisation: kommun, keyActor: true },
  { categories: ['politician'], role: 'Kommunfullmäktiges ordförande', organisation: kommun },
  {
    categories: ['politician'],
    role: 'Ledamot, kommunstyrelsens arbetsutskott',
    organisation: kommun,
    locality: 'Norrvik',
  },
  {
    categories: ['youth'],
    role: 'Ordförande',
    organisation: 'Exeby ungdomsråd',
    champion: true,
    notes: 'Driver frågan om sommarjobb hos lokala företag.',
  },
  {
    categories: ['youth'],
    role: 'Ledamot',
    organisation: 'Exeby ungdomsråd',
    locality: 'Västerby',
  },
  {
    categories: ['youth', 'school'],
    role: 'Elevkårens ordförande',
    organisation: 'Exeby gymnasium',
  },
  {
    categories: ['uf', 'school'],
    role: 'UF-lärare',
    organisation: 'Exeby gymnasium',
    keyActor: true,
    champion: true,
    notes: 'Har drivit UF på skolan i tio år och har många kontakter i näringslivet.',
  },
  {
    categories: ['uf'],
    role: 'Regional projektledare',
    organisation: 'Ung Företagsamhet Exempellän',
  },
  { categories: ['uf', 'youth'], role: 'VD', organisation: 'Skogsglänta UF', locality: 'Åsbacka' },
  {
    categories: ['business_network'],
    role: 'Ordförande',
    organisation: 'Exeby Företagarnätverk',
    keyActor: true,
    champion: true,
  },
  {
    categories: ['business_network'],
    role: 'Exeby Företagarnätverk',
    organisation: 'Exeby Företagarnätverk',
    kind: 'organisation',
    notes: 'Cirka 60 medlemsföretag. Frukostmöte första fredagen i månaden.',
  },
  {
    categories: ['business_network'],
    role: 'Samordnare',
    organisation: 'Handelsföreningen i Exeby',
  },
  {
    categories: ['business_network'],
    role: 'Ordförande',
    organisation: 'Norrviks företagsgrupp',
    locality: 'Norrvik',
  },
  {
    categories: ['business_network'],
    role: 'Nätverksledare',
    organisation: 'Kvinnliga företagare i Exeby',
  },
  {
    categories: ['business_org'],
    role: 'Ordförande',
    organisation: 'Företagarna Exeby',
    keyActor: true,
  },
  { categories: ['business_org'], role: 'Regionchef', organisation: 'Företagarna Exempellän' },
  {
    categories: ['business_org'],
    role: 'Regional företagsrådgivare',
    organisation: 'LRF Exempellän',
    locality: 'Kvarnbo',
  },
  { categories: ['business_org'], role: 'Regional samordnare', organisation: 'Svenskt Näringsliv' },
  {
    categories: ['employment_service'],
    role: 'Arbetsgivarkontakt',
    organisation: 'Arbetsförmedlingen',
    keyActor: true,
  },
  { categories: ['employment_service'], role: 'Sektionschef', organisation: 'Arbetsförmedlingen' },
  {
    categories: ['employment_service'],
    role: 'Arbetsförmedlare',
    organisation: 'Arbetsförmedlingen',
  },
  { categories: ['school'], role: 'Rektor', organisation: 'Exeby gymnasium', keyActor: true },
  {
    categories: ['school'],
    role: 'Studie- och yrkesvägledare',
    organisation: 'Exeby gymnasium',
    champion: true,
  },
  { categories: ['school'], role: 'Rektor', organisation: 'Norrviks skola', locality: 'Norrvik' },
  {
    categories: ['school'],
    role: 'Programansvarig, Bygg- och anläggningsprogrammet',
    organisation: 'Exeby gymnasium',
  },
  { categories: ['education'], role: 'Rektor', organisation: 'Yrkeshögskolan Exeby' },
  {
    categories: ['education'],
    role: 'Samordnare',
    organisation: 'Lärcentrum Exeby',
    champion: true,
    notes: 'Ordnar uppdragsutbildningar på beställning av företag.',
  },
  { categories: ['education'], role: 'Verksamhetsansvarig', organisation: 'Komvux Exeby' },
  {
    categories: ['education'],
    role: 'Verksamhetsutvecklare',
    organisation: 'Studieförbundet Vuxenskolan',
  },
  {
    categories: ['municipal_official'],
    role: 'Kommundirektör',
    organisation: kommun,
    keyActor: true,
  },
  {
    categories: ['municipal_official'],
    role: 'Samhällsbyggnadschef',
    organisation: kommun,
    keyActor: true,
  },
  { categories: ['municipal_official'], role: 'Bygglovshandläggare', organisation: kommun },
  {
    categories: ['municipal_official'],
    role: 'Miljö- och hälsoskyddsinspektör',
    organisation: kommun,
  },
  { categories: ['municipal_official'], role: 'Upphandlingschef', organisation: kommun },
  {
    categories: ['municipal_official'],
    role: 'Mark- och exploateringsingenjör',
    organisation: kommun,
  },
  { categories: ['municipal_official'], role: 'Kommunikatör', organisation: kommun },
  { categories: ['municipal_official'], role: 'Kultur- och fritidschef', organisation: kommun },
  {
    categories: ['municipal_company', 'property_owner'],
    role: 'VD',
    organisation: 'Exebybostäder AB',
    keyActor: true,
  },
  { categories: ['municipal_company'], role: 'VD', organisation: 'Exeby Energi AB' },
  {
    categories: ['municipal_company', 'property_owner'],
    role: 'Förvaltare',
    organisation: 'Exeby Industrifastigheter AB',
  },
  { categories: ['property_owner'], role: 'Fastighetsägare', organisation: 'Centrumhuset i Exeby' },
  {
    categories: ['property_owner'],
    role: 'Förvaltare',
    organisation: 'Norrviks Fastigheter AB',
    locality: 'Norrvik',
  },
  {
    categories: ['property_owner'],
    role: 'Delägare',
    organisation: 'Västerby Lokaler HB',
    locality: 'Västerby',
  },
  {
    categories: ['regional'],
    role: 'Regional utvecklingsstrateg',
    organisation: 'Region Exempellän',
    keyActor: true,
  },
  {
    categories: ['regional'],
    role: 'Handläggare, landsbygdsenheten',
    organisation: 'Länsstyrelsen Exempellän',
  },
  {
    categories: ['regional'],
    role: 'Företagsrådgivare',
    organisation: 'Almi Företagspartner',
    champion: true,
  },
  { categories: ['regional'], role: 'Verksamhetsledare', organisation: 'Leader Exempelbygd' },
  { categories: ['external_facilitator'], role: 'Processledare', organisation: 'Dialogkraft AB' },
  { categories: ['external_facilitator'], role: 'Konsult', organisation: 'Tillväxtverkstan' },
  {
    categories: ['civil_society'],
    role: 'Ordförande',
    organisation: 'Norrviks byalag',
    locality: 'Norrvik',
    champion: true,
    notes: 'Engagerad i frågan om fiber och kollektivtrafik till byn.',
  },
  {
    categories: ['civil_society'],
    role: 'Kyrkoherde',
    organisation: 'Exeby pastorat',
    keyActor: true,
  },
  {
    categories: ['civil_society'],
    role: 'Ordförande',
    organisation: 'Åsbacka hembygdsförening',
    locality: 'Åsbacka',
  },
  { categories: ['civil_society'], role: 'Ordförande', organisation: 'Exeby IF' },
  {
    categories: ['civil_society'],
    role: 'Kassör',
    organisation: 'Lillsjö bygdegårdsförening',
    locality: 'Lillsjö',
  },
  {
    categories: ['civil_society'],
    role: 'Sekreterare',
    organisation: 'Sörmyra byalag',
    locality: 'Sörmyra',
  },
  {
    categories: ['civil_society'],
    role: 'Ordförande',
    organisation: 'Ängsjö byalag',
    locality: 'Ängsjö',
  },
  {
    categories: ['civil_society'],
    role: 'Råby intresseförening',
    organisation: 'Råby intresseförening',
    kind: 'organisation',
    locality: 'Råby',
    notes: 'Driver byns samlingslokal och sommarcafé.',
  },
];

/** Roles at a company, for the company contacts (category sme). */
export const companyRoles: readonly (readonly [string, number])[] = [
  ['VD', 30],
  ['Ägare', 30],
  ['Delägare', 10],
  ['Platschef', 8],
  ['Ekonomiansvarig', 6],
  ['HR-ansvarig', 5],
  ['Produktionschef', 5],
  ['Verksamhetschef', 6],
];

/** For the larger data sets: more people of each kind. {ort} is a place ({orts} its genitive), {skola} a school. */
export const fillerRoles: Record<Exclude<ActorCategory, 'sme'>, readonly [string, string][]> = {
  politician: [
    ['Ledamot, kommunfullmäktige', 'Exempelkommun'],
    ['Ersättare, kommunstyrelsen', 'Exempelkommun'],
    ['Gruppledare', 'Exempelkommun'],
    ['Ordförande, samhällsbyggnadsnämnden', 'Exempelkommun'],
    ['Ordförande, barn- och utbildningsnämnden', 'Exempelkommun'],
  ],
  youth: [
    ['Ledamot', 'Exeby ungdomsråd'],
    ['Sommarlovsentreprenör', '{ort} sommarlovsentreprenörer'],
    ['Elevrådsrepresentant', '{skola}'],
  ],
  uf: [
    ['UF-lärare', '{skola}'],
    ['VD', '{ort} Hantverk UF'],
    ['Ekonomiansvarig', '{ort} Design UF'],
  ],
  business_network: [
    ['Styrelseledamot', '{orts} företagsgrupp'],
    ['Nätverksledare', 'Frukostklubben {ort}'],
  ],
  business_org: [
    ['Ledamot', 'Företagarna Exeby'],
    ['Rådgivare', 'LRF Exempellän'],
    ['Medlemsansvarig', 'Handelskammaren Exempellän'],
  ],
  employment_service: [
    ['Arbetsförmedlare', 'Arbetsförmedlingen'],
    ['Handläggare', 'Arbetsförmedlingen'],
  ],
  school: [
    ['Lärare', '{skola}'],
    ['Rektor', '{skola}'],
    ['Studie- och yrkesvägledare', '{skola}'],
  ],
  education: [
    ['Utbildningsledare', 'Yrkeshögskolan Exeby'],
    ['Lärare', 'Komvux Exeby'],
    ['Cirkelledare', 'Studieförbundet Vuxenskolan'],
  ],
  municipal_official: [
    ['Handläggare, samhällsbyggnadsförvaltningen', 'Exempelkommun'],
    ['Enhetschef, kultur- och fritidsförvaltningen', 'Exempelkommun'],
    ['Planarkitekt', 'Exempelkommun'],
    ['Livsmedelsinspektör', 'Exempelkommun'],
  ],
  municipal_company: [
    ['Fastighetsförvaltare', 'Exebybostäder AB'],
    ['Driftchef', 'Exeby Energi AB'],
    ['Projektledare', 'Exeby Vatten AB'],
  ],
  property_owner: [
    ['Fastighetsägare', '{orts} Fastigheter AB'],
    ['Förvaltare', '{ort} Lokaler HB'],
  ],
  regional: [
    ['Handläggare', 'Länsstyrelsen Exempellän'],
    ['Projektledare', 'Region Exempellän'],
    ['Rådgivare', 'Almi Företagspartner'],
  ],
  external_facilitator: [
    ['Processledare', 'Dialogkraft AB'],
    ['Konsult', 'Bygdeutveckling i Norr AB'],
  ],
  civil_society: [
    ['Ordförande', '{orts} byalag'],
    ['Ledamot', '{orts} hembygdsförening'],
    ['Diakon', 'Exeby pastorat'],
    ['Ordförande', '{orts} IF'],
    ['Kassör', '{orts} bygdegårdsförening'],
  ],
};

export const schools: readonly string[] = [
  'Exeby gymnasium',
  'Norrviks skola',
  'Västerby skola',
  'Åsbacka skola',
  'Exeby högstadieskola',
];

/** Why the municipality keeps the person's data (recorded for every contact, GDPR art. 13). */
export const purposeByCategory: Record<ActorCategory, string> = {
  politician:
    'Kontaktuppgifter för dialog med den politiska ledningen om näringslivsprogrammet och dess uppföljning.',
  youth: 'Kontakt för att låta unga vara med och forma näringslivsprogrammet.',
  uf: 'Kontakt för samarbete kring Ung Företagsamhet och entreprenörskap i skolan.',
  sme: 'Kontaktuppgifter till företaget för företagsbesök, dialog och uppföljning av näringslivsarbetet.',
  business_network: 'Kontakt för samverkan med företagsnätverk i kommunen.',
  business_org: 'Kontakt för samverkan med näringslivsorganisationer.',
  employment_service: 'Kontakt för samverkan om kompetensförsörjning och rekrytering.',
  school: 'Kontakt för samverkan mellan skola och arbetsliv.',
  education: 'Kontakt för samverkan om utbildning och kompetensutveckling.',
  municipal_official: 'Kontakt inom kommunen för ärenden som rör företagen.',
  municipal_company: 'Kontakt för samverkan med de kommunala bolagen.',
  property_owner: 'Kontakt om lokaler och mark för företagsetableringar.',
  regional: 'Kontakt för samverkan med regionala aktörer om tillväxt och finansiering.',
  external_facilitator: 'Kontakt för processledning av dialoger och workshoppar.',
  civil_society: 'Kontakt för att nå hela kommunen: byar, föreningar och kyrka.',
};
