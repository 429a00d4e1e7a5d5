// Runs in: vitest (Node). Reading import files: encodings, delimiters, Excel, column mapping.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/import/decode';
import { detectDelimiter } from '../../../electron/core/import/delimiter';
import { previewImport } from '../../../electron/core/import/importFile';
import { normalise, suggestMapping } from '../../../electron/core/import/mapping';
import { readImportTable } from '../../../electron/core/import/table';
import { normaliseSizeClass } from '../../../electron/core/import/validate';
import { fixture } from './files';

const firstRow = ['Åkerbergs Smide AB', '556016-0680', '25620', 'Smide och metallbearbetning'];

describe('reading CSV files', () => {
  it.each([
    ['utf8-semicolon.csv', 'utf-8', ';'],
    ['utf8-bom-comma.csv', 'utf-8-bom', ','],
    ['windows-1252-semicolon.csv', 'windows-1252', ';'],
  ] as const)('%s: %s with "%s"', async (name, encoding, delimiter) => {
    const preview = await previewImport(name, fixture(name));
    expect(preview.encoding).toBe(encoding);
    expect(preview.delimiter).toBe(delimiter);
    expect(preview.headers[0]).toBe('Företagsnamn');
    expect(preview.headers[4]).toBe('Antal anställda');
    expect(preview.rowCount).toBe(5);
    expect(preview.sampleRows[0]!.slice(0, 4)).toEqual(firstRow);
    expect(preview.sampleRows[1]![0]).toBe('Östra Hälsingebygdens Trä');
    expect(preview.sampleRows[2]![4]).toBe('1–4 anställda');
    expect(preview.sampleRows[4]![0]).toBe('ÅÄÖ Föreningen Ekonomisk');
  });

  it('reads a tab-separated file with English headings', async () => {
    const preview = await previewImport('export.txt', fixture('utf8-tab.csv'));
    expect(preview.delimiter).toBe('\t');
    expect(preview.sampleRows[0]![6]).toBe('Wants to grow, needs premises');
    expect(preview.suggestedMapping).toEqual({
      'Company name': 'name',
      'Organisation number': 'orgNumber',
      Industry: 'industry',
      Locality: 'locality',
      Email: 'email',
      Website: 'website',
      Comment: 'notes',
    });
  });

  it('keeps a quoted field with a line break and a ";" in one cell, and Excel line numbers', async () => {
    const table = await readImportTable('broken.csv', fixture('broken.csv'));
    // rows[i] is Excel line i + 2: the blank line 6 is kept, the quoted field is line 7.
    expect(table.rows[4]).toEqual(['']);
    expect(table.rows[5]![4]).toBe('Första raden; med semikolon\nandra raden "citat"');
    expect(table.rows[6]![0]).toBe('Dubblett AB');
    expect(table.rows).toHaveLength(8);
  });

  it('tells UTF-8 from Windows-1252 byte by byte', () => {
    const text = 'Åkerbergs Smide; Café Ängen; Östra';
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(iconv.encode(text, 'win1252'))).toEqual({ text, encoding: 'windows-1252' });
    expect(decodeText(Buffer.from(`\uFEFF${text}`, 'utf8'))).toEqual({
      text,
      encoding: 'utf-8-bom',
    });
  });

  it('picks the delimiter that splits the lines evenly, ignoring those inside quotes', () => {
    expect(detectDelimiter('Namn;Ort\nA, B och C AB;Hede\nD;E\n')).toBe(';');
    expect(detectDelimiter('Namn,Ort\n"A; B",Hede\n')).toBe(',');
    expect(detectDelimiter('Namn\tOrt,län\nA\tB,C\n')).toBe('\t');
    expect(detectDelimiter('Namn\nA\n')).toBe(';');
  });

  it('reports a quote that is never closed', async () => {
    const table = await readImportTable('x.csv', Buffer.from('Namn;Ort\nA;B\n"C;D\nE;F\n'));
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]!.row).toBe(3);
  });

  it('names empty and repeated headings so every column can be mapped', async () => {
    const table = await readImportTable('x.csv', Buffer.from('Namn;;Namn\nA;B;C\n'));
    expect(table.headers).toEqual(['Namn', 'Kolumn 2', 'Namn (2)']);
  });

  it('refuses an empty file and the old .xls format with a clear message', async () => {
    await expect(readImportTable('x.csv', Buffer.from('\n\n'))).rejects.toMatchObject({
      code: 'IMPORT',
    });
    await expect(
      readImportTable('lista.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0])),
    ).rejects.toMatchObject({ code: 'IMPORT', message: expect.stringContaining('.xlsx') });
  });
});

describe('reading Excel files', () => {
  it('reads the first worksheet with dates, numbers, rich text, links and formulas as text', async () => {
    const preview = await previewImport('foretag.xlsx', fixture('companies.xlsx'));
    expect(preview.encoding).toBe('xlsx');
    expect(preview.delimiter).toBeNull();
    expect(preview.headers).toEqual([
      'Namn',
      'Organisationsnummer',
      'Tätort',
      'Postnummer',
      'Registrerad',
      'Webbplats',
    ]);
    expect(preview.sampleRows).toEqual([
      ['Åkerbergs Smide AB', '556016-0680', 'Åsarna', '84031', '2019-03-15', 'akerbergs.se'],
      ['Östra Hälsingebygdens Trä', '5561234567', 'Ösby', '82040', '2001-11-02', ''],
      ['Café Ängsgården AB', '559012-3450', 'Älvdalen', '79630', '', ''],
      ['Björkå Bygg & El AB', '556677-8899', 'Björkå', '', '', 'www.bjorka.se'],
    ]);
    expect(preview.suggestedMapping).toMatchObject({ Tätort: 'locality', Registrerad: '' });
  });

  it('recognises an .xlsx by its content even under another name', async () => {
    const preview = await previewImport('lista.dat', fixture('companies.xlsx'));
    expect(preview.encoding).toBe('xlsx');
  });
});

describe('column mapping suggestion', () => {
  it('knows Swedish and English headings regardless of case, dots and diacritics', () => {
    expect(
      suggestMapping([
        'FÖRETAG',
        'Org. nr',
        'SNI',
        'bransch',
        'Storleksklass',
        'By',
        'Gatuadress',
        'Postnr',
        'Postort',
        'Webbplats',
        'Tel',
        'e-post',
        'Kommentar',
        'Okänd kolumn',
      ]),
    ).toEqual({
      FÖRETAG: 'name',
      'Org. nr': 'orgNumber',
      SNI: 'sniCode',
      bransch: 'industry',
      Storleksklass: 'sizeClass',
      By: 'locality',
      Gatuadress: 'address',
      Postnr: 'postalCode',
      Postort: 'city',
      Webbplats: 'website',
      Tel: 'phone',
      'e-post': 'email',
      Kommentar: 'notes',
      'Okänd kolumn': '',
    });
  });

  it('suggests each field once and accepts a longer heading that starts with a known one', () => {
    expect(suggestMapping(['Namn', 'Företagsnamn', 'Organisationsnummer (10 siffror)'])).toEqual({
      Namn: 'name',
      Företagsnamn: '',
      'Organisationsnummer (10 siffror)': 'orgNumber',
    });
    expect(normalise('Tätort')).toBe('tatort');
  });

  it('turns head counts and written classes into the register’s size classes', () => {
    expect(
      ['0', '3', '12', '1–4 anställda', '10-49', '250 eller fler', '400', 'Okänt'].map(
        normaliseSizeClass,
      ),
    ).toEqual(['0', '1-4', '10-49', '1-4', '10-49', '250+', '250+', 'Okänt']);
  });
});
