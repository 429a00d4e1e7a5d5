// Runs in: main process / Node. The handler map that implements the whole contract.
import { appHandlers } from './app/handlers';
import { backupsHandlers } from './backups/handlers';
import { companiesHandlers } from './companies/handlers';
import { exportHandlers } from './export/handlers';
import { importHandlers } from './import/handlers';
import { overviewHandlers } from './overview/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
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
};
