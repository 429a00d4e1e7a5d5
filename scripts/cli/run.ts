// Runs in: Node (the command-line tool). Picks the command and turns failures into exit codes.
import { AppFailure } from '../../shared/errors';
import { runBackup } from './backup';
import { runCheck } from './check';
import { runDemo } from './demo';
import { runImport } from './importCompanies';
import { usage, UsageError } from './usage';

/** Runs one command; returns the exit code (0 ok, 1 problem, 2 bad usage). */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'demo':
        return runDemo(args);
      case 'check':
        return runCheck(args);
      case 'backup':
        return await runBackup(args);
      case 'import':
        return await runImport(args);
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
    console.error(`Oväntat fel: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  }
}
