// Runs in: everywhere. What can lie in the trash (papperskorg), with its Swedish and English name.

export const trashKinds = [
  { id: 'company', sv: 'Företag', en: 'Company' },
  { id: 'stakeholder', sv: 'Aktör', en: 'Stakeholder' },
  { id: 'visit', sv: 'Besök', en: 'Visit' },
  { id: 'programme', sv: 'Program', en: 'Programme' },
  { id: 'anchoring', sv: 'Förankring', en: 'Anchoring entry' },
  { id: 'interview', sv: 'Intervju', en: 'Interview' },
  { id: 'interviewGuide', sv: 'Intervjuguide', en: 'Interview guide' },
  { id: 'insight', sv: 'Insikt', en: 'Insight' },
  { id: 'case', sv: 'Ärende', en: 'Case' },
  { id: 'meeting', sv: 'Sammanträde', en: 'Meeting' },
  { id: 'focusArea', sv: 'Fokusområde', en: 'Focus area' },
  { id: 'goal', sv: 'Mål', en: 'Goal' },
  { id: 'action', sv: 'Aktivitet', en: 'Action' },
  { id: 'indicator', sv: 'Nyckeltal', en: 'Indicator' },
  { id: 'analysisSource', sv: 'Källa i analys', en: 'Analysis source' },
  { id: 'steeringDocument', sv: 'Styrdokument', en: 'Steering document' },
  { id: 'followUp', sv: 'Uppföljning', en: 'Follow-up' },
  { id: 'workGroup', sv: 'Grupp', en: 'Group' },
  { id: 'processMeeting', sv: 'Möte', en: 'Meeting' },
  { id: 'commPlanItem', sv: 'Kommunikationsinsats', en: 'Communication item' },
  { id: 'commLogEntry', sv: 'Kommunikationslogg', en: 'Communication log entry' },
  { id: 'briefing', sv: 'Politikerdragning', en: 'Politician briefing' },
] as const;

export type TrashKind = (typeof trashKinds)[number]['id'];
export const trashKindIds = trashKinds.map((k) => k.id) as unknown as readonly [
  TrashKind,
  ...TrashKind[],
];
