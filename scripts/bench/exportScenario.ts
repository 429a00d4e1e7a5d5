// Runs in: Node (benchmark). #4: export the programme and the action plan (.docx) of a programme
// with 8 focus areas, 300 goals and 2 000 actions on the `large` data set, in a child process so
// its peak memory is measured alone; the baseline is the docx library writing the same content.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { EXPORT_PROGRAMME_ID, exportDatabasePath } from './exportData';
import type { Row } from './measure';

interface ChildResult {
  documents: string[];
  figure: number;
  baseline: number;
  maxRssMb: number;
  bytes: number;
  tables: number;
}

export async function exportScenario(largePath: string, dir?: string): Promise<Row[]> {
  const path = await exportDatabasePath(largePath, dir);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./exportChild.ts', import.meta.url)),
      path,
      EXPORT_PROGRAMME_ID,
      '2027-01-01',
      '2030-12-31',
    ],
    { maxBuffer: 4 * 1024 * 1024, timeout: 600_000 },
  );
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult;
  const names = result.documents
    .map((d) => (d === 'program' ? 'programmet' : 'handlingsplanen'))
    .join(' + ');
  const note = result.documents.includes('program')
    ? `${result.tables} tabeller, ${(result.bytes / 1e6).toFixed(1)} MB .docx`
    : `programdokumentet finns ännu inte: mäter bara handlingsplanen; ${result.tables} tabeller`;
  return [
    {
      id: '4',
      scenario: `Exportera ${names} (.docx), 8 fokusområden, 300 mål, 2 000 aktiviteter`,
      figure: result.figure,
      unit: 'ms',
      target: '≤ 3 s',
      baseline: result.baseline,
      targetRatio: '≤ 1,5',
      note,
      pass: result.figure <= 3000 && result.figure / result.baseline <= 1.5,
    },
    {
      id: '4b',
      scenario: 'Exportens högsta minnesanvändning (maxRSS i en egen process)',
      figure: result.maxRssMb,
      unit: 'MB',
      target: '≤ 400 MB',
      baseline: null,
      targetRatio: '–',
      pass: result.maxRssMb <= 400,
    },
  ];
}
