// Runs in: main process / Node. Every health check of the catalogue (shared/process/healthChecks.ts)
// mapped to the evaluator that computes it. A unit test holds the two lists equal.
import { actionChecks } from './checks/actions';
import { actorChecks } from './checks/actors';
import { analysisChecks } from './checks/analysis';
import { communicationChecks } from './checks/communication';
import { focusAreaChecks } from './checks/focusAreas';
import { followUpChecks } from './checks/followUp';
import { goalChecks } from './checks/goals';
import { processChecks } from './checks/process';
import type { Evaluator } from './types';

export const healthEvaluators: Readonly<Record<string, Evaluator>> = {
  ...processChecks,
  ...actorChecks,
  ...analysisChecks,
  ...focusAreaChecks,
  ...goalChecks,
  ...actionChecks,
  ...communicationChecks,
  ...followUpChecks,
};
