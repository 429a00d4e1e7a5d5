// Runs in: everywhere. A library of indicators a Swedish municipality commonly follows its business
// programme with (F13), each with guidance on what it says and where it misleads (F14–F17).
import type { Direction, IndicatorSourceKind, Localized, MeasureLevel } from './goals';

export interface LibraryIndicator {
  id: string;
  name: Localized;
  unit: Localized;
  direction: Direction;
  source: IndicatorSourceKind;
  /** Where the numbers are found, as a starting text for the source note. */
  sourceNote: Localized;
  level: MeasureLevel;
  /** What the indicator says. */
  guidance: Localized;
  /** What to watch out for. */
  pitfalls: Localized;
}

export const indicatorLibrary: readonly LibraryIndicator[] = [
  {
    id: 'sn_ranking',
    name: {
      sv: 'Företagsklimat, placering i Svenskt Näringslivs ranking',
      en: 'Business climate, place in the Svenskt Näringsliv ranking',
    },
    unit: { sv: 'placering (1–290)', en: 'place (1–290)' },
    direction: 'lower',
    source: 'ranking',
    sourceNote: {
      sv: 'Svenskt Näringsliv, Lokalt företagsklimat (årlig)',
      en: 'Svenskt Näringsliv, local business climate (yearly)',
    },
    level: 'strategic',
    guidance: {
      sv: 'Kommunens plats bland landets 290 kommuner. Rankingen vägs ihop av en enkät till företagare och av statistik. Den syns i media och politiker frågar ofta efter den.',
      en: "The municipality's place among Sweden's 290 municipalities, weighed from a survey of business owners and statistics. It is visible in the media and politicians often ask about it.",
    },
    pitfalls: {
      sv: 'Placeringen är relativ: kommunen kan bli bättre och ändå tappa platser om andra förbättras mer. I en liten kommun svarar få företagare, så placeringen kan hoppa mellan åren. Komplettera med egna mätningar.',
      en: 'The place is relative: the municipality can improve and still drop if others improve more. Few business owners answer in a small municipality, so the place can jump between years. Add measurements of your own.',
    },
  },
  {
    id: 'sn_overall',
    name: {
      sv: 'Sammanfattande omdöme om företagsklimatet',
      en: 'Overall rating of the business climate',
    },
    unit: { sv: 'betyg 1–6', en: 'rating 1–6' },
    direction: 'higher',
    source: 'ranking',
    sourceNote: {
      sv: 'Svenskt Näringsliv, enkät till företagare (årlig)',
      en: 'Svenskt Näringsliv, survey of business owners (yearly)',
    },
    level: 'strategic',
    guidance: {
      sv: 'Företagarnas samlade betyg på företagsklimatet i kommunen, på en skala 1–6. Säger mer om stämningen bland företagarna än placeringen gör.',
      en: "Business owners' overall rating of the municipality's business climate on a 1–6 scale. Says more about the mood among business owners than the ranking place does.",
    },
    pitfalls: {
      sv: 'Få svarande ger stora slumpmässiga svängningar; se på trenden över flera år. Betyget påverkas också av sådant kommunen inte styr över, till exempel konjunkturen.',
      en: 'Few respondents give large random swings; look at the trend over several years. The rating is also affected by things the municipality does not control, such as the economy.',
    },
  },
  {
    id: 'nki_insikt',
    name: {
      sv: 'Nöjd kund-index för företagare (SKR Insikt)',
      en: 'Customer satisfaction index for businesses (SKR Insikt)',
    },
    unit: { sv: 'NKI (0–100)', en: 'NKI (0–100)' },
    direction: 'higher',
    source: 'nki',
    sourceNote: {
      sv: 'SKR och Rådet för främjande av kommunala analyser, Insikt',
      en: 'SKR and RKA, Insikt',
    },
    level: 'tactical',
    guidance: {
      sv: 'Hur nöjda företag är med kommunens myndighetsutövning, till exempel bygglov, miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd. Frågorna ställs direkt efter ett avslutat ärende.',
      en: "How satisfied companies are with the municipality's regulatory services, such as building permits, environmental health, food control and alcohol licences. Asked right after a closed case.",
    },
    pitfalls: {
      sv: 'Mäter bara företag som haft ett ärende, inte företagsklimatet i stort. Få ärenden per område ger osäkra värden: se på felmarginalen och slå gärna ihop två år.',
      en: 'Only measures companies that had a case, not the business climate at large. Few cases per area give uncertain values: look at the margin of error and consider pooling two years.',
    },
  },
  {
    id: 'new_businesses',
    name: { sv: 'Nyföretagande per 1 000 invånare', en: 'New businesses per 1,000 inhabitants' },
    unit: { sv: 'nya företag per 1 000 invånare', en: 'new businesses per 1,000 inhabitants' },
    direction: 'higher',
    source: 'new_businesses',
    sourceNote: {
      sv: 'Tillväxtanalys eller Bolagsverket (via Nyföretagarcentrum)',
      en: 'Tillväxtanalys or Bolagsverket (via Nyföretagarcentrum)',
    },
    level: 'strategic',
    guidance: {
      sv: 'Antalet nystartade företag i förhållande till befolkningen. Visar lusten och möjligheten att starta företag i kommunen.',
      en: 'The number of newly started businesses relative to the population. Shows the will and the opportunity to start a business in the municipality.',
    },
    pitfalls: {
      sv: 'Skriv vilken källa och vilken befolkning (alla invånare eller 16–64 år) som används och håll fast vid den. Ombildningar kan blåsa upp ett enskilt år, och ett nytt företag är inte alltid ett livskraftigt företag.',
      en: 'Note which source and which population (all inhabitants or ages 16–64) is used, and keep to it. Re-registrations can inflate a single year, and a new business is not always a viable one.',
    },
  },
  {
    id: 'workplaces',
    name: { sv: 'Antal arbetsställen', en: 'Number of workplaces' },
    unit: { sv: 'antal', en: 'count' },
    direction: 'higher',
    source: 'other',
    sourceNote: { sv: 'SCB, företagsregistret', en: 'Statistics Sweden, business register' },
    level: 'strategic',
    guidance: {
      sv: 'Antalet arbetsställen, alltså platser där ett företag bedriver verksamhet, i kommunen. Ett enkelt mått på näringslivets bredd.',
      en: 'The number of workplaces, i.e. places where a business operates, in the municipality. A simple measure of how broad local business is.',
    },
    pitfalls: {
      sv: 'Säger inget om storlek, jobb eller lönsamhet. En förändring kan bero på hur företag registrerar sig snarare än på verkliga etableringar.',
      en: 'Says nothing about size, jobs or profitability. A change may come from how companies register rather than from real establishments.',
    },
  },
  {
    id: 'employment_rate',
    name: { sv: 'Förvärvsfrekvens 20–64 år', en: 'Employment rate, ages 20–64' },
    unit: { sv: 'procent', en: 'per cent' },
    direction: 'higher',
    source: 'kolada',
    sourceNote: { sv: 'SCB, via Kolada', en: 'Statistics Sweden, via Kolada' },
    level: 'strategic',
    guidance: {
      sv: 'Andelen invånare 20–64 år som förvärvsarbetar. Ett effektmått för hela kommunens utveckling.',
      en: 'The share of inhabitants aged 20–64 in paid work. An effect measure for the development of the whole municipality.',
    },
    pitfalls: {
      sv: 'Påverkas starkt av konjunktur, pendling och befolkningens ålder, och kommunens egna insatser syns först efter flera år. Statistiken släpar ungefär två år.',
      en: "Strongly affected by the economy, commuting and the population's age; the municipality's own efforts show only after several years. The statistics lag about two years.",
    },
  },
  {
    id: 'building_permit_lead_time',
    name: { sv: 'Handläggningstid för bygglov', en: 'Lead time for building permits' },
    unit: { sv: 'median, dagar', en: 'median, days' },
    direction: 'lower',
    source: 'lead_time',
    sourceNote: {
      sv: 'Kommunens ärendesystem: datum för komplett ansökan och beslut',
      en: "The municipality's case system: dates of complete application and decision",
    },
    level: 'operational',
    guidance: {
      sv: 'Tiden från komplett ansökan till beslut, räknad som median per period (till exempel kvartal) ur de daterade ärendena. Något kommunen själv kan påverka och som företagen märker direkt.',
      en: 'The time from complete application to decision, as the median per period (e.g. quarter) of the dated cases. Something the municipality controls and companies notice at once.',
    },
    pitfalls: {
      sv: 'Räkna från komplett ansökan, inte från första kontakten, och gör likadant varje gång. Medianen döljer enstaka mycket långa ärenden, så titta även på de längsta. Med få ärenden kan ett enda ärende flytta medianen.',
      en: 'Count from the complete application, not the first contact, and do it the same way each time. The median hides single very long cases, so look at the longest too. With few cases one case can move the median.',
    },
  },
  {
    id: 'alcohol_licence_lead_time',
    name: {
      sv: 'Handläggningstid för serveringstillstånd',
      en: 'Lead time for alcohol licences',
    },
    unit: { sv: 'median, dagar', en: 'median, days' },
    direction: 'lower',
    source: 'lead_time',
    sourceNote: {
      sv: 'Kommunens ärendesystem: datum för komplett ansökan och beslut',
      en: "The municipality's case system: dates of complete application and decision",
    },
    level: 'operational',
    guidance: {
      sv: 'Tiden från komplett ansökan om serveringstillstånd till beslut, som median per period. Viktigt för restauranger och besöksnäringen.',
      en: 'The time from a complete application for an alcohol licence to a decision, as the median per period. Important for restaurants and tourism.',
    },
    pitfalls: {
      sv: 'Ärendena är få i en liten kommun, så redovisa antalet ärenden bredvid medianen. Remisstider hos polisen kan ligga utanför kommunens kontroll.',
      en: 'Cases are few in a small municipality, so show the number of cases next to the median. Police consultation times may be outside the municipality’s control.',
    },
  },
  {
    id: 'visited_share',
    name: { sv: 'Andel företag som fått besök', en: 'Share of companies visited' },
    unit: { sv: 'procent', en: 'per cent' },
    direction: 'higher',
    source: 'own_survey',
    sourceNote: {
      sv: 'Programverkstadens besöksregister',
      en: "Programverkstaden's visit register",
    },
    level: 'operational',
    guidance: {
      sv: 'Hur stor del av kommunens företag som fått ett företagsbesök under året. Går att räkna fram ur besöksregistret.',
      en: "How large a share of the municipality's companies had a company visit during the year. Can be counted from the visit register.",
    },
    pitfalls: {
      sv: 'Bestäm vilka företag som räknas, till exempel de med minst en anställd, och håll fast vid det. Många besök är inget mål i sig: följ också vad besöken ledde till.',
      en: 'Decide which companies count, for example those with at least one employee, and keep to it. Many visits are not a goal in themselves: also follow what the visits led to.',
    },
  },
  {
    id: 'visit_satisfaction',
    name: { sv: 'Nöjdhet efter företagsbesök', en: 'Satisfaction after company visits' },
    unit: { sv: 'medelbetyg 1–5', en: 'average rating 1–5' },
    direction: 'higher',
    source: 'own_survey',
    sourceNote: {
      sv: 'Betyg registrerade vid företagsbesöken',
      en: 'Ratings recorded with the company visits',
    },
    level: 'operational',
    guidance: {
      sv: 'Företagarens betyg på besöket, registrerat vid eller strax efter besöket. Visar om besöken upplevs som meningsfulla.',
      en: "The business owner's rating of the visit, recorded during or just after it. Shows whether visits feel worthwhile.",
    },
    pitfalls: {
      sv: 'När den som besöker själv frågar blir betygen ofta för höga. Fråga på samma enkla sätt varje gång och redovisa hur många som svarat.',
      en: 'When the visitor asks in person the ratings are often too high. Ask the same simple way each time and report how many answered.',
    },
  },
  {
    id: 'uf_companies',
    name: { sv: 'Antal UF-företag', en: 'Number of UF student companies' },
    unit: { sv: 'antal', en: 'count' },
    direction: 'higher',
    source: 'other',
    sourceNote: {
      sv: 'Ung Företagsamhet, regionförbundet',
      en: 'Junior Achievement Sweden (Ung Företagsamhet), regional office',
    },
    level: 'tactical',
    guidance: {
      sv: 'Antalet elevföretag inom Ung Företagsamhet på kommunens gymnasieskolor under läsåret. Ett mått på entreprenörskap bland unga.',
      en: "The number of student companies within Ung Företagsamhet in the municipality's upper secondary schools during the school year. A measure of entrepreneurship among young people.",
    },
    pitfalls: {
      sv: 'Beror mycket på enskilda lärares engagemang och på hur stora elevkullarna är. Följ gärna även andelen elever som driver UF-företag.',
      en: 'Depends a lot on individual teachers and on the size of the year groups. Consider following the share of students running a UF company as well.',
    },
  },
  {
    id: 'kolada',
    name: { sv: 'Nyckeltal från Kolada (valfritt)', en: 'Key figure from Kolada (any)' },
    unit: { sv: 'enligt nyckeltalet', en: 'as defined by the key figure' },
    direction: 'higher',
    source: 'kolada',
    sourceNote: {
      sv: 'Kolada: skriv nyckeltalets id och namn',
      en: "Kolada: write the key figure's id and name",
    },
    level: 'strategic',
    guidance: {
      sv: 'Kolada har jämförbara nyckeltal för alla kommuner. Skriv nyckeltalets id och namn i källan och ändra namn och enhet så att de stämmer.',
      en: 'Kolada has comparable key figures for every municipality. Write the key figure’s id and name in the source and adjust the name and unit to match.',
    },
    pitfalls: {
      sv: 'Kontrollera nyckeltalets definition och riktning (är högre bättre?) och att det finns för flera år. Jämför med liknande kommuner, inte bara med riket.',
      en: 'Check the definition and direction of the key figure (is higher better?) and that it exists for several years. Compare with similar municipalities, not only with the national figure.',
    },
  },
];

export const libraryIndicator = (id: string): LibraryIndicator | undefined =>
  indicatorLibrary.find((i) => i.id === id);
