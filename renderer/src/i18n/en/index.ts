// Runs in: renderer. Every namespace of the en texts.
import { common } from './common';
import { companies } from './companies';
import { firstRun } from './firstRun';
import { importer } from './importer';
import { insights } from './insights';
import { interviews } from './interviews';
import { overview } from './overview';
import { process } from './process';
import { settings } from './settings';
import { stakeholders } from './stakeholders';
import { trash } from './trash';
import { visits } from './visits';

export const en = {
  common,
  companies,
  firstRun,
  overview,
  settings,
  stakeholders,
  trash,
  visits,
  importer,
  interviews,
  insights,
  process,
};
