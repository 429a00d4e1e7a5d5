// Runs in: vitest (Node). The example municipality's programme text: texts for the writable
// sections, the first-page metadata and a few confirmed roles; the same on a second run; and a
// clarity mark to show.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo/generate';
import { unclearTextCount } from '../../../electron/core/programmeText/clarity';
import { generateProgrammeTextDemo } from '../../../electron/core/programmeText/demo';
import { getProgrammeText } from '../../../electron/core/programmeText/service';
import { rolesTable } from '../../../electron/core/programmeText/roles';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { makeTestContext, type TestContext } from '../helpers/testContext';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

describe('programme text demo', () => {
  it('writes the texts, the metadata and confirmed roles for the current programme', () => {
    const db = ctx.db!;
    generateDemo(db, { size: 'demo', today: '2026-11-20' });
    const programmeId = currentProgrammeId(db)!;
    const view = getProgrammeText(db, programmeId);
    const empty = view.sections.filter((s) => s.state === 'empty').map((s) => s.id);
    expect(empty).toEqual([]);
    expect(view.meta.revisedBy).toMatch(/Kommunstyrelsen/);
    expect(view.meta.followedUpBy).not.toBe('');
    const roles = rolesTable(db, programmeId);
    const confirmed = roles.rows.filter((r) => r.confirmedDate);
    expect(confirmed.length).toBe(4);
    expect(confirmed.every((r) => r.confirmedDate! <= '2026-11-20')).toBe(true);
    expect(roles.split.municipality).toBeGreaterThan(0);
    expect(roles.split.other).toBeGreaterThan(0);
    // The demo shows the clarity check at work.
    expect(unclearTextCount(db, programmeId)).toBeGreaterThan(0);
  }, 120_000);

  it('gives the same rows on a second run for the same day', () => {
    const db = ctx.db!;
    generateDemo(db, { size: 'demo', today: '2026-11-20' });
    const programmeId = currentProgrammeId(db)!;
    const snapshot = () =>
      JSON.stringify([
        db.prepare('SELECT * FROM programme_texts ORDER BY section_id').all(),
        db.prepare('SELECT * FROM programme_document_meta').all(),
        db.prepare('SELECT * FROM programme_role_confirmations ORDER BY role_key').all(),
      ]);
    const first = snapshot();
    generateProgrammeTextDemo(db, programmeId, '2026-11-20');
    expect(snapshot()).toBe(first);
    expect(() => generateProgrammeTextDemo(db, programmeId, '2026-02-30x')).toThrow(/ÅÅÅÅ-MM-DD/);
  }, 120_000);
});
