// Runs in: everywhere. The app screens and records a wizard step can open. The renderer maps each
// id to a route; the label is what the step shows on its "open" buttons.
import type { Localized } from './types';

export const editors = [
  { id: 'mandate', sv: 'Ägare och uppdrag', en: 'Owner and commission' },
  { id: 'purpose', sv: 'Syfte och varför', en: 'Purpose and why' },
  { id: 'stakeholders', sv: 'Aktörer', en: 'Actors' },
  { id: 'companies', sv: 'Företag', en: 'Companies' },
  { id: 'visits', sv: 'Företagsbesök', en: 'Company visits' },
  { id: 'anchoringLog', sv: 'Förankringslogg', en: 'Anchoring log' },
  { id: 'groups', sv: 'Arbetsgrupp och referensgrupper', en: 'Working and reference groups' },
  { id: 'meetings', sv: 'Möten och workshoppar', en: 'Meetings and workshops' },
  { id: 'timeline', sv: 'Tidplan', en: 'Timeline' },
  { id: 'meetingCalendar', sv: 'Sammanträdeskalender', en: 'Committee calendar' },
  { id: 'communication', sv: 'Kommunikation', en: 'Communication' },
  { id: 'briefings', sv: 'Politikerdragningar', en: 'Politician briefings' },
  { id: 'interviews', sv: 'Intervjuer', en: 'Interviews' },
  { id: 'insights', sv: 'Insikter', en: 'Insights' },
  { id: 'obstacles', sv: 'Hinder', en: 'Obstacles' },
  { id: 'swot', sv: 'SWOT', en: 'SWOT' },
  { id: 'statistics', sv: 'Statistik', en: 'Statistics' },
  { id: 'analysisTexts', sv: 'Analystexter', en: 'Analysis texts' },
  { id: 'steeringDocuments', sv: 'Styrdokument', en: 'Steering documents' },
  { id: 'staircase', sv: 'Samhandlingstrappan', en: 'Cooperation staircase' },
  { id: 'selfImage', sv: 'Självbild', en: 'Self-image' },
  { id: 'imports', sv: 'Import', en: 'Import' },
  { id: 'focusAreas', sv: 'Fokusområden', en: 'Focus areas' },
  { id: 'priorities', sv: 'Prioriteringar', en: 'Priorities' },
  { id: 'goals', sv: 'Mål', en: 'Goals' },
  { id: 'indicators', sv: 'Mätetal', en: 'Indicators' },
  { id: 'actions', sv: 'Handlingsplan', en: 'Action plan' },
  { id: 'roles', sv: 'Roller och ansvar', en: 'Roles and responsibilities' },
  { id: 'programmeText', sv: 'Programtext', en: 'Programme text' },
  { id: 'cases', sv: 'Ärenden och tjänsteskrivelser', en: 'Cases and committee memos' },
  { id: 'remiss', sv: 'Remiss', en: 'Consultation' },
  { id: 'followUps', sv: 'Uppföljningar', en: 'Follow-ups' },
  { id: 'evaluations', sv: 'Utvärdering och lärdomar', en: 'Evaluation and lessons' },
  { id: 'exports', sv: 'Export', en: 'Export' },
] as const satisfies readonly ({ id: string } & Localized)[];

export type EditorId = (typeof editors)[number]['id'];

const known: ReadonlySet<string> = new Set(editors.map((e) => e.id));

export function isEditorId(value: string): value is EditorId {
  return known.has(value);
}
