// Runs in: everywhere. The 16 actor categories of the seed (A01–A14, A16) and their labels.

export const actorCategories = [
  { id: 'politician', seedRef: 'A01', sv: 'Ledande politiker', en: 'Leading politicians' },
  { id: 'youth', seedRef: 'A02', sv: 'Ungdomar', en: 'Young people' },
  { id: 'uf', seedRef: 'A03', sv: 'UF (Ung Företagsamhet)', en: 'UF (Junior Achievement)' },
  {
    id: 'sme',
    seedRef: 'A04',
    sv: 'Små och medelstora företagare',
    en: 'Small and medium-sized businesses',
  },
  { id: 'business_network', seedRef: 'A05', sv: 'Företagsnätverk', en: 'Business networks' },
  {
    id: 'business_org',
    seedRef: 'A06',
    sv: 'Näringslivsorganisationer',
    en: 'Business organisations',
  },
  {
    id: 'employment_service',
    seedRef: 'A07',
    sv: 'Arbetsförmedlingen',
    en: 'Public employment service',
  },
  { id: 'school', seedRef: 'A08', sv: 'Skola', en: 'School' },
  { id: 'education', seedRef: 'A09', sv: 'Utbildningsaktörer', en: 'Education providers' },
  {
    id: 'municipal_official',
    seedRef: 'A10',
    sv: 'Kommunala tjänstemän',
    en: 'Municipal officials',
  },
  { id: 'municipal_company', seedRef: 'A11', sv: 'Kommunala bolag', en: 'Municipal companies' },
  { id: 'property_owner', seedRef: 'A12', sv: 'Fastighetsägare', en: 'Property owners' },
  { id: 'regional', seedRef: 'A13', sv: 'Regionala aktörer', en: 'Regional actors' },
  {
    id: 'external_facilitator',
    seedRef: 'A14',
    sv: 'Processledare utifrån',
    en: 'External facilitators',
  },
  {
    id: 'civil_society',
    seedRef: 'A16',
    sv: 'Hela kommunen: byalag, kyrka, föreningar',
    en: 'The whole municipality: villages, church, associations',
  },
] as const;

export type ActorCategory = (typeof actorCategories)[number]['id'];
export const actorCategoryIds = actorCategories.map((c) => c.id) as unknown as readonly [
  ActorCategory,
  ...ActorCategory[],
];

/** A15: flags on a stakeholder, not categories. */
export const actorFlags = [
  { id: 'keyActor', seedRef: 'A15', sv: 'Nyckelaktör', en: 'Key actor' },
  { id: 'champion', seedRef: 'A15', sv: 'Brinner för frågorna', en: 'Champion' },
] as const;
