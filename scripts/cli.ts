// Runs in: Node (the command-line tool): `npm run cli -- <kommando>`, `npm run demo`.
import { runCli } from './cli/run';

// Piping into `head` closes stdout early; that is not an error of the command.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

process.exitCode = await runCli(process.argv.slice(2));
