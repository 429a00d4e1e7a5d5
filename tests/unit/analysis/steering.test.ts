// Runs in: vitest (Node). Steering documents: register, links from focus areas both ways, the
// policy check with its unchecked count and conflict rule, and the trash.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeFromTrash } from '../../../electron/core/trash/purge';
import { restoreFromTrash } from '../../../electron/core/trash/queries';
import { makeAnalysisHarness, type AnalysisHarness } from './harness';

let h: AnalysisHarness;
beforeEach(() => {
  h = makeAnalysisHarness();
});
afterEach(() => h.ctx.cleanup());

const doc = (title: string, kind: 'vision' | 'policy' | 'comprehensive_plan' = 'policy') =>
  h.call('steering:create', {
    programmeId: h.programmeId,
    title,
    kind,
    owner: 'Kommunfullmäktige',
  });

describe('steering documents', () => {
  it('registers documents and refuses a validity ending before adoption', async () => {
    await doc('Upphandlingspolicy');
    await doc('Vision 2035', 'vision');
    const register = await h.call('steering:list', { programmeId: h.programmeId });
    expect(register.documents.map((d) => d.title)).toEqual(['Vision 2035', 'Upphandlingspolicy']);
    const err = await h.fail('steering:create', {
      programmeId: h.programmeId,
      title: 'ÖP',
      adoptedDate: '2020-05-01',
      validUntil: '2019-12-31',
    });
    expect(err.fields?.validUntil).toBe('Giltig till kan inte vara före beslutsdatum');
  });

  it('links focus areas and shows the links on the document', async () => {
    const vision = await doc('Vision 2035', 'vision');
    const plan = await doc('Översiktsplan', 'comprehensive_plan');
    const before = await h.call('steering:forFocusArea', { focusAreaId: h.areas.land });
    expect(before.linked).toEqual([]);
    expect(before.available.map((d) => d.title)).toEqual(['Vision 2035', 'Översiktsplan']);
    const after = await h.call('steering:link', {
      focusAreaId: h.areas.land,
      documentId: plan.id,
      note: 'Mark för industri',
    });
    expect(after.linked).toEqual([
      {
        id: plan.id,
        title: 'Översiktsplan',
        kind: 'comprehensive_plan',
        note: 'Mark för industri',
      },
    ]);
    expect(after.available.map((d) => d.id)).toEqual([vision.id]);
    await h.call('steering:link', { focusAreaId: h.areas.competence, documentId: plan.id });
    const register = await h.call('steering:list', { programmeId: h.programmeId });
    const shown = register.documents.find((d) => d.id === plan.id)!;
    expect(shown.focusAreas.map((a) => a.focusAreaName).sort()).toEqual([
      'Kompetensförsörjning',
      'Mark och lokaler',
    ]);
    const unlinked = await h.call('steering:unlink', {
      focusAreaId: h.areas.land,
      documentId: plan.id,
    });
    expect(unlinked.linked).toEqual([]);
  });

  it('refuses a link to a focus area of another programme', async () => {
    const vision = await doc('Vision 2035', 'vision');
    const err = await h.fail('steering:link', {
      focusAreaId: h.areas.otherProgramme,
      documentId: vision.id,
    });
    expect(err.message).toBe('Styrdokumentet hör till ett annat program än fokusområdet.');
  });
});

describe('policy check', () => {
  it('counts unchecked documents and conflicts, and needs a note for a conflict', async () => {
    const a = await doc('Upphandlingspolicy');
    const b = await doc('Översiktsplan', 'comprehensive_plan');
    await doc('Vision 2035', 'vision');
    const checked = await h.call('steering:check', {
      id: a.id,
      checked: true,
      checkedDate: '2026-02-01',
    });
    expect(checked).toMatchObject({ checked: true, checkedDate: '2026-02-01', conflict: false });
    const noNote = await h.fail('steering:check', { id: b.id, checked: true, conflict: true });
    expect(noNote.fields?.conflictNote).toBe('Skriv vad i programmet som krockar med dokumentet.');
    await h.call('steering:check', {
      id: b.id,
      checked: true,
      conflict: true,
      conflictNote: 'Norrängen är grönområde i ÖP',
    });
    const register = await h.call('steering:list', { programmeId: h.programmeId });
    expect(register.summary).toEqual({ total: 3, checked: 2, unchecked: 1, conflicts: 1 });
    const today = new Date().toISOString().slice(0, 10);
    expect(register.documents.find((d) => d.id === b.id)?.checkedDate).toBe(today);
    const undone = await h.call('steering:check', { id: a.id, checked: false });
    expect(undone.checkedDate).toBeNull();
  });
});

describe('trash', () => {
  it('deletes to the trash, restores with its links, and erases for good', async () => {
    const plan = await doc('Översiktsplan', 'comprehensive_plan');
    await h.call('steering:link', { focusAreaId: h.areas.land, documentId: plan.id });
    await h.call('steering:delete', { id: plan.id });
    expect((await h.call('steering:list', { programmeId: h.programmeId })).documents).toEqual([]);
    expect((await h.call('steering:forFocusArea', { focusAreaId: h.areas.land })).linked).toEqual(
      [],
    );
    const db = h.ctx.db!;
    restoreFromTrash(db, 'steeringDocument', plan.id);
    const back = await h.call('steering:forFocusArea', { focusAreaId: h.areas.land });
    expect(back.linked.map((d) => d.id)).toEqual([plan.id]);
    await h.call('steering:delete', { id: plan.id });
    purgeFromTrash(db, 'steeringDocument', plan.id);
    const n = db.prepare('SELECT count(*) AS n FROM focus_area_steering_documents').get() as {
      n: number;
    };
    expect(n.n).toBe(0);
  });
});
