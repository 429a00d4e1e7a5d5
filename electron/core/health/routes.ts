// Runs in: main process / Node. Where the screens of the health checks' records live, as route
// segments (the renderer's '#/a/b'). Kept in one place, in step with the renderer's routes.
export const screens = {
  groups: (id: string | null): string[] =>
    id ? ['meetings', 'groups', id] : ['meetings', 'groups'],
  communication: ['communication'],
  planItem: (id: string): string[] => ['communication', 'plan', id],
  newLogEntry: ['communication', 'log', 'new'],
  briefings: ['communication', 'briefings'],
  steeringDocuments: ['analysis', 'steering'],
  programmeText: ['process', 'programme-text'],
  followUp: (id: string | null): string[] => (id ? ['followup', id] : ['followup']),
};
