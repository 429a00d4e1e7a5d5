// Runs in: vitest (Node). The wizard's step state: status rules (a reason for "ej aktuell"),
// unknown steps and items, checklist ticks, progress and skipped steps per phase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processSteps } from '../../../shared/process';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { makeApi } from './fixtures';

let ctx: TestContext;
let api: ReturnType<typeof makeApi>;
let programmeId: string;

beforeEach(async () => {
  ctx = makeTestContext();
  api = makeApi(ctx);
  programmeId = (
    await api.call('programmes:create', { name: 'P', periodStart: '2027', periodEnd: '2030' })
  ).id;
});
afterEach(() => ctx.cleanup());

describe('process state', () => {
  it('lists every catalogue step as not started for a new programme', async () => {
    const state = await api.call('process:get', { programmeId });
    expect(state.steps.map((s) => s.stepId)).toEqual(processSteps.map((s) => s.id));
    expect(state.steps.every((s) => s.status === 'not_started' && s.updatedAt === null)).toBe(true);
    expect(state.progress[0]).toMatchObject({ phase: 'mandate', done: 0, skipped: 0 });
    expect(state.progress.reduce((n, p) => n + p.total, 0)).toBe(processSteps.length);
  });

  it('saves status, notes and due date, and keeps what is not sent', async () => {
    await api.call('process:setStep', {
      programmeId,
      stepId: 'owner-and-mandate',
      status: 'in_progress',
      notes: 'Väntar på KS protokoll.',
      dueDate: '2026-05-01',
    });
    const done = await api.call('process:setStep', {
      programmeId,
      stepId: 'owner-and-mandate',
      status: 'done',
    });
    expect(done).toMatchObject({
      status: 'done',
      notes: 'Väntar på KS protokoll.',
      dueDate: '2026-05-01',
    });
    const cleared = await api.call('process:setStep', {
      programmeId,
      stepId: 'owner-and-mandate',
      dueDate: null,
    });
    expect(cleared).toMatchObject({ status: 'done', dueDate: null });
  });

  it('requires a reason for "ej aktuell", in Swedish on the reason field, and drops it later', async () => {
    const err = await api.fail('process:setStep', {
      programmeId,
      stepId: 'digital-tools',
      status: 'not_relevant',
      reason: '   ',
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.reason).toBe('Skriv kort varför steget inte är aktuellt för er.');
    expect(
      (await api.call('process:get', { programmeId })).steps.find(
        (s) => s.stepId === 'digital-tools',
      )?.status,
    ).toBe('not_started');

    const saved = await api.call('process:setStep', {
      programmeId,
      stepId: 'digital-tools',
      status: 'not_relevant',
      reason: ' Vi använder kommunens befintliga kanaler. ',
    });
    expect(saved).toMatchObject({
      status: 'not_relevant',
      notRelevantReason: 'Vi använder kommunens befintliga kanaler.',
    });
    // Saving notes alone keeps the decision and its reason.
    const noted = await api.call('process:setStep', {
      programmeId,
      stepId: 'digital-tools',
      notes: 'Beslutat i arbetsgruppen.',
    });
    expect(noted.notRelevantReason).toBe('Vi använder kommunens befintliga kanaler.');
    const reopened = await api.call('process:setStep', {
      programmeId,
      stepId: 'digital-tools',
      status: 'in_progress',
    });
    expect(reopened).toMatchObject({ status: 'in_progress', notRelevantReason: '' });
  });

  it('answers VALIDATION for an unknown step or item and NOT_FOUND for an unknown programme', async () => {
    const step = await api.fail('process:setStep', {
      programmeId,
      stepId: 'no-such-step',
      status: 'done',
    });
    expect(step.code).toBe('VALIDATION');
    expect(step.fields?.stepId).toMatch(/finns inte/);
    const item = await api.fail('process:tick', {
      programmeId,
      stepId: 'owner-and-mandate',
      itemId: 'no-such-item',
      done: true,
    });
    expect(item.code).toBe('VALIDATION');
    expect(item.fields?.itemId).toMatch(/finns inte/);
    const tickStep = await api.fail('process:tick', {
      programmeId,
      stepId: 'nope',
      itemId: 'political-owner',
      done: true,
    });
    expect(tickStep.code).toBe('VALIDATION');
    const status = await api.fail('process:setStep', {
      programmeId,
      stepId: 'owner-and-mandate',
      status: 'finished' as 'done',
    });
    expect(status.code).toBe('VALIDATION');
    expect((await api.fail('process:get', { programmeId: 'nope' })).code).toBe('NOT_FOUND');
    expect(
      (
        await api.fail('process:setStep', {
          programmeId: 'nope',
          stepId: 'owner-and-mandate',
          status: 'done',
        })
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('ticks and unticks checklist items; the first tick starts the step', async () => {
    const ticked = await api.call('process:tick', {
      programmeId,
      stepId: 'owner-and-mandate',
      itemId: 'political-owner',
      done: true,
    });
    expect(Object.keys(ticked.ticked)).toEqual(['political-owner']);
    expect(ticked.status).toBe('in_progress');
    const firstAt = ticked.ticked['political-owner'];

    // Ticking again keeps the first time it was ticked.
    const again = await api.call('process:tick', {
      programmeId,
      stepId: 'owner-and-mandate',
      itemId: 'political-owner',
      done: true,
    });
    expect(again.ticked['political-owner']).toBe(firstAt);

    await api.call('process:setStep', { programmeId, stepId: 'owner-and-mandate', status: 'done' });
    const unticked = await api.call('process:tick', {
      programmeId,
      stepId: 'owner-and-mandate',
      itemId: 'political-owner',
      done: false,
    });
    expect(unticked.ticked).toEqual({});
    expect(unticked.status).toBe('done');

    // Ticks belong to one programme.
    const other = await api.call('programmes:create', {
      name: 'Q',
      periodStart: '2031',
      periodEnd: '2034',
    });
    await api.call('process:tick', {
      programmeId: other.id,
      stepId: 'owner-and-mandate',
      itemId: 'commission-text',
      done: true,
    });
    const mine = (await api.call('process:get', { programmeId })).steps[0]!;
    expect(mine.ticked).toEqual({});
  });

  it('shows skipped steps once later work has started', async () => {
    await api.call('process:setStep', { programmeId, stepId: 'owner-and-mandate', status: 'done' });
    await api.call('process:setStep', {
      programmeId,
      stepId: 'process-leader',
      status: 'not_relevant',
      reason: 'Vi har en processledare sedan förra programmet.',
    });
    await api.call('process:setStep', { programmeId, stepId: 'statistics', status: 'in_progress' });
    const { progress } = await api.call('process:get', { programmeId });
    const mandate = progress.find((p) => p.phase === 'mandate')!;
    expect(mandate).toMatchObject({ done: 1, notRelevant: 1 });
    expect(mandate.skippedStepIds).toContain('purpose-and-why');
    expect(mandate.skippedStepIds).not.toContain('process-leader');
    const analysis = progress.find((p) => p.phase === 'analysis')!;
    expect(analysis.skippedStepIds).toEqual(['steering-documents', 'external-analysis']);
    expect(progress.find((p) => p.phase === 'dialogue')!.skipped).toBe(0);
  });
});
