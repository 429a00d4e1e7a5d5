// Runs in: vitest (Node). The committed import fixtures (tests/fixtures/import, see generate.ts there).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', '..', 'fixtures', 'import');

export const fixture = (name: string): Buffer => readFileSync(join(dir, name));
export const fixtureBase64 = (name: string): string => fixture(name).toString('base64');
