// Runs in: Node (the command-line tool). Picks the command and turns failures into exit codes.
import { AppFailure } from '../../shared/errors';
import { usage, UsageError } from './usage';

// Commands load on demand: the import pulls in the spreadsheet libraries, which `help` and
// `check` do not need.

/** Runs one command; returns the exit code (0 ok, 1 problem, 2 bad usage). */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'demo':
        return (await import('./demo')).runDemo(args);
      case 'check':
        return (await import('./check')).runCheck(args);
      case 'backup':
        return await (await import('./backup')).runBackup(args);
      case 'import':
        return await (await import('./importCompanies')).runImport(args);
      case 'export':
        return await (await import('./export')).runExportCommand(args);
      case 'help':
      case '--help':
      case '-h':
        console.log(usage);
        return 0;
      case undefined:
        console.error(usage);
        return 2;
      default:
        throw new UsageError(`Okänt kommando: ${command}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n`);
      console.error(usage);
      return 2;
    }
    if (err instanceof AppFailure) {
      console.error(err.message);
      return 1;
    }
    console.error(
      `Oväntat fel: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    return 1;
  }
}
