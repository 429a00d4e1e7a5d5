// Runs in: vitest (Node). The shared goal picture: text per programme, endorsements with people
// from the register or typed names, editing, deleting, Swedish refusals and the GDPR erase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purgeFromTrash } from '../../../electron/core/trash/purge';
import { makeClimateHarness, type ClimateHarness } from '../staircase/fixtures';

let h: ClimateHarness;
beforeEach(() => {
  h = makeClimateHarness();
});
afterEach(() => h.ctx.cleanup());

describe('goal picture', () => {
  it('is empty at first, then keeps the text', async () => {
    const empty = await h.call('goalPicture:get', { programmeId: 'prog' });
    expect(empty).toEqual({ programmeId: 'prog', text: '', updatedAt: null, endorsements: [] });
    await h.call('goalPicture:saveText', { programmeId: 'prog', text: 'Ett första utkast.' });
    const saved = await h.call('goalPicture:saveText', {
      programmeId: 'prog',
      text: 'År 2030 är det enkelt att driva företag här.',
    });
    expect(saved.text).toBe('År 2030 är det enkelt att driva företag här.');
    expect(saved.updatedAt).not.toBeNull();
  });

  it('records endorsements in date order with linked and typed names, and edits them', async () => {
    h.run("UPDATE stakeholders SET name = 'Anna Öberg-Lind' WHERE id = 'st-anna'");
    await h.call('goalPicture:saveEndorsement', {
      programmeId: 'prog',
      occasion: 'Referensgruppens möte',
      date: '2026-03-10',
      endorsers: [{ name: 'Kommunstyrelsens arbetsutskott' }],
    });
    const picture = await h.call('goalPicture:saveEndorsement', {
      programmeId: 'prog',
      occasion: 'Workshop med företagare',
      date: '2026-02-20',
      note: 'Trettio deltagare.',
      endorsers: [
        { stakeholderId: 'st-anna', name: 'Anna' },
        { name: 'Företagarna Exempelkommun' },
      ],
    });
    expect(picture.endorsements.map((e) => e.occasion)).toEqual([
      'Workshop med företagare',
      'Referensgruppens möte',
    ]);
    expect(picture.endorsements[0]!.endorsers).toEqual([
      { stakeholderId: 'st-anna', name: 'Anna Öberg-Lind' },
      { stakeholderId: null, name: 'Företagarna Exempelkommun' },
    ]);
    const first = picture.endorsements[0]!;
    const edited = await h.call('goalPicture:saveEndorsement', {
      programmeId: 'prog',
      id: first.id,
      occasion: first.occasion,
      date: first.date,
      note: first.note,
      endorsers: [{ name: 'Företagarna Exempelkommun' }],
    });
    expect(edited.endorsements[0]!.endorsers).toHaveLength(1);
    const left = await h.call('goalPicture:deleteEndorsement', { id: first.id });
    expect(left.endorsements.map((e) => e.occasion)).toEqual(['Referensgruppens möte']);
  });

  it('refuses missing occasion, a bad date, an unknown person and an unknown programme', async () => {
    const blank = await h.fail('goalPicture:saveEndorsement', {
      programmeId: 'prog',
      occasion: ' ',
      date: '2026-13-01',
    });
    expect(blank.fields?.occasion).toBe('Skriv vilket möte, vilken workshop eller grupp det var');
    expect(blank.fields?.date).toBe('Datumet finns inte');
    const gone = await h.fail('goalPicture:saveEndorsement', {
      programmeId: 'prog',
      occasion: 'Workshop',
      date: '2026-02-20',
      endorsers: [{ stakeholderId: 'st-nobody', name: 'X' }],
    });
    expect(gone.fields?.['endorsers.0.stakeholderId']).toBe(
      'Personen finns inte i aktörsregistret.',
    );
    const noProgramme = await h.fail('goalPicture:get', { programmeId: 'nope' });
    expect(noProgramme.code).toBe('NOT_FOUND');
    expect((await h.call('goalPicture:get', { programmeId: 'prog' })).endorsements).toEqual([]);
  });

  it('replaces an erased person’s name but keeps the occasion', async () => {
    await h.call('goalPicture:saveEndorsement', {
      programmeId: 'prog',
      occasion: 'Workshop',
      date: '2026-02-20',
      endorsers: [{ stakeholderId: 'st-bo', name: 'Bo Ek' }],
    });
    h.run("UPDATE stakeholders SET deleted_at = '2026-03-01' WHERE id = 'st-bo'");
    purgeFromTrash(h.ctx.db!, 'stakeholder', 'st-bo');
    const after = await h.call('goalPicture:get', { programmeId: 'prog' });
    expect(after.endorsements[0]!.endorsers).toEqual([
      { stakeholderId: null, name: 'Borttagen person' },
    ]);
  });
});
