// Runs in: Node (the command-line tool): `npm run cli -- <kommando>`, `npm run demo`.
import { runCli } from './cli/run';

process.exitCode = await runCli(process.argv.slice(2));
