// Runs in: vitest (Node). Recording stage outcomes: the case moves on with bifall, goes back to
// preparation with återremiss (the reason kept), and KF's bifall adopts the linked programme.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/domain/cases';
import { addProgramme, makeHarness, type CasesHarness } from './helpers';

let h: CasesHarness;
let caseId: string;
beforeEach(async () => {
  h = makeHarness();
  addProgramme(h.db);
  const created = await h.call('cases:create', {
    title: 'Näringslivsprogram 2027–2030',
    dnr: 'KS 2027/123',
    programmeId: 'prog-1',
  });
  caseId = created.id;
});
afterEach(() => h.ctx.cleanup());

const stateOf = (c: CaseDetail) => Object.fromEntries(c.track.map((s) => [s.body, s.state]));

describe('stages and outcomes', () => {
  it('moves the case along the track with bifall and adopts the programme at KF', async () => {
    let c = await h.call('cases:stageSave', {
      caseId,
      body: 'ksau',
      meetingDate: '2027-04-12',
      submittedDate: '2027-03-25',
    });
    expect(c.status).toBe('ksau');
    expect(stateOf(c).ksau).toBe('current');

    c = await h.call('cases:stageSave', {
      id: c.stages[0]!.id,
      caseId,
      body: 'ksau',
      meetingDate: '2027-04-12',
      submittedDate: '2027-03-25',
      paragraph: '45',
      decisionText:
        'Arbetsutskottet föreslår kommunstyrelsen att föreslå fullmäktige att anta programmet.',
      outcome: 'bifall',
    });
    expect(c.stages).toHaveLength(1);
    expect(c.status).toBe('ks');
    expect(stateOf(c)).toMatchObject({ ksau: 'done', ks: 'not_started' });

    c = await h.call('cases:stageSave', {
      caseId,
      body: 'ks',
      meetingDate: '2027-05-17',
      paragraph: '88',
      outcome: 'bifall',
    });
    expect(c.status).toBe('kf');

    c = await h.call('cases:stageSave', {
      caseId,
      body: 'kf',
      meetingDate: '2027-06-14',
      paragraph: '54',
      outcome: 'bifall',
      protocolRef: 'Protokollsutdrag KF 2027-06-14 § 54',
    });
    expect(c.status).toBe('adopted');
    expect(stateOf(c)).toMatchObject({ ksau: 'done', ks: 'done', kf: 'done', adopted: 'done' });
    expect(c.programmeAdoption).toEqual({
      date: '2027-06-14',
      paragraph: '54',
      dnr: 'KS 2027/123',
    });
    const programme = h.db
      .prepare(
        'SELECT status, adopted_date, adopted_paragraph, adopted_dnr FROM programmes WHERE id = ?',
      )
      .get('prog-1');
    expect(programme).toEqual({
      status: 'adopted',
      adopted_date: '2027-06-14',
      adopted_paragraph: '54',
      adopted_dnr: 'KS 2027/123',
    });

    // Undoing the KF decision (a wrong click) takes the programme back to a draft.
    const kfStage = c.stages.at(-1)!;
    c = await h.call('cases:stageDelete', { id: kfStage.id });
    expect(c.status).toBe('kf');
    expect(
      h.db.prepare('SELECT status, adopted_date FROM programmes WHERE id = ?').get('prog-1'),
    ).toEqual({
      status: 'draft',
      adopted_date: null,
    });
    c = await h.call('cases:stageRestore', { id: kfStage.id });
    expect(c.status).toBe('adopted');
  });

  it('returns the case to preparation on återremiss, keeps the reason, and starts a new round', async () => {
    await h.call('cases:stageSave', {
      caseId,
      body: 'ksau',
      meetingDate: '2027-04-12',
      outcome: 'bifall',
      paragraph: '45',
    });
    const refused = await h.raw('cases:stageSave', {
      caseId,
      body: 'ks',
      meetingDate: '2027-05-17',
      outcome: 'aterremiss',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { outcomeReason: 'Skriv skälet till återremissen.' } },
    });

    let c = await h.call('cases:stageSave', {
      caseId,
      body: 'ks',
      meetingDate: '2027-05-17',
      paragraph: '88',
      outcome: 'aterremiss',
      outcomeReason: 'Konsekvenserna för de mindre orterna ska beskrivas tydligare.',
    });
    expect(c.status).toBe('preparation');
    expect(c.stages.at(-1)).toMatchObject({
      body: 'ks',
      outcome: 'aterremiss',
      outcomeReason: 'Konsekvenserna för de mindre orterna ska beskrivas tydligare.',
    });
    // KSAU must handle it again; KS shows where it was sent back.
    expect(stateOf(c)).toMatchObject({ ksau: 'not_started', ks: 'returned', kf: 'not_started' });

    c = await h.call('cases:stageSave', {
      caseId,
      body: 'ksau',
      meetingDate: '2027-08-16',
      outcome: 'bifall',
    });
    expect(c.status).toBe('ks');
    expect(stateOf(c)).toMatchObject({ ksau: 'done', ks: 'returned' });
    c = await h.call('cases:stageSave', {
      caseId,
      body: 'ks',
      meetingDate: '2027-08-23',
      outcome: 'bifall',
    });
    expect(stateOf(c)).toMatchObject({ ksau: 'done', ks: 'done' });
    // The history keeps every handling, the återremiss included.
    expect(c.stages.map((s) => `${s.body}:${s.outcome}`)).toEqual([
      'ksau:bifall',
      'ks:aterremiss',
      'ksau:bifall',
      'ks:bifall',
    ]);
  });

  it('counts an earlier KSAU decision as done when the case goes straight back to KS', async () => {
    await h.call('cases:stageSave', {
      caseId,
      body: 'ksau',
      meetingDate: '2027-04-12',
      outcome: 'bifall',
    });
    let c = await h.call('cases:stageSave', {
      caseId,
      body: 'ks',
      meetingDate: '2027-05-17',
      outcome: 'aterremiss',
      outcomeReason: 'Mer om de mindre orterna.',
    });
    expect(stateOf(c).ksau).toBe('not_started');
    c = await h.call('cases:stageSave', {
      caseId,
      body: 'ks',
      meetingDate: '2027-06-21',
      outcome: 'bifall',
    });
    expect(stateOf(c)).toMatchObject({ ksau: 'done', ks: 'done', kf: 'not_started' });
    expect(c.status).toBe('kf');
  });

  it('keeps the case at the body on bordläggning and closes it on avslag', async () => {
    let c = await h.call('cases:stageSave', {
      caseId,
      body: 'ks',
      meetingDate: '2027-05-17',
      outcome: 'bordlaggning',
    });
    expect(c.status).toBe('ks');
    expect(stateOf(c).ks).toBe('postponed');
    c = await h.call('cases:stageSave', {
      caseId,
      body: 'kf',
      meetingDate: '2027-06-14',
      outcome: 'avslag',
    });
    expect(c.status).toBe('closed');
    expect(stateOf(c).kf).toBe('rejected');
    expect(h.db.prepare('SELECT status FROM programmes WHERE id = ?').pluck().get('prog-1')).toBe(
      'draft',
    );
  });

  it('asks for the meeting date of a decision and takes it from the calendar', async () => {
    const noDate = await h.raw('cases:stageSave', { caseId, body: 'kf', outcome: 'bifall' });
    expect(noDate).toMatchObject({
      ok: false,
      error: { fields: { meetingDate: 'Ange sammanträdets datum.' } },
    });
    const meeting = await h.call('meetings:create', { body: 'kf', date: '2027-06-14' });
    const wrongBody = await h.raw('cases:stageSave', {
      caseId,
      body: 'ks',
      meetingId: meeting.id,
      outcome: 'bifall',
    });
    expect(wrongBody).toMatchObject({
      ok: false,
      error: { fields: { meetingId: expect.any(String) } },
    });
    const c = await h.call('cases:stageSave', {
      caseId,
      body: 'kf',
      meetingId: meeting.id,
      outcome: 'bifall',
      paragraph: '§ 54',
    });
    expect(c.stages[0]!.meetingDate).toBe('2027-06-14');
    expect(c.status).toBe('adopted');
  });

  it('does not adopt the programme for a follow-up case', async () => {
    const followUp = await h.call('cases:create', {
      title: 'Uppföljning 2028',
      kind: 'follow_up',
      programmeId: 'prog-1',
    });
    const c = await h.call('cases:stageSave', {
      caseId: followUp.id,
      body: 'kf',
      meetingDate: '2028-06-12',
      outcome: 'bifall',
    });
    expect(c.status).toBe('adopted');
    expect(h.db.prepare('SELECT status FROM programmes WHERE id = ?').pluck().get('prog-1')).toBe(
      'draft',
    );
  });
});
