// Runs in: vitest (Node). The example decision track: deterministic, consistent with its calendar,
// and the CLI writes both documents from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateCasesDemo } from '../../../electron/core/cases/demo';
import { getCase } from '../../../electron/core/cases/service';
import { listExports } from '../../../electron/core/export/log';
import { runExportCommand } from '../../../scripts/cli/export';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { docxParts, visibleText } from '../export/docxXml';
import { addProgramme } from './helpers';

const TODAY = '2026-11-02';
let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
  const db = ctx.db!;
  addProgramme(db, 'prog-old', 'Näringslivsprogram 2023–2026');
  addProgramme(db, 'prog-new', 'Näringslivsprogram 2027–2030');
  db.prepare("UPDATE programmes SET status = 'adopted' WHERE id = 'prog-old'").run();
  db.prepare("UPDATE programmes SET is_current = 1 WHERE id = 'prog-new'").run();
});
afterEach(() => {
  vi.restoreAllMocks();
  ctx.cleanup();
});

describe('example decision track', () => {
  it('writes a calendar, an adopted case with a remiss round and a planned revision', () => {
    const counts = generateCasesDemo(ctx.db!, TODAY);
    expect(counts).toMatchObject({ cases: 2, stages: 4, instances: 10, comments: 4 });
    expect(counts.meetings).toBeGreaterThan(60);
    const rows = ctx
      .db!.prepare('SELECT id, status, programme_id AS p FROM cases ORDER BY dnr')
      .all() as {
      id: string;
      status: string;
      p: string;
    }[];
    const adopted = rows.find((r) => r.status === 'adopted')!;
    const open = rows.find((r) => r.status === 'preparation')!;
    expect(adopted.p).toBe('prog-old');
    expect(open.p).toBe('prog-new');
    const plan = getCase(ctx.db!, open.id, TODAY).plan!;
    expect(plan.reachable).toBe(true);
    expect(plan.warnings).toEqual([]);
    expect(getCase(ctx.db!, adopted.id, TODAY).track.every((s) => s.state === 'done')).toBe(true);
    expect(
      ctx
        .db!.prepare("SELECT adopted_paragraph FROM programmes WHERE id = 'prog-old'")
        .pluck()
        .get(),
    ).toBe('38');
  });

  it('is the same on every run', () => {
    generateCasesDemo(ctx.db!, TODAY);
    const first = ctx.db!.prepare('SELECT * FROM remiss_instances ORDER BY id').all();
    const other = makeTestContext();
    try {
      addProgramme(other.db!, 'prog-old', 'Näringslivsprogram 2023–2026');
      addProgramme(other.db!, 'prog-new', 'Näringslivsprogram 2027–2030');
      other.db!.prepare("UPDATE programmes SET status = 'adopted' WHERE id = 'prog-old'").run();
      other.db!.prepare("UPDATE programmes SET is_current = 1 WHERE id = 'prog-new'").run();
      generateCasesDemo(other.db!, TODAY);
      expect(other.db!.prepare('SELECT * FROM remiss_instances ORDER BY id').all()).toEqual(first);
    } finally {
      other.cleanup();
    }
  });

  it('exports the tjänsteskrivelse for a stage and the remissammanställning from the CLI', async () => {
    generateCasesDemo(ctx.db!, TODAY);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.join(' '));
    });
    const out = join(ctx.dataDir, 'ts.docx');
    const code = await runExportCommand([
      'tjansteskrivelse',
      '--db',
      ctx.databasePath,
      '--out',
      out,
      '--stage',
      'ks',
      '--programme',
      'prog-new',
      '--date',
      TODAY,
    ]);
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(visibleText(await docxParts(readFileSync(out)))).toContain(
      'Kommunstyrelsen föreslår kommunfullmäktige att anta Näringslivsprogram 2027–2030.',
    );
    const caseId = ctx
      .db!.prepare("SELECT id FROM cases WHERE programme_id = 'prog-old'")
      .pluck()
      .get() as string;
    const out2 = join(ctx.dataDir, 'rs.docx');
    expect(
      await runExportCommand([
        'remissammanstallning',
        '--db',
        ctx.databasePath,
        '--out',
        out2,
        '--case',
        caseId,
      ]),
    ).toBe(0);
    expect(visibleText(await docxParts(readFileSync(out2)))).toContain(
      'Remissinstanser som inte har svarat',
    );
    const log = listExports(ctx.db!, { offset: 0, limit: 5 }).rows;
    expect(log.map((r) => [r.document, r.stage])).toEqual([
      ['remissammanstallning', null],
      ['tjansteskrivelse', 'ks'],
    ]);
    expect(
      await runExportCommand([
        'tjansteskrivelse',
        '--db',
        ctx.databasePath,
        '--out',
        out,
        '--stage',
        'xx',
      ]),
    ).toBe(2);
  });
});
