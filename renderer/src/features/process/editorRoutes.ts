// Runs in: renderer. Where each of the catalogue's editors lives in the app. An editor without a
// screen yet has no entry, and the step simply shows no link for it.
import type { EditorId } from '../../../../shared/process';

export const editorRoutes: Partial<Record<EditorId, string[]>> = {
  mandate: ['process', 'mandate'],
  purpose: ['process', 'purpose'],
  anchoringLog: ['process', 'anchoring'],
  stakeholders: ['stakeholders'],
  companies: ['companies'],
  visits: ['visits'],
  imports: ['companies', 'import'],
  interviews: ['analysis', 'interviews'],
  insights: ['analysis', 'swot'],
  swot: ['analysis', 'swot'],
  obstacles: ['analysis', 'swot'],
  statistics: ['analysis', 'statistics'],
  analysisTexts: ['analysis', 'texts'],
  steeringDocuments: ['analysis', 'steering'],
  focusAreas: ['goals'],
  goals: ['goals'],
  indicators: ['goals'],
  priorities: ['goals', 'ranking'],
  actions: ['actions'],
  followUps: ['followup'],
  evaluations: ['followup', 'lessons'],
  communication: ['communication'],
  briefings: ['communication', 'briefings'],
  groups: ['meetings', 'groups'],
  meetings: ['meetings'],
  timeline: ['meetings', 'timeline'],
  cases: ['cases'],
  remiss: ['cases'],
  meetingCalendar: ['cases', 'meetings'],
  exports: ['export'],
  staircase: ['analysis', 'staircase'],
  selfImage: ['analysis', 'selfImage'],
  programmeText: ['process', 'programme-text'],
  roles: ['process', 'roles'],
};

/** Editors the process screen shows inside the step itself, not only as a link. */
export const embeddedEditors: ReadonlySet<EditorId> = new Set([
  'mandate',
  'purpose',
  'anchoringLog',
]);
