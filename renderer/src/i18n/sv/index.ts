// Runs in: renderer. Every namespace of the sv texts.
import { actions } from './actions';
import { cases } from './cases';
import { common } from './common';
import { exportTexts } from './export';
import { companies } from './companies';
import { firstRun } from './firstRun';
import { goals } from './goals';
import { importer } from './importer';
import { insights } from './insights';
import { interviews } from './interviews';
import { overview } from './overview';
import { process } from './process';
import { settings } from './settings';
import { stakeholders } from './stakeholders';
import { trash } from './trash';
import { visits } from './visits';

export const sv = {
  export: exportTexts,
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
  goals,
  actions,
  cases,
};
