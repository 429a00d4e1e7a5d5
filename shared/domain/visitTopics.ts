// Runs in: everywhere. Topics a company visit can touch; the officer can also type new ones.

export const visitTopics = [
  { id: 'kompetensforsorjning', sv: 'Kompetensförsörjning', en: 'Skills supply' },
  { id: 'lokaler_mark', sv: 'Lokaler och mark', en: 'Premises and land' },
  { id: 'tillstand', sv: 'Tillstånd och myndighetskontakter', en: 'Permits and authorities' },
  { id: 'upphandling', sv: 'Offentlig upphandling', en: 'Public procurement' },
  {
    id: 'infrastruktur',
    sv: 'Infrastruktur och kommunikationer',
    en: 'Infrastructure and transport',
  },
  { id: 'bredband', sv: 'Bredband och digitalisering', en: 'Broadband and digitalisation' },
  { id: 'expansion', sv: 'Expansion och investering', en: 'Expansion and investment' },
  { id: 'generationsskifte', sv: 'Generationsskifte', en: 'Succession' },
  { id: 'export', sv: 'Export och nya marknader', en: 'Export and new markets' },
  { id: 'hallbarhet', sv: 'Hållbarhet och energi', en: 'Sustainability and energy' },
  { id: 'finansiering', sv: 'Finansiering', en: 'Financing' },
  { id: 'natverk', sv: 'Samarbete och nätverk', en: 'Cooperation and networks' },
  { id: 'bostader', sv: 'Bostäder för anställda', en: 'Housing for staff' },
  { id: 'bemotande', sv: 'Kommunens service och bemötande', en: "The municipality's service" },
  { id: 'skola_ungdomar', sv: 'Skola, UF och unga', en: 'School, UF and young people' },
] as const;

export type VisitTopicId = (typeof visitTopics)[number]['id'];
