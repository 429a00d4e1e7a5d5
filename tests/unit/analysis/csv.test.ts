// Runs in: vitest (Node). Reading Kolada and SCB exports: layouts, separators, decimal comma,
// BOM, Windows-1252, missing values and broken files with line numbers.
import { describe, expect, it } from 'vitest';
import { parseArea, readStatFile } from '../../../electron/core/analysis/statRecords';
import { parseStatNumber } from '../../../shared/domain/statistics';
import { AppFailure } from '../../../shared/errors';
import { koladaCsv, scbCsv, win1252 } from './harness';

const read = (text: string, name = 'export.csv') => readStatFile(name, Buffer.from(text, 'utf8'));

function failureOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppFailure) return err.message;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('numbers', () => {
  it('reads Swedish and English numbers and refuses text', () => {
    expect(parseStatNumber('1 234,5')).toBe(1234.5);
    expect(parseStatNumber('1\u00a0234')).toBe(1234);
    expect(parseStatNumber('80,4')).toBe(80.4);
    expect(parseStatNumber('80.4')).toBe(80.4);
    expect(parseStatNumber('1.234,5')).toBe(1234.5);
    expect(parseStatNumber('−3,2')).toBe(-3.2);
    expect(parseStatNumber('abc')).toBeNull();
    expect(parseStatNumber('1,2,3')).toBeNull();
  });

  it('splits region cells into code and name and knows Riket', () => {
    expect(parseArea(['2380 Östersund'])).toEqual({ code: '2380', name: 'Östersund' });
    expect(parseArea(['00 Riket'])).toEqual({ code: '0000', name: 'Riket' });
    expect(parseArea(['180', 'Stockholm'])).toEqual({ code: '0180', name: 'Stockholm' });
  });
});

describe('Kolada layout', () => {
  it('keeps the totals, skips gender rows and missing values with reasons', () => {
    const file = read(koladaCsv);
    expect(file.layout).toBe('kolada');
    expect(file.delimiter).toBe(',');
    expect(file.records.map((r) => [r.area.code, r.year, r.value])).toEqual([
      ['2380', 2021, 64200],
      ['2380', 2022, 64605],
      ['0000', 2021, 10452326],
      ['0000', 2022, 10521556],
    ]);
    expect(file.records[0]).toMatchObject({ kpiId: 'N01951', key: 'kolada:N01951' });
    expect(file.skipped).toEqual([
      { line: 4, reason: 'Värde saknas för N01951 2023.' },
      { line: 5, reason: 'Värdet gäller bara kvinnor; bara totalen (T) importeras.' },
    ]);
  });

  it('accepts Swedish headings, semicolons, a title column and decimal comma', () => {
    const text =
      'Nyckeltal-id;Nyckeltal;Kommun-id;Kommun;År;Kön;Värde\nN00914;Andel sysselsatta;2380;Östersund;2022;Totalt;81,3\n';
    const file = read(text);
    expect(file.layout).toBe('kolada');
    expect(file.records[0]).toMatchObject({
      name: 'Andel sysselsatta',
      area: { code: '2380', name: 'Östersund' },
      year: 2022,
      value: 81.3,
    });
  });

  it('refuses a value that is not a number, with its line', () => {
    const text =
      'kpi;municipality;period;value\nN01951;2380;2021;64200\nN01951;2380;2022;sextiofyra\n';
    expect(failureOf(() => read(text))).toBe(
      'Rad 3: värdet "sextiofyra" i kolumnen value är inte ett tal. Rätta filen och försök igen. Inget har importerats.',
    );
  });
});

describe('SCB layout', () => {
  it('reads the title, region, text column and one column per year', () => {
    const file = read(scbCsv);
    expect(file.layout).toBe('scb');
    expect(file.delimiter).toBe(';');
    expect(file.records.map((r) => [r.area.name, r.year, r.value])).toEqual([
      ['Östersund', 2021, 80.4],
      ['Östersund', 2022, 81.2],
      ['Riket', 2021, 79.9],
      ['Riket', 2022, 80.5],
      ['Riket', 2023, 80.9],
    ]);
    expect(file.records[0]!.name).toBe('Sysselsättningsgrad 20-64 år');
    expect(file.skipped).toEqual([
      { line: 4, reason: 'Värde saknas för Östersund 2023 ("..").' },
      { line: 7, reason: 'Ingen datarad (fotnot eller förklaring).' },
    ]);
  });

  it('names the indicator from the title when there is no text column, comma separated', () => {
    const text =
      '"Folkmängd efter region och år"\n\n"region","2020","2021"\n"2380 Östersund",63800,64200\n';
    const file = read(text);
    expect(file.delimiter).toBe(',');
    expect(file.records.map((r) => [r.name, r.year, r.value])).toEqual([
      ['Folkmängd', 2020, 63800],
      ['Folkmängd', 2021, 64200],
    ]);
  });

  it('reads a BOM file and a Windows-1252 file alike', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(scbCsv, 'utf8')]);
    const withBom = readStatFile('s.csv', bom);
    expect(withBom.encoding).toBe('utf-8-bom');
    expect(withBom.records[0]!.area.name).toBe('Östersund');
    // "Östersund" in Windows-1252: Ö is 0xD6, never valid UTF-8 on its own.
    const legacy = readStatFile('s.csv', Buffer.from(win1252(scbCsv), 'base64'));
    expect(legacy.encoding).toBe('windows-1252');
    expect(legacy.records[0]!.area.name).toBe('Östersund');
    expect(legacy.records[0]!.name).toBe('Sysselsättningsgrad 20-64 år');
  });

  it('gives the line of a short row and of an unclosed quote', () => {
    const short = '"region";"2021";"2022"\n"2380 Östersund";1;2\n"0000 Riket";3\n';
    expect(failureOf(() => read(short))).toMatch(/^Rad 3 har 2 fält men rubrikraden har 3\./);
    const quote = '"region";"2021"\n"2380 Östersund";1\n"0000 Riket;3\n';
    expect(failureOf(() => read(quote))).toMatch(/^Rad 3: ett citattecken/);
  });
});

describe('files that are neither', () => {
  it('explains both layouts, and refuses empty and Excel files', () => {
    expect(failureOf(() => read('namn;adress\nAB;Gatan 1\n'))).toMatch(
      /^Filen liknar varken en export från Kolada eller från SCB/,
    );
    expect(failureOf(() => read('   '))).toBe('Filen är tom.');
    expect(failureOf(() => readStatFile('x.xlsx', Buffer.from([0x50, 0x4b, 3, 4, 0])))).toMatch(
      /Excel-fil/,
    );
  });
});
