// Runs in: vitest (Node). `npm run cli -- export besoksrapport --db … --out …`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listExports } from '../../../electron/core/export/log';
import { runExportCommand } from '../../../scripts/cli/export';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { docxParts, headerXml, visibleText } from './docxXml';
import { sampleVisits, seedSettings, seedVisits } from './seed';
import { goodTemplate } from './templates';

let ctx: TestContext;
let errors: string[];
beforeEach(() => {
  ctx = makeTestContext();
  seedSettings(ctx.db!);
  seedVisits(ctx.db!, sampleVisits);
  errors = [];
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.join(' '));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  ctx.cleanup();
});

describe('cli export', () => {
  it('writes the besöksrapport for a period as an internal copy and logs it', async () => {
    const out = join(ctx.dataDir, 'rapport.docx');
    const code = await runExportCommand([
      'besoksrapport',
      '--db',
      ctx.databasePath,
      '--out',
      out,
      '--period',
      '2027-01-01..2027-12-31',
      '--internal',
      '--date=2027-05-02',
    ]);
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    const parts = await docxParts(readFileSync(out));
    expect(headerXml(parts)).toContain('INTERN KOPIA');
    expect(visibleText(parts)).toContain('HEMLIG ANTECKNING');
    const log = listExports(ctx.db!, { offset: 0, limit: 5 });
    expect(log.rows[0]!.options).toMatchObject({
      from: '2027-01-01',
      to: '2027-12-31',
      internal: true,
      date: '2027-05-02',
    });
  });

  it('fills a template file given on the command line', async () => {
    const template = join(ctx.dataDir, 'mall.docx');
    writeFileSync(template, await goodTemplate());
    const out = join(ctx.dataDir, 'mall-rapport.docx');
    const code = await runExportCommand([
      'besoksrapport',
      '--db',
      ctx.databasePath,
      '--out',
      out,
      '--template',
      template,
    ]);
    expect(code).toBe(0);
    expect(visibleText(await docxParts(readFileSync(out)))).toContain('Slut på mallen.');
  });

  it('explains wrong usage and a missing database', async () => {
    expect(await runExportCommand(['besoksrapport', '--db', ctx.databasePath])).toBe(2);
    expect(errors.join('\n')).toContain('--out saknas');
    expect(await runExportCommand(['okänd', '--db', ctx.databasePath, '--out', 'x.docx'])).toBe(2);
    expect(
      await runExportCommand([
        'besoksrapport',
        '--db',
        ctx.databasePath,
        '--out',
        'x.docx',
        '--period',
        '2027',
      ]),
    ).toBe(2);
    const missing = join(ctx.dataDir, 'finns-inte.sqlite');
    expect(await runExportCommand(['besoksrapport', '--db', missing, '--out', 'x.docx'])).toBe(1);
    expect(existsSync(missing)).toBe(false);
  });
});
