// Runs in: renderer. Every namespace of the en texts.
import { actions } from './actions';
import { analysis } from './analysis';
import { followUp } from './followUp';
import { cases } from './cases';
import { common } from './common';
import { communication } from './communication';
import { exportTexts } from './export';
import { companies } from './companies';
import { firstRun } from './firstRun';
import { goals } from './goals';
import { groups } from './groups';
import { importer } from './importer';
import { insights } from './insights';
import { interviews } from './interviews';
import { overview } from './overview';
import { process } from './process';
import { programmeText } from './programmeText';
import { settings } from './settings';
import { stakeholders } from './stakeholders';
import { trash } from './trash';
import { visits } from './visits';
import { goalPicture } from './goalPicture';
import { selfImage } from './selfImage';
import { staircase } from './staircase';

export const en = {
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
  communication,
  analysis,
  followUp,
  groups,
  cases,
  programmeText,
  staircase,
  selfImage,
  goalPicture,
};
