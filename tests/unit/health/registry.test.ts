// Runs in: vitest (Node). Every health check of the catalogue has an evaluator, the report orders
// attention first, and checks over data of modules not in the database say so without crashing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { healthEvaluators } from '../../../electron/core/health/registry';
import { CHECK_FAILED, healthReport } from '../../../electron/core/health/report';
import type { Evaluator } from '../../../electron/core/health/types';
import { healthChecks } from '../../../shared/process';
import { makeHealthHarness, TODAY, type HealthHarness } from './fixtures';

let h: HealthHarness;
beforeEach(() => {
  h = makeHealthHarness();
});
afterEach(() => h.ctx.cleanup());

/** The tables of migrations 009–014 the checks read, children before parents. */
const laterTables = [
  'focus_area_steering_documents',
  'steering_documents',
  'work_group_members',
  'process_meeting_participants',
  'process_meeting_items',
  'process_meetings',
  'work_groups',
  'staircase_assessments',
  'communication_log',
  'politician_briefing_participants',
  'politician_briefings',
  'communication_plan_items',
  'follow_up_lessons',
  'follow_up_checkins',
  'follow_up_action_judgements',
  'follow_up_goal_judgements',
  'follow_up_participants',
  'follow_ups',
  'follow_up_settings',
  'programme_texts',
];

const dependsOnLaterTables = [
  'working-group-gaps',
  'meetings-vs-results',
  'staircase-unset',
  'policy-unchecked',
  'no-communication-plan',
  'missing-audience',
  'narrow-channels',
  'briefing-overdue',
  'results-untold',
  'upward-overdue',
  'follow-up-due',
  'lessons-unlinked',
  'unclear-text',
];

describe('health check registry', () => {
  it('has exactly one evaluator for every check in the catalogue', () => {
    const declared = healthChecks.map((c) => c.id).sort();
    expect(Object.keys(healthEvaluators).sort()).toEqual(declared);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('runs every check on an empty programme, attention first, then ok, then not applicable', () => {
    const report = healthReport(h.ctx.db!, h.programmeId, TODAY);
    expect(report.checks).toHaveLength(healthChecks.length);
    const rank = { attention: 0, ok: 1, 'not-applicable': 2 } as const;
    const ranks = report.checks.map((c) => rank[c.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(report.attention).toBe(report.checks.filter((c) => c.status === 'attention').length);
    for (const c of report.checks) {
      expect(c.items.length).toBeLessThanOrEqual(20);
      expect(c.count).toBeGreaterThanOrEqual(c.items.length);
      expect(c.stepTitle.sv).not.toBe(c.stepId);
      for (const item of c.items) {
        expect(item.label.sv, c.id).not.toBe('');
        expect(item.label.en, c.id).not.toBe('');
      }
    }
    // An empty programme lacks an owner: the check points to the step where it is fixed.
    const owner = report.checks.find((c) => c.id === 'owner-missing')!;
    expect(owner.status).toBe('attention');
    expect(owner.stepId).toBe('owner-and-mandate');
  });

  it('says "not recorded yet" when the tables of a later module are missing', () => {
    const db = h.ctx.db!;
    db.pragma('foreign_keys = OFF');
    for (const table of laterTables) db.exec(`DROP TABLE IF EXISTS ${table}`);
    db.pragma('foreign_keys = ON');
    const report = healthReport(db, h.programmeId, TODAY);
    for (const id of dependsOnLaterTables) {
      const check = report.checks.find((c) => c.id === id)!;
      expect(check.status, id).toBe('not-applicable');
      expect(check.detail?.sv, id).toMatch(/registreras inte i den här databasen ännu/);
      expect(check.detail?.en, id).toMatch(/not recorded in this database yet/);
    }
  });

  it('can run only the checks of one step', () => {
    const report = healthReport(h.ctx.db!, h.programmeId, TODAY, (c) => c.stepId === 'goals');
    expect(report.checks.map((c) => c.id).sort()).toEqual(
      healthChecks
        .filter((c) => c.stepId === 'goals')
        .map((c) => c.id)
        .sort(),
    );
  });

  it('keeps the report when one check fails, and says so on that check', () => {
    const evaluators = healthEvaluators as Record<string, Evaluator>;
    const original = evaluators['owner-missing']!;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    evaluators['owner-missing'] = () => {
      throw new Error('broken');
    };
    try {
      const report = healthReport(h.ctx.db!, h.programmeId, TODAY);
      expect(report.checks).toHaveLength(healthChecks.length);
      const failed = report.checks.find((c) => c.id === 'owner-missing')!;
      expect(failed.status).toBe('not-applicable');
      expect(failed.detail).toEqual(CHECK_FAILED);
      expect(report.checks.filter((c) => c.detail === CHECK_FAILED)).toHaveLength(1);
    } finally {
      evaluators['owner-missing'] = original;
      quiet.mockRestore();
    }
  });
});
