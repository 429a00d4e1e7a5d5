// Runs in: vitest (Node). The pure rules of the action plan: complete only with who, what, when,
// how and why (I13); stalled after N days without an update (I16); status requirements (F25, I35).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isStalled,
  missingParts,
  stalledCutoff,
  statusProblems,
  type ActionStatus,
} from '../../../shared/domain/actions';

const complete = {
  what: 'Praktikmässa',
  why: 'Eleverna ska träffa företagen.',
  how: 'En eftermiddag i sporthallen.',
  responsibleName: 'Studie- och yrkesvägledaren',
  responsibleStakeholderId: null,
  startDate: null,
  dueDate: '2026-10-15',
  kind: 'project' as const,
  annualMonth: null,
};

describe('completeness', () => {
  it('is complete with who, what, when, how and why', () => {
    expect(missingParts(complete)).toEqual([]);
  });

  it('names what is missing in the order who, what, when, how, why', () => {
    expect(
      missingParts({ ...complete, responsibleName: ' ', dueDate: null, how: '', why: '' }),
    ).toEqual(['who', 'when', 'how', 'why']);
    expect(missingParts({ ...complete, what: '' })).toEqual(['what']);
  });

  it('counts a linked stakeholder as who and a month in the yearly schedule as when', () => {
    expect(
      missingParts({ ...complete, responsibleName: '', responsibleStakeholderId: 'st' }),
    ).toEqual([]);
    expect(missingParts({ ...complete, dueDate: null, kind: 'annual', annualMonth: 10 })).toEqual(
      [],
    );
    // A month means nothing for a one-off project.
    expect(missingParts({ ...complete, dueDate: null, annualMonth: 10 })).toEqual(['when']);
    expect(missingParts({ ...complete, dueDate: null, startDate: '2026-02-01' })).toEqual([]);
  });
});

describe('stalled actions', () => {
  const today = '2026-03-15';
  it('is stalled from the 60th day without an update while planned or in progress', () => {
    expect(isStalled({ status: 'planned', lastUpdateAt: '2026-01-14T23:00:00Z' }, today, 60)).toBe(
      true,
    );
    expect(
      isStalled({ status: 'in_progress', lastUpdateAt: '2026-01-15T06:00:00Z' }, today, 60),
    ).toBe(false);
  });

  it('never counts done, paused or dropped actions as stalled', () => {
    for (const status of ['done', 'paused', 'dropped'] as ActionStatus[]) {
      expect(isStalled({ status, lastUpdateAt: '2020-01-01T00:00:00Z' }, today, 60)).toBe(false);
    }
  });

  it('agrees with the SQL cutoff for any date and limit', () => {
    const base = Date.parse('2026-03-15T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 1, max: 400 }),
        (ago, days) => {
          const last = new Date(base - ago * 86_400_000 + 3_600_000).toISOString();
          const bySql = last < stalledCutoff(today, days);
          expect(isStalled({ status: 'planned', lastUpdateAt: last }, today, days)).toBe(bySql);
          expect(bySql).toBe(ago >= days);
        },
      ),
    );
  });
});

describe('status requirements', () => {
  const base = { droppedReason: '', experiment: false, learningNote: '' };
  it('asks for a reason when an action is dropped', () => {
    expect(statusProblems({ ...base, status: 'dropped' })).toHaveProperty('droppedReason');
    expect(
      statusProblems({ ...base, status: 'dropped', droppedReason: 'Ingen efterfrågan.' }),
    ).toEqual({});
  });

  it('asks for a learning note when an experiment ends, not before', () => {
    const experiment = { ...base, experiment: true };
    expect(statusProblems({ ...experiment, status: 'done' })).toHaveProperty('learningNote');
    expect(
      statusProblems({ ...experiment, status: 'dropped', droppedReason: 'För dyrt.' }),
    ).toHaveProperty('learningNote');
    expect(statusProblems({ ...experiment, status: 'in_progress' })).toEqual({});
    expect(
      statusProblems({ ...experiment, status: 'done', learningNote: 'Det fungerade.' }),
    ).toEqual({});
    expect(statusProblems({ ...base, status: 'done' })).toEqual({});
  });
});
