// Runs in: vitest (Node). Analysis texts: saved per kind with the time, sources attached, edited
// and trashed, and the focus areas' own nuläge/önskat läge beside the programme's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreFromTrash } from '../../../electron/core/trash/queries';
import { makeAnalysisHarness, type AnalysisHarness } from './harness';

let h: AnalysisHarness;
beforeEach(() => {
  h = makeAnalysisHarness();
});
afterEach(() => h.ctx.cleanup());

describe('analysis texts', () => {
  it('starts with every kind empty and the focus areas beside', async () => {
    const all = await h.call('analysisTexts:get', { programmeId: h.programmeId });
    expect(all.texts.map((t) => [t.kind, t.id, t.updatedAt])).toEqual([
      ['external', null, null],
      ['current', null, null],
      ['other', null, null],
      ['state_now', null, null],
      ['state_wanted', null, null],
    ]);
    expect(all.focusAreas.find((a) => a.id === h.areas.competence)).toMatchObject({
      currentState: 'Svårt att rekrytera',
      desiredState: 'Företagen hittar folk',
    });
  });

  it('saves a text, keeps one per kind, and stamps the time', async () => {
    const first = await h.call('analysisTexts:save', {
      programmeId: h.programmeId,
      kind: 'external',
      body: 'Regionen växer.',
    });
    const second = await h.call('analysisTexts:save', {
      programmeId: h.programmeId,
      kind: 'external',
      title: 'Omvärld',
      body: 'Regionen växer i centrum.',
    });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ title: 'Omvärld', body: 'Regionen växer i centrum.' });
    expect(second.updatedAt).not.toBeNull();
    await h.call('analysisTexts:save', {
      programmeId: h.programmeId,
      kind: 'state_now',
      body: 'Få jobb',
    });
    const all = await h.call('analysisTexts:get', { programmeId: h.programmeId });
    expect(all.texts.filter((t) => t.id !== null).map((t) => t.kind)).toEqual([
      'external',
      'state_now',
    ]);
  });

  it('attaches sources, edits them, trashes and restores one', async () => {
    const source = await h.call('analysisTexts:addSource', {
      programmeId: h.programmeId,
      kind: 'current',
      title: 'Företagsklimat',
      publisher: 'Svenskt Näringsliv',
      year: 2025,
      reference: 'https://www.foretagsklimat.se',
    });
    const edited = await h.call('analysisTexts:updateSource', {
      id: source.id,
      title: 'Företagsklimat 2025',
      publisher: 'Svenskt Näringsliv',
      year: 2025,
      note: 'Betyg på service',
    });
    expect(edited).toMatchObject({
      title: 'Företagsklimat 2025',
      note: 'Betyg på service',
      reference: '',
    });
    await h.call('analysisTexts:deleteSource', { id: source.id });
    let current = (await h.call('analysisTexts:get', { programmeId: h.programmeId })).texts[1]!;
    expect(current.sources).toEqual([]);
    restoreFromTrash(h.ctx.db!, 'analysisSource', source.id);
    current = (await h.call('analysisTexts:get', { programmeId: h.programmeId })).texts[1]!;
    expect(current.sources.map((s) => s.title)).toEqual(['Företagsklimat 2025']);
  });

  it('refuses a source without a title and a year out of range', async () => {
    const err = await h.fail('analysisTexts:addSource', {
      programmeId: h.programmeId,
      kind: 'external',
      title: '',
      year: 1800,
    });
    expect(err.fields).toMatchObject({
      title: 'Skriv källans titel',
      year: 'Ange ett år från 1900 och framåt',
    });
  });
});
