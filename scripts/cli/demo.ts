// Runs in: Node (the command-line tool). `demo`: the example municipality in a new database.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { generateDemo } from '../../electron/core/demo';
import { parseFlags, oneOf } from './args';
import { UsageError } from './usage';

export const defaultDemoPath = 'demo/exempelkommun.sqlite';

export function runDemo(args: string[]): number {
  const { values } = parseFlags(args, {
    db: { type: 'string' },
    size: { type: 'string' },
    seed: { type: 'string' },
    today: { type: 'string' },
  });
  const size = oneOf(values.size, ['demo', 'small', 'large'] as const, 'size', 'demo');
  let seed: number | undefined;
  if (values.seed !== undefined) {
    if (!/^\d{1,10}$/.test(values.seed)) {
      throw new UsageError(
        `--seed måste vara ett heltal från 0 och uppåt (fick "${values.seed}").`,
      );
    }
    seed = Number(values.seed);
  }
  const path = resolve(values.db ?? defaultDemoPath);
  mkdirSync(dirname(path), { recursive: true });

  const started = performance.now();
  const db = openDatabase(path);
  try {
    const counts = generateDemo(db, { size, seed, today: values.today });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Exempelkommun (${size}) skapad i ${path} på ${seconds} s:`);
    console.log(`  orter:              ${counts.localities}`);
    console.log(`  företag:            ${counts.companies}`);
    console.log(`  aktörer:            ${counts.stakeholders}`);
    console.log(`  företagsbesök:      ${counts.visits}`);
    console.log(`  besöksdeltagare:    ${counts.participants}`);
    console.log(`  hinder:             ${counts.obstacles}`);
  } finally {
    db.close();
  }
  return 0;
}
