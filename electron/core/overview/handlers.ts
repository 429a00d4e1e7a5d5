// Runs in: main process / Node. The overview (Översikt) of the officer's work, and the health
// checks of one wizard step for the process screen.
import { AppFailure } from '../../../shared/errors';
import { localToday } from '../actions/today';
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { healthReport } from '../health/report';
import { selectProgramme } from '../programmes/queries';
import { readOverview } from './queries';

const programmeMissing = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Programmet finns inte längre. Välj eller skapa ett program först.',
    en: 'The programme no longer exists. Choose or create a programme first.',
  });

export const overviewHandlers = {
  'overview:get': (ctx, input) => {
    const today = localToday();
    return readOverview(requireDb(ctx), input.year ?? Number(today.slice(0, 4)), today);
  },
  'overview:stepHealth': (ctx, input) => {
    const db = requireDb(ctx);
    const programme = selectProgramme(db, input.programmeId);
    if (!programme) throw programmeMissing();
    return healthReport(db, programme.id, localToday(), (c) => c.stepId === input.stepId).checks;
  },
} satisfies Pick<Handlers, 'overview:get' | 'overview:stepHealth'>;
