// Runs in: vitest (Node). Checks on communication and follow-up: the plan, audiences, channels,
// briefings, results told, reports upward, follow-ups due and lessons without a link.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHealthHarness, type HealthHarness } from './fixtures';

let h: HealthHarness;
beforeEach(() => {
  h = makeHealthHarness();
});
afterEach(() => h.ctx.cleanup());

const planItem = (id: string, channel: string, audiences = '["companies"]', extra = '') =>
  h.run(
    `INSERT INTO communication_plan_items (id, programme_id, message, audiences, channel, status,
       created_at, updated_at) VALUES (?, 'prog', ?, ?, ?, ${extra || "'planned'"}, 'x', 'x')`,
    id,
    `Insats ${id}`,
    audiences,
    channel,
  );
const logEntry = (
  id: string,
  date: string,
  channel: string,
  upward = 0,
  source: [string | null, string | null] = [null, null],
) =>
  h.run(
    `INSERT INTO communication_log (id, programme_id, date, channel, what, upward, source_kind,
       source_id, created_at, updated_at) VALUES (?, 'prog', ?, ?, 'Berättade', ?, ?, ?, 'x', 'x')`,
    id,
    date,
    channel,
    upward,
    ...source,
  );
const briefing = (id: string, date: string, body: string) =>
  h.run(
    `INSERT INTO politician_briefings (id, programme_id, date, body, created_at, updated_at)
     VALUES (?, 'prog', ?, ?, 'x', 'x')`,
    id,
    date,
    body,
  );

describe('communication checks', () => {
  it('no-communication-plan and missing-audience read the live, not cancelled items', () => {
    expect(h.check('no-communication-plan').status).toBe('attention');
    planItem('p1', 'web', '[]', "'cancelled'");
    expect(h.check('no-communication-plan').status).toBe('attention');
    planItem('p2', 'web', '[]');
    planItem('p3', 'press');
    expect(h.check('no-communication-plan').detail?.sv).toBe('2 insatser i planen.');
    expect(h.check('missing-audience').items.map((i) => i.label.sv)).toEqual(['Insats p2']);
  });

  it("narrow-channels wants three channels across the plan and this year's log", () => {
    expect(h.check('narrow-channels').status).toBe('not-applicable');
    planItem('p1', 'web');
    logEntry('l1', '2026-02-01', 'press');
    logEntry('l2', '2025-02-01', 'social');
    const narrow = h.check('narrow-channels');
    expect(narrow.status).toBe('attention');
    expect(narrow.detail?.sv).toBe('Kanaler: Webb, Pressmeddelande.');
    logEntry('l3', '2026-03-01', 'breakfast');
    expect(h.check('narrow-channels').status).toBe('ok');
  });

  it('briefing-overdue: nothing logged, then a body past its 90 days', () => {
    expect(h.check('briefing-overdue').items[0]!.label.sv).toMatch(/Ingen dragning/);
    briefing('b1', '2026-01-10', 'KSAU');
    briefing('b2', '2026-05-20', 'KS');
    expect(h.check('briefing-overdue').items.map((i) => i.label.sv)).toEqual([
      'KSAU: senast 2026-01-10',
    ]);
    briefing('b3', '2026-06-01', 'ksau');
    expect(h.check('briefing-overdue').status).toBe('ok');
  });

  it('results-untold lists recent finished actions nothing has told about', () => {
    h.action('a1', 'Praktikmässan hölls', {
      status: 'done',
      last_update_at: '2026-05-01T08:00:00Z',
    });
    h.action('a2', 'Gammalt resultat', { status: 'done', last_update_at: '2024-01-01T08:00:00Z' });
    h.action('a3', 'Pågår', { status: 'in_progress' });
    expect(h.check('results-untold').items).toEqual([
      {
        label: { sv: 'Aktivitet: Praktikmässan hölls', en: 'Action: Praktikmässan hölls' },
        route: ['actions', 'a1'],
      },
    ]);
    logEntry('l1', '2026-05-02', 'web', 0, ['action', 'a1']);
    expect(h.check('results-untold').status).toBe('ok');
  });

  it('upward-overdue: an upward log entry or a briefing within 120 days', () => {
    expect(h.check('upward-overdue').items[0]!.label.sv).toMatch(/Ingen lägesrapport/);
    logEntry('l1', '2026-01-15', 'email', 1);
    expect(h.check('upward-overdue').items[0]!.label.sv).toBe('Senaste lägesrapport: 2026-01-15');
    briefing('b1', '2026-04-01', 'KS');
    expect(h.check('upward-overdue').status).toBe('ok');
    expect(h.check('upward-overdue', '2026-08-01').status).toBe('attention');
  });
});

describe('follow-up checks', () => {
  it('follow-up-due lists ended quarters without a closed follow-up', () => {
    // The programme starts 2026 with the default quarterly cadence: Q1 ended before TODAY.
    const found = h.check('follow-up-due');
    expect(found.status).toBe('attention');
    expect(found.items[0]!.label.sv).toMatch(/2026/);
    h.run(
      `INSERT INTO follow_ups (id, programme_id, period_key, cadence, period_start, period_end,
         status, snapshot_at, closed_at, created_at, updated_at)
       VALUES ('f1', 'prog', '2026-K1', 'quarterly', '2026-01-01', '2026-03-31', 'closed', 'x', 'x', 'x', 'x')`,
    );
    expect(h.check('follow-up-due').status).toBe('ok');
    expect(h.check('follow-up-due', '2026-07-20').status).toBe('attention');
  });

  it('lessons-unlinked lists lessons with neither goal nor action', () => {
    h.run(
      `INSERT INTO follow_ups (id, programme_id, period_key, cadence, period_start, period_end,
         snapshot_at, created_at, updated_at)
       VALUES ('f1', 'prog', '2026-K1', 'quarterly', '2026-01-01', '2026-03-31', 'x', 'x', 'x')`,
    );
    h.action('a1', 'Mässa');
    const lesson = (id: string, text: string, actionId: string | null) =>
      h.run(
        `INSERT INTO follow_up_lessons (id, follow_up_id, text, action_id, created_at, updated_at)
         VALUES (?, 'f1', ?, ?, 'x', 'x')`,
        id,
        text,
        actionId,
      );
    lesson('l1', 'Fler kom när vi bjöd på frukost', null);
    lesson('l2', 'Mässan behöver en lokal tidigare', 'a1');
    expect(h.check('lessons-unlinked').items.map((i) => i.label.sv)).toEqual([
      'Fler kom när vi bjöd på frukost',
    ]);
  });
});
