// Runs in: everywhere. The one contract: every method name → input schema and result type.
import type { z } from 'zod';
import { actionsContract } from './actions';
import { analysisContract } from './analysis';
import { appContract } from './app';
import { casesContract } from './cases';
import { communicationContract } from './communication';
import { companiesContract } from './companies';
import { exportContract } from './export';
import { focusAreasContract } from './focusAreas';
import { followUpContract } from './followUp';
import { goalPictureContract } from './goalPicture';
import { goalsContract } from './goals';
import { groupsContract } from './groups';
import { insightsContract } from './insights';
import { interviewsContract } from './interviews';
import { processContract } from './process';
import { selfImageContract } from './selfImage';
import { staircaseContract } from './staircase';
import { programmeTextContract } from './programmeText';
import { stakeholdersContract } from './stakeholders';
import { visitsContract } from './visits';

export const contract = {
  ...appContract,
  ...stakeholdersContract,
  ...companiesContract,
  ...visitsContract,
  ...exportContract,
  ...casesContract,
  ...processContract,
  ...interviewsContract,
  ...insightsContract,
  ...focusAreasContract,
  ...goalsContract,
  ...actionsContract,
  ...analysisContract,
  ...communicationContract,
  ...groupsContract,
  ...staircaseContract,
  ...selfImageContract,
  ...goalPictureContract,
  ...followUpContract,
  ...programmeTextContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What the caller passes (defaults may be left out). */
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
/** What the handler receives (after zod defaults and trimming). */
export type HandlerInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodResult<K extends MethodName> = NonNullable<Contract[K]['result']>;

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

export type { Page } from './define';
