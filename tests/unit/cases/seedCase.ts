// Runs in: vitest (Node). A case with a programme, a calendar, a planned KF meeting, a memo and a
// remiss round with two replies (one instance silent), written through the real handlers.
import { casesHandlers } from '../../../electron/core/cases/handlers';
import { createDispatcher } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers';
import type { MethodName, MethodResult } from '../../../shared/contract';
import type { TestContext } from '../helpers/testContext';
import { addProgramme, addStakeholder, csvOf, springCalendar } from './helpers';

export interface SeededCase {
  caseId: string;
  instanceIds: string[];
}

export async function seedDecisionCase(
  ctx: TestContext,
  memo: { withSummary?: boolean } = {},
): Promise<SeededCase> {
  const dispatch = createDispatcher(ctx, casesHandlers as unknown as Handlers);
  const call = async <K extends MethodName>(method: K, input: unknown) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as MethodResult<K>;
  };
  const db = ctx.db!;
  if (!db.prepare("SELECT 1 FROM programmes WHERE id = 'prog-1'").get()) addProgramme(db);
  addStakeholder(db, 'st-foretagarna', 'Företagarna Åsälva');
  await call('meetings:import', { fileName: 'plan.csv', contentBase64: csvOf(springCalendar) });
  const kf = (await call('meetings:list', { body: 'kf' })).rows.find(
    (m) => m.date === '2027-06-14',
  )!;
  const created = await call('cases:create', {
    title: 'Näringslivsprogram 2027–2030',
    dnr: 'KS 2027/123',
    programmeId: 'prog-1',
    targetKfMeetingId: kf.id,
    ...(memo.withSummary === false
      ? {}
      : {
          summary:
            'Ett nytt näringslivsprogram har tagits fram i dialog med företagen.\nDet föreslås gälla 2027–2030.',
        }),
    background: 'Det nuvarande programmet löper ut vid årsskiftet.',
    assessment: 'Förvaltningen bedömer att programmet är förenligt med översiktsplanen.',
    sendTo: 'Samtliga nämnder\nNäringslivsenheten',
    signerName: 'Åsa Öberg',
    signerTitle: 'Kommundirektör',
  });
  await call('cases:update', {
    id: created.id,
    consequences: {
      economy: { text: 'Åtgärderna ryms i befintlig budget.' },
      children: { text: '', notAffected: true },
      dialogue: { text: 'Förslaget har varit på remiss.' },
    },
  });
  const sent = { sentDate: '2027-01-28', deadline: '2027-03-11' };
  const a = await call('remiss:create', {
    caseId: created.id,
    name: 'Samhällsbyggnadsnämnden',
    kind: 'nämnd',
    ...sent,
    replyReceivedDate: '2027-03-08',
    replySummary: 'Tillstyrker med synpunkter om mark.',
  });
  const b = await call('remiss:create', {
    caseId: created.id,
    stakeholderId: 'st-foretagarna',
    name: 'Företagarna Åsälva',
    kind: 'organisation',
    ...sent,
    replyReceivedDate: '2027-03-10',
    replySummary: 'Positiva, vill ha snabbare besked.',
  });
  const c = await call('remiss:create', {
    caseId: created.id,
    name: 'Centerpartiet i Åsälva',
    kind: 'parti',
    ...sent,
  });
  await call('remiss:commentSave', {
    instanceId: a.id,
    section: 'Prioriterade fokusområden',
    comment: 'Nämn planberedskapen för verksamhetsmark.',
    position: 'Kommunen instämmer.',
    changeKind: 'andring',
    changeText: 'Ett mål om planlagd mark har lagts till.',
  });
  await call('remiss:commentSave', {
    instanceId: b.id,
    section: '',
    comment: 'En fast kontaktperson för varje företag.',
    position: 'Näringslivsenheten är företagens ingång.',
    changeKind: 'ingen_andring',
    changeText: 'Ryms inte i budgeten.',
  });
  await call('remiss:commentSave', {
    instanceId: b.id,
    section: 'Nulägesanalys',
    comment: 'Analysen saknar handelns siffror.',
  });
  return { caseId: created.id, instanceIds: [a.id, b.id, c.id] };
}
