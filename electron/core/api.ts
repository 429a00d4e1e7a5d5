// Runs in: main process / Node. The handler map that implements the whole contract.
import { actionsHandlers } from './actions/handlers';
import { analysisHandlers } from './analysis/handlers';
import { appHandlers } from './app/handlers';
import { backupsHandlers } from './backups/handlers';
import { casesHandlers } from './cases/handlers';
import { communicationHandlers } from './communication/handlers';
import { companiesHandlers } from './companies/handlers';
import { exportHandlers } from './export/handlers';
import { focusAreasHandlers } from './focusAreas/handlers';
import { followUpHandlers } from './followUp/handlers';
import { goalPictureHandlers } from './goalPicture/handlers';
import { goalsHandlers } from './goals/handlers';
import { groupsHandlers } from './groups/handlers';
import { importHandlers } from './import/handlers';
import { insightsHandlers } from './insights/handlers';
import { interviewsHandlers } from './interviews/handlers';
import { overviewHandlers } from './overview/handlers';
import { processHandlers } from './process/handlers';
import { redThreadHandlers } from './redThread/handlers';
import { programmeTextHandlers } from './programmeText/handlers';
import { programmesHandlers } from './programmes/handlers';
import { searchHandlers } from './search/handlers';
import { selfImageHandlers } from './selfImage/handlers';
import { settingsHandlers } from './settings/handlers';
import { staircaseHandlers } from './staircase/handlers';
import { stakeholdersHandlers } from './stakeholders/handlers';
import { trashHandlers } from './trash/handlers';
import { visitsHandlers } from './visits/handlers';
import type { Handlers } from './handlers';

export const handlers: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...backupsHandlers,
  ...searchHandlers,
  ...trashHandlers,
  ...overviewHandlers,
  ...stakeholdersHandlers,
  ...companiesHandlers,
  ...importHandlers,
  ...visitsHandlers,
  ...exportHandlers,
  ...casesHandlers,
  ...programmesHandlers,
  ...processHandlers,
  ...interviewsHandlers,
  ...insightsHandlers,
  ...focusAreasHandlers,
  ...goalsHandlers,
  ...actionsHandlers,
  ...analysisHandlers,
  ...communicationHandlers,
  ...staircaseHandlers,
  ...selfImageHandlers,
  ...goalPictureHandlers,
  ...groupsHandlers,
  ...followUpHandlers,
  ...redThreadHandlers,
  ...programmeTextHandlers,
};
