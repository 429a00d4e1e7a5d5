// Runs in: Node (the command-line tool). `import companies`: check a CSV/Excel file, then import it.
import type { Database } from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ImportField } from '../../shared/contract/companies';
import type { ImportReport } from '../../shared/domain/imports';
import { openDatabase } from '../../electron/core/db/connection';
import { schemaVersion } from '../../electron/core/db/migrate';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { checkImport, importCompaniesFile } from '../../electron/core/import/importFile';
import { oneOf, parseFlags, requireFlag } from './args';
import { UsageError } from './usage';

const fieldLabels: Record<ImportField, string> = {
  name: 'Namn',
  orgNumber: 'Organisationsnummer',
  sniCode: 'SNI-kod',
  industry: 'Bransch',
  sizeClass: 'Storleksklass',
  locality: 'Ort',
  address: 'Adress',
  postalCode: 'Postnummer',
  city: 'Postort',
  website: 'Webbplats',
  phone: 'Telefon',
  email: 'E-post',
  notes: 'Anteckningar',
};
const shownErrors = 50;

function printReport(report: ImportReport): void {
  console.log(
    `Rader i filen: ${report.rowCount}, giltiga: ${report.valid}, med fel: ${report.rowCount - report.valid}`,
  );
  console.log(`Redan i registret (samma organisationsnummer): ${report.duplicates}`);
  console.log(
    `Läggs till: ${report.toInsert}, uppdateras: ${report.toUpdate}, hoppas över: ${report.toSkip}`,
  );
  if (report.errors.length === 0) return;
  console.log(`Fel (${report.errors.length}):`);
  for (const e of report.errors.slice(0, shownErrors)) {
    // The import's messages already name the line and column as the officer sees them.
    const where = /^Rad \d+/.test(e.message)
      ? ''
      : `Rad ${e.row}, ${fieldLabels[e.field as ImportField] ?? e.field}: `;
    console.log(`  ${where}${e.message}`);
  }
  if (report.errors.length > shownErrors) {
    console.log(`  … och ${report.errors.length - shownErrors} fel till.`);
  }
}

/** The file is checked against the database read-only; nothing is written until it passes. */
function openForCheck(path: string): Database {
  if (!existsSync(path)) return openDatabase(':memory:');
  const db = openDatabase(path, { readonly: true });
  if (schemaVersion(db) < latestSchemaVersion) {
    db.close();
    throw new UsageError(
      `Databasen ${path} har en äldre schemaversion. Öppna den i appen först, så uppgraderas den (med säkerhetskopia).`,
    );
  }
  return db;
}

export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      db: { type: 'string' },
      duplicates: { type: 'string' },
      'skip-invalid': { type: 'boolean' },
    },
    2,
  );
  const [kind, file] = positionals;
  if (kind !== 'companies') {
    throw new UsageError(
      `Det går bara att importera företag: "import companies <fil>" (fick "${kind ?? ''}").`,
    );
  }
  if (!file)
    throw new UsageError('Ange filen som ska importeras: import companies <fil.csv|fil.xlsx>.');
  const dbPath = resolve(requireFlag(values.db, 'db'));
  const duplicates = oneOf(values.duplicates, ['skip', 'update'] as const, 'duplicates', 'skip');
  const filePath = resolve(file);
  if (!existsSync(filePath)) {
    console.error(`Filen ${filePath} finns inte.`);
    return 1;
  }
  const input = { fileName: basename(filePath), bytes: readFileSync(filePath), duplicates };

  const checkDb = openForCheck(dbPath);
  let report: ImportReport;
  try {
    report = await checkImport(checkDb, input);
  } finally {
    checkDb.close();
  }
  printReport(report);
  if (report.errors.length > 0 && !values['skip-invalid']) {
    console.error(
      'Inget har importerats, eftersom filen har rader med fel. Rätta raderna, eller kör igen med --skip-invalid för att importera de giltiga raderna.',
    );
    return 1;
  }

  const db = openDatabase(dbPath);
  try {
    const { batch } = await importCompaniesFile(db, input);
    console.log(
      `Importerat från ${batch.fileName}: ${batch.inserted} tillagda, ${batch.updated} uppdaterade, ${batch.skipped} överhoppade.`,
    );
  } finally {
    db.close();
  }
  return 0;
}
