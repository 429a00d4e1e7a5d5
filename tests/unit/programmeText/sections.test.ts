// Runs in: vitest (Node). The programme text over the contract: one plan per document section,
// texts saved and read back, the why kept on the programme, sections left out with a reason,
// the first-page metadata, and the state each section is in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectProgramme } from '../../../electron/core/programmes/queries';
import { sectionPlans, writableSectionIds } from '../../../shared/domain/programmeText';
import { documentSections } from '../../../shared/process/documentSections';
import { makeProgrammeTextHarness, type ProgrammeTextHarness } from './fixtures';

let h: ProgrammeTextHarness;
beforeEach(() => {
  h = makeProgrammeTextHarness();
});
afterEach(() => h.ctx.cleanup());

const section = async (id: string) =>
  (await h.call('programmeText:get', { programmeId: h.programmeId })).sections.find(
    (s) => s.id === id,
  )!;

describe('programme text', () => {
  it('has one plan per document section, in print order', () => {
    expect(sectionPlans.map((p) => p.id)).toEqual(documentSections.map((s) => s.id));
    expect(writableSectionIds).toContain('background');
    expect(writableSectionIds).not.toContain('focus-areas');
  });

  it('lists every section with its state: data sections count their records', async () => {
    const view = await h.call('programmeText:get', { programmeId: h.programmeId });
    expect(view.sections.map((s) => s.id)).toEqual(documentSections.map((s) => s.id));
    expect(view.lastSavedAt).toBeNull();
    const byId = new Map(view.sections.map((s) => [s.id, s]));
    expect(byId.get('background')).toMatchObject({ state: 'empty', dataCount: null, text: '' });
    expect(byId.get('why')).toMatchObject({
      state: 'written',
      text: 'Företagen behöver personal.',
    });
    expect(byId.get('focus-areas')).toMatchObject({ state: 'data', dataCount: 2 });
    expect(byId.get('goals')!.dataCount).toBe(2);
    // Six live actions (the dropped one is not counted); four people/organisations.
    expect(byId.get('concrete-steps')!.dataCount).toBe(6);
    expect(byId.get('roles')!.dataCount).toBe(3);
    expect(byId.get('sustainability')!.dataCount).toBe(1);
    expect(byId.get('brand')).toMatchObject({ state: 'data', dataCount: 1 });
    expect(byId.get('regional')).toMatchObject({ state: 'empty' });
  });

  it('saves a text, keeps line breaks and Swedish characters, and records when', async () => {
    const text = 'Åre, Öjebyn och Ängelholm.\nNy rad.\n\nNytt stycke.';
    const view = await h.call('programmeText:save', {
      programmeId: h.programmeId,
      sectionId: 'regional',
      text,
    });
    const saved = view.sections.find((s) => s.id === 'regional')!;
    expect(saved).toMatchObject({ text, state: 'written' });
    expect(saved.updatedAt).not.toBeNull();
    expect(view.lastSavedAt).toBe(saved.updatedAt);
  });

  it('keeps the why on the programme itself', async () => {
    await h.call('programmeText:save', {
      programmeId: h.programmeId,
      sectionId: 'why',
      text: 'Nytt varför.',
    });
    expect(selectProgramme(h.ctx.db!, h.programmeId)!.whyText).toBe('Nytt varför.');
    expect((await section('why')).text).toBe('Nytt varför.');
  });

  it('refuses text for a data-built or unknown section, in Swedish', async () => {
    const err = await h.fail('programmeText:save', {
      programmeId: h.programmeId,
      sectionId: 'focus-areas',
      text: 'x',
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/underlaget/);
    expect(
      (
        await h.fail('programmeText:save', {
          programmeId: h.programmeId,
          sectionId: 'nope',
          text: '',
        })
      ).code,
    ).toBe('VALIDATION');
    expect((await h.fail('programmeText:get', { programmeId: 'missing' })).code).toBe('NOT_FOUND');
  });

  it('leaves a section out only with a reason, and takes it back in', async () => {
    const err = await h.fail('programmeText:leaveOut', {
      programmeId: h.programmeId,
      sectionId: 'brand',
      leftOut: true,
      reason: '  ',
    });
    expect(err.fields?.reason).toMatch(/varför/);
    await h.call('programmeText:leaveOut', {
      programmeId: h.programmeId,
      sectionId: 'brand',
      leftOut: true,
      reason: 'Varumärket har ett eget program.',
    });
    expect(await section('brand')).toMatchObject({
      state: 'left-out',
      leftOut: true,
      leftOutReason: 'Varumärket har ett eget program.',
    });
    await h.call('programmeText:leaveOut', {
      programmeId: h.programmeId,
      sectionId: 'brand',
      leftOut: false,
    });
    expect(await section('brand')).toMatchObject({ state: 'data', leftOutReason: '' });
  });

  it('keeps a text when the section is left out and back in', async () => {
    const base = { programmeId: h.programmeId, sectionId: 'regional' };
    await h.call('programmeText:save', { ...base, text: 'Vi samarbetar med regionen.' });
    await h.call('programmeText:leaveOut', { ...base, leftOut: true, reason: 'Inte i år.' });
    await h.call('programmeText:leaveOut', { ...base, leftOut: false });
    expect((await section('regional')).text).toBe('Vi samarbetar med regionen.');
  });

  it('stores who revises and who follows up the programme', async () => {
    const view = await h.call('programmeText:setMeta', {
      programmeId: h.programmeId,
      revisedBy: ' Kommunstyrelsen ',
      followedUpBy: 'Näringslivsenheten',
    });
    expect(view.meta).toMatchObject({
      revisedBy: 'Kommunstyrelsen',
      followedUpBy: 'Näringslivsenheten',
    });
    expect(view.lastSavedAt).toBe(view.meta.updatedAt);
  });
});
