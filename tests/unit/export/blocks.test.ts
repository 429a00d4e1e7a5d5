// Runs in: vitest (Node). The body building blocks: widths, lists that restart, unsafe characters, dates.
import { describe, expect, it } from 'vitest';
import { BodyWriter, columnWidths } from '../../../electron/core/export/blocks';
import {
  longDate,
  longPeriod,
  resolvePeriod,
  shortDate,
} from '../../../electron/core/export/dates';
import { exportFileName } from '../../../electron/core/export/fileName';
import { renderHouseStyle } from '../../../electron/core/export/houseDocument';
import { houseStyleIds, textWidth } from '../../../electron/core/export/houseStyle';
import { cleanText, textBlocks } from '../../../electron/core/export/text';
import { docxParts, tableProblems } from './docxXml';
import { testOptions } from './seed';

const writer = (draft = false) =>
  new BodyWriter({
    styles: houseStyleIds,
    draft,
    textWidth: textWidth('portrait'),
    titleInBody: true,
  });

async function render(w: BodyWriter, orientation: 'portrait' | 'landscape' = 'portrait') {
  const buffer = await renderHouseStyle(
    {
      documentType: 'Test',
      title: 'Test',
      orientation,
      body: w.body,
      headings: w.headings,
      missing: w.missing,
    },
    testOptions(),
  );
  return docxParts(buffer);
}

describe('columnWidths', () => {
  it('turns percentages into twips that fill the text width exactly', () => {
    const widths = columnWidths(
      [
        { header: 'a', width: '33.3%' },
        { header: 'b', width: '33.3%' },
        { header: 'c', width: '33.4%' },
      ],
      9070,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9070);
    expect(widths.every((w) => w > 3000)).toBe(true);
  });

  it('keeps twips as given', () => {
    expect(
      columnWidths(
        [
          { header: 'a', width: 1000 },
          { header: 'b', width: 2000 },
        ],
        9070,
      ),
    ).toEqual([1000, 2000]);
  });
});

describe('BodyWriter', () => {
  it('starts every numbered list at 1 with a list instance of its own', async () => {
    const w = writer();
    w.numbered(['Första', 'Andra']);
    w.text('Mellan listorna');
    w.numbered(['Ny lista']);
    const body = (await render(w)).get('word/document.xml')!;
    const numIds = [...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(3);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
    const numbering = (await render(w)).get('word/numbering.xml')!;
    // Each instance has its own w:num, so Word and LibreOffice restart the count.
    for (const id of new Set(numIds)) expect(numbering).toContain(`<w:num w:numId="${id}">`);
  });

  it('gives empty cells a paragraph and every cell a width, in portrait and landscape', async () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const w = new BodyWriter({
        styles: houseStyleIds,
        draft: false,
        textWidth: textWidth(orientation),
        titleInBody: true,
      });
      w.table(
        [
          { header: 'A', width: '50%' },
          { header: '', width: '50%' },
        ],
        [
          [null, ''],
          ['x', undefined],
          [3, 'rad 1\nrad 2'],
        ],
      );
      const parts = await render(w, orientation);
      const body = parts.get('word/document.xml')!;
      expect(tableProblems(body)).toEqual([]);
      expect(body).toContain(`<w:tblW w:type="dxa" w:w="${textWidth(orientation)}"/>`);
      const pgSz = /<w:pgSz [^>]*>/.exec(body)![0];
      const w_ = Number(/w:w="(\d+)"/.exec(pgSz)![1]);
      const h_ = Number(/w:h="(\d+)"/.exec(pgSz)![1]);
      expect(w_ > h_).toBe(orientation === 'landscape');
    }
  });

  it('writes prompts in drafts and plain sentences in final documents, listing both as missing', () => {
    const draft = writer(true);
    draft.missingSection('sammanfattning', 'Ingen sammanfattning.');
    expect(draft.missing).toEqual(['sammanfattning']);
    const final = writer(false);
    final.missingSection('sammanfattning', 'Ingen sammanfattning.');
    expect(final.missing).toEqual(['sammanfattning']);
    expect(JSON.stringify(draft.body)).toContain('[att fylla i: sammanfattning]');
    expect(JSON.stringify(final.body)).not.toContain('[att fylla i');
  });

  it('keeps the outline for the export dialog', () => {
    const w = writer();
    w.heading(1, 'Sammanfattning');
    w.heading(2, 'Per ort');
    expect(w.headings).toEqual([
      { level: 1, text: 'Sammanfattning' },
      { level: 2, text: 'Per ort' },
    ]);
  });
});

describe('text', () => {
  it('removes characters Word cannot read and keeps Swedish ones', () => {
    expect(cleanText('Å\u0000ä\u0008ö\u000B\u001F\tx\uD800y')).toBe('Åäö x\uFFFDy');
  });

  it('splits user text into paragraphs at blank lines and lines at single breaks', () => {
    expect(textBlocks('a\r\nb\n\n\nc  \n')).toEqual([['a', 'b'], ['c']]);
    expect(textBlocks('  \n ')).toEqual([]);
  });

  it('a document with control characters in user text still opens (valid XML)', async () => {
    const w = writer();
    w.text('Före\u0001efter & <tagg> "citat"');
    const body = (await render(w)).get('word/document.xml')!;
    expect(body).toContain('Föreefter &amp; &lt;tagg&gt;');
    expect(body).not.toContain('\u0001');
  });
});

describe('dates and file names', () => {
  it('writes Swedish dates', () => {
    expect(shortDate('2027-03-14')).toBe('2027-03-14');
    expect(longDate('2027-03-14')).toBe('14 mars 2027');
    expect(longPeriod('2027-01-01', '2027-12-31')).toBe('1 januari – 31 december 2027');
    expect(longPeriod('2026-11-01', '2027-02-28')).toBe('1 november 2026 – 28 februari 2027');
  });

  it('fills open period ends', () => {
    expect(resolvePeriod(undefined, undefined, '2027-05-02')).toEqual({
      from: '2027-01-01',
      to: '2027-12-31',
    });
    expect(resolvePeriod('2027-03-01', undefined, '2027-05-02')).toEqual({
      from: '2027-03-01',
      to: '2027-05-02',
    });
    expect(resolvePeriod(undefined, '2026-06-30', '2027-05-02')).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
  });

  it('names files safely and says what kind of copy they are', () => {
    expect(
      exportFileName('Besöksrapport 2027', { draft: true, version: '2', internal: true }),
    ).toBe('Besöksrapport 2027 (utkast v2, intern kopia).docx');
    expect(exportFileName('A/B: "C"?', { draft: false, internal: false })).toBe('A-B- -C.docx');
  });
});
