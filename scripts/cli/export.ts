// Runs in: Node (tsx), from `npm run cli -- export …`. Writes a Word document from a database file
// without the app: for checks, for batch runs and for looking at a document while developing.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { exportRequest } from '../../shared/contract/export';
import { exportDocuments } from '../../shared/domain/export';
import { AppFailure } from '../../shared/errors';
import { createBackup } from '../../electron/core/backups';
import { openDatabase } from '../../electron/core/db/connection';
import { pendingMigrations } from '../../electron/core/db/migrate';
import { latestCaseId } from '../../electron/core/cases/queries';
import { exportDocument } from '../../electron/core/export/service';
import { assertTemplateUsable } from '../../electron/core/export/template';

export const exportUsage = `Användning / usage:
  npm run cli -- export <dokument> --db <fil.sqlite> --out <fil.docx>
      [--period <från>..<till>] [--internal] [--draft] [--template <mall.docx>]
      [--dnr "KS 2027/123"] [--date <ÅÅÅÅ-MM-DD>]
      [--case <ärende-id>] [--programme <program-id>] [--stage remiss|ksau|ks|kf]

  dokument: ${exportDocuments.join(', ')}
  --period   t.ex. 2027-01-01..2027-12-31 (utelämnad: innevarande år)
  --internal intern kopia: konfidentiella anteckningar tas med och varje sida märks INTERN KOPIA
  --draft    utkast: varje sida märks UTKAST och tomma avsnitt visar "[att fylla i: …]"
  --template fyll i denna Word-mall i stället för standardutseendet
  --date     dokumentets datum (utelämnad: i dag)
  --case     ärendet för tjansteskrivelse och remissammanstallning (utelämnat: det senast
             ändrade ärendet, för --programme om det anges)
  --stage    steget tjänsteskrivelsen skrivs för: remiss, ksau (standard), ks eller kf
  --programme programmet för handlingsplan, uppfoljning och politikerbrief (utelämnat: det
             aktuella programmet)`;

interface ParsedArgs {
  document: string;
  db: string;
  out: string;
  from?: string;
  to?: string;
  internal: boolean;
  draft: boolean;
  template?: string;
  dnr: string;
  date?: string;
  caseId?: string;
  programmeId?: string;
  stage?: string;
}

class UsageError extends Error {}

/** Documents written for a case (ärende): without --case, the latest case is used. */
const CASE_DOCUMENTS = new Set<string>(['tjansteskrivelse', 'remissammanstallning']);

const stringFlag = (value: string | true | undefined) =>
  typeof value === 'string' ? value : undefined;

function parseArgs(args: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const valued = new Set([
    '--db',
    '--out',
    '--period',
    '--template',
    '--dnr',
    '--date',
    '--case',
    '--programme',
    '--stage',
  ]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      if (valued.has(name)) {
        const value = inline ?? args[++i];
        if (value === undefined || value.startsWith('--'))
          throw new UsageError(`${name} behöver ett värde.`);
        flags.set(name, value);
      } else if (name === '--internal' || name === '--draft') flags.set(name, true);
      else throw new UsageError(`Okänd flagga ${name}.`);
    } else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError('Ange exakt ett dokument.');
  const db = flags.get('--db');
  const out = flags.get('--out');
  if (typeof db !== 'string') throw new UsageError('--db saknas.');
  if (typeof out !== 'string') throw new UsageError('--out saknas.');
  let from: string | undefined;
  let to: string | undefined;
  const period = flags.get('--period');
  if (typeof period === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(period);
    if (!m || (!m[1] && !m[2]))
      throw new UsageError('--period skrivs <från>..<till>, t.ex. 2027-01-01..2027-12-31.');
    from = m[1];
    to = m[2];
  }
  const template = flags.get('--template');
  const dnr = flags.get('--dnr');
  const date = flags.get('--date');
  return {
    document: positional[0]!,
    db,
    out,
    from,
    to,
    internal: flags.get('--internal') === true,
    draft: flags.get('--draft') === true,
    template: typeof template === 'string' ? template : undefined,
    dnr: typeof dnr === 'string' ? dnr : '',
    date: typeof date === 'string' ? date : undefined,
    caseId: stringFlag(flags.get('--case')),
    programmeId: stringFlag(flags.get('--programme')),
    stage: stringFlag(flags.get('--stage')),
  };
}

/** As the app does: an existing database that needs migrating is backed up first. */
async function openForExport(path: string) {
  const probe = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > 0 && pendingMigrations(probe).length > 0) {
      const backup = await createBackup(probe, join(dirname(path), 'backups'), 'migration');
      console.log(`Säkerhetskopia före uppgradering: ${backup.path}`);
    }
  } finally {
    probe.close();
  }
  return openDatabase(path);
}

/** `export <document> …`; returns the process exit code (0 ok, 1 failed, 2 wrong usage). */
export async function runExportCommand(args: string[]): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n\n${exportUsage}`);
    return 2;
  }
  const dbPath = resolve(parsed.db);
  if (!existsSync(dbPath)) {
    console.error(`Databasfilen finns inte: ${dbPath}`);
    return 1;
  }
  const request = exportRequest.safeParse({
    document: parsed.document,
    from: parsed.from,
    to: parsed.to,
    internal: parsed.internal,
    draft: parsed.draft,
    useTemplate: parsed.template !== undefined,
    dnr: parsed.dnr,
    caseId: parsed.caseId,
    programmeId: parsed.programmeId,
    stage: parsed.stage,
  });
  if (!request.success) {
    const lines = request.error.issues.map(
      (i) => `  ${i.path.join('.') || 'indata'}: ${i.message}`,
    );
    console.error(`Ogiltiga uppgifter:\n${lines.join('\n')}\n\n${exportUsage}`);
    return 2;
  }
  if (parsed.date && !/^\d{4}-\d{2}-\d{2}$/.test(parsed.date)) {
    console.error('--date skrivs ÅÅÅÅ-MM-DD.');
    return 2;
  }

  let db: BetterSqlite3.Database | null = null;
  try {
    db = await openForExport(dbPath);
    let template: Uint8Array | undefined;
    if (parsed.template) {
      template = new Uint8Array(readFileSync(resolve(parsed.template)));
      const report = await assertTemplateUsable(template);
      for (const note of report.notes) console.log(`Mall: ${note}`);
    }
    const data = { ...request.data };
    if (CASE_DOCUMENTS.has(data.document) && !data.caseId) {
      data.caseId = latestCaseId(db, parsed.programmeId) ?? undefined;
      if (!data.caseId) {
        console.error(
          'Det finns inget ärende att skriva dokumentet för. Lägg upp ett under Ärenden.',
        );
        return 1;
      }
    }
    const result = await exportDocument(db, data, parsed.date, template);
    const out = resolve(parsed.out);
    writeFileSync(out, result.buffer);
    console.log(`Skrev ${out} (${result.fileName}), exportlogg ${result.exportId}.`);
    if (result.missing.length > 0) console.log(`Saknar underlag: ${result.missing.join(', ')}.`);
    return 0;
  } catch (err) {
    if (err instanceof AppFailure) {
      console.error(err.detail?.sv ?? err.message);
      return 1;
    }
    throw err;
  } finally {
    db?.close();
  }
}
