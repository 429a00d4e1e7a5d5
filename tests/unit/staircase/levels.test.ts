// Runs in: vitest (Node). The staircase's levels: four defaults, rename, add, reorder, and no
// deleting a level in use (nor the last one), each refusal in Swedish.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeClimateHarness, type ClimateHarness } from './fixtures';

let h: ClimateHarness;
beforeEach(() => {
  h = makeClimateHarness();
});
afterEach(() => h.ctx.cleanup());

describe('staircase levels', () => {
  it('starts with samtal, samsyn, samarbete and samverkan, each described', async () => {
    const levels = await h.call('staircase:levels', {});
    expect(levels.map((l) => l.name)).toEqual(['Samtal', 'Samsyn', 'Samarbete', 'Samverkan']);
    expect(levels.map((l) => l.position)).toEqual([1, 2, 3, 4]);
    for (const l of levels) expect(l.description.length).toBeGreaterThan(20);
  });

  it('renames, adds at the top and reorders', async () => {
    const [first] = await h.call('staircase:levels', {});
    await h.call('staircase:updateLevel', {
      id: first!.id,
      name: 'Kännedom',
      description: 'Vi vet vem den andra är.',
    });
    const added = await h.call('staircase:addLevel', { name: 'Partnerskap' });
    expect(added.map((l) => l.name)).toEqual([
      'Kännedom',
      'Samsyn',
      'Samarbete',
      'Samverkan',
      'Partnerskap',
    ]);
    const reversed = [...added].reverse().map((l) => l.id);
    const after = await h.call('staircase:reorderLevels', { ids: reversed });
    expect(after[0]!.name).toBe('Partnerskap');
    expect(after.map((l) => l.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a duplicate name, an empty name and a reorder that leaves a level out', async () => {
    const dup = await h.fail('staircase:addLevel', { name: 'samsyn' });
    expect(dup.code).toBe('VALIDATION');
    expect(dup.message).toContain('Det finns redan ett trappsteg');
    const blank = await h.fail('staircase:addLevel', { name: '  ' });
    expect(blank.fields?.name).toBe('Skriv ett namn på trappsteget');
    const levels = await h.call('staircase:levels', {});
    const partial = await h.fail('staircase:reorderLevels', {
      ids: levels.slice(1).map((l) => l.id),
    });
    expect(partial.code).toBe('CONFLICT');
    expect((await h.call('staircase:levels', {})).map((l) => l.id)).toEqual(
      levels.map((l) => l.id),
    );
  });

  it('deletes an unused level and closes the gap, but not one in use', async () => {
    const levels = await h.call('staircase:levels', {});
    await h.call('staircase:assess', {
      stakeholderId: 'st-anna',
      levelId: levels[1]!.id,
      date: '2026-01-01',
    });
    const inUse = await h.fail('staircase:deleteLevel', { id: levels[1]!.id });
    expect(inUse.code).toBe('CONFLICT');
    expect(inUse.message).toBe(
      'Trappsteget ”Samsyn” används i en bedömning och kan inte tas bort, eftersom historiken då skulle tappa sin betydelse. Byt namn på det i stället.',
    );
    const left = await h.call('staircase:deleteLevel', { id: levels[0]!.id });
    expect(left.map((l) => [l.name, l.position])).toEqual([
      ['Samsyn', 1],
      ['Samarbete', 2],
      ['Samverkan', 3],
    ]);
    expect(left[0]!.usedBy).toBe(1);
  });

  it('keeps at least one level', async () => {
    const levels = await h.call('staircase:levels', {});
    for (const l of levels.slice(1)) await h.call('staircase:deleteLevel', { id: l.id });
    const last = await h.fail('staircase:deleteLevel', { id: levels[0]!.id });
    expect(last.message).toBe('Trappan måste ha minst ett trappsteg.');
  });
});
