// Runs in: main process / Node. Building blocks of a document body: headings, user text, lists,
// tables and "[att fylla i: …]" prompts. Only headings use paragraph styles (so Word's navigation
// pane and tables of contents work); everything else is formatted directly, so a body looks the
// same on the house style and on a municipality's template whose styles we do not know.
import {
  AlignmentType,
  BorderStyle,
  HighlightColor,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IRunOptions,
} from 'docx';
import type { ExportHeading } from '../../../shared/domain/export';
import { COLOR, LIST, SIZE } from './houseStyle';
import { cleanText, textBlocks } from './text';
import type { StyleIds } from './types';

type RunLook = Pick<IRunOptions, 'bold' | 'italics' | 'size' | 'color' | 'highlight'>;
type Align = 'left' | 'right' | 'center';

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;

/** Runs for lines of one paragraph: every line after the first starts with a real break. */
export function lineRuns(lines: readonly string[], look: RunLook = {}): TextRun[] {
  return lines.map(
    (line, i) => new TextRun({ ...look, text: line, ...(i > 0 ? { break: 1 } : {}) }),
  );
}

/**
 * Paragraphs from user text: a line break stays a line break (<w:br/>), a blank line starts a
 * new paragraph. Empty text gives no paragraphs.
 */
export function textParagraphs(
  text: string,
  look: RunLook = {},
  paragraph: { align?: Align; spacingAfter?: number; keepNext?: boolean } = {},
): Paragraph[] {
  return textBlocks(text).map(
    (lines) =>
      new Paragraph({
        children: lineRuns(lines, look),
        ...(paragraph.align ? { alignment: ALIGN[paragraph.align] } : {}),
        ...(paragraph.spacingAfter !== undefined
          ? { spacing: { after: paragraph.spacingAfter } }
          : {}),
        ...(paragraph.keepNext ? { keepNext: true } : {}),
      }),
  );
}

/** A column: its header and its width in twips or as a share of the text width ('30%'). */
export interface Column {
  header: string;
  width: number | `${number}%`;
  align?: Align;
}

/** A cell: text (line breaks kept), a number, nothing, or text with a look. */
export type Cell = string | number | null | undefined | ({ text: string; align?: Align } & RunLook);

export interface TableOptions {
  /** The width percentages refer to (the text width of the page). */
  textWidth: number;
  /** First row repeats on every page and is shaded (default true). */
  header?: boolean;
  /** Thin grid lines (default true); false for layout tables such as the letterhead. */
  borders?: boolean;
  /** Text size in half-points (default SIZE.table). */
  size?: number;
}

/** Twips per column: percentages are shares of textWidth; rounding is given to the last column. */
export function columnWidths(columns: readonly Column[], textWidth: number): number[] {
  const widths = columns.map((c) =>
    typeof c.width === 'number'
      ? Math.round(c.width)
      : Math.floor((textWidth * Number.parseFloat(c.width)) / 100),
  );
  if (columns.length > 0 && columns.every((c) => typeof c.width === 'string')) {
    const sum = widths.reduce((a, b) => a + b, 0);
    const totalPercent = columns.reduce((a, c) => a + Number.parseFloat(c.width as string), 0);
    if (Math.abs(totalPercent - 100) < 0.01) widths[widths.length - 1]! += textWidth - sum;
  }
  return widths;
}

function cellParagraphs(cell: Cell, size: number, align: Align | undefined): Paragraph[] {
  const look: RunLook = { size };
  let text: string;
  let cellAlign = align;
  if (cell === null || cell === undefined) text = '';
  else if (typeof cell === 'number') text = String(cell);
  else if (typeof cell === 'string') text = cell;
  else {
    const { text: t, align: a, ...rest } = cell;
    text = t;
    cellAlign = a ?? align;
    Object.assign(look, rest);
  }
  const paragraphs = textParagraphs(text, look, { align: cellAlign, spacingAfter: 40 });
  // Word refuses a cell without a paragraph ("unreadable content"), so an empty cell gets one.
  return paragraphs.length > 0 ? paragraphs : [new Paragraph({ spacing: { after: 40 } })];
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: COLOR.tableBorder };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/**
 * A table with its grid (w:tblGrid) AND every cell's width set, so Word, LibreOffice and other
 * readers lay it out alike, and with at least one paragraph in every cell.
 */
export function table(
  columns: readonly Column[],
  rows: readonly Cell[][],
  options: TableOptions,
): Table {
  const widths = columnWidths(columns, options.textWidth);
  const total = widths.reduce((a, b) => a + b, 0);
  const size = options.size ?? SIZE.table;
  const withHeader = options.header ?? true;
  const bordered = options.borders ?? true;
  const side = bordered ? thin : none;

  const makeRow = (cells: readonly Cell[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: isHeader,
      children: columns.map(
        (column, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.TOP,
            ...(isHeader
              ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.tableHeader } }
              : {}),
            children: cellParagraphs(
              isHeader ? { text: column.header, bold: true } : cells[i],
              size,
              column.align,
            ),
          }),
      ),
    });

  const tableRows = [
    ...(withHeader ? [makeRow([], true)] : []),
    ...rows.map((cells) => makeRow(cells, false)),
  ];
  if (tableRows.length === 0) tableRows.push(makeRow([], false));

  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: bordered
      ? { top: 40, bottom: 40, left: 90, right: 90 }
      : { top: 0, bottom: 0, left: 0, right: 0 },
    borders: {
      top: side,
      bottom: side,
      left: side,
      right: side,
      insideHorizontal: side,
      insideVertical: side,
    },
    rows: tableRows,
  });
}

export interface WriterSettings {
  styles: StyleIds;
  draft: boolean;
  textWidth: number;
  /** False when a template shows the title itself ({{rubrik}}). */
  titleInBody: boolean;
}

/**
 * Collects a document body in reading order, with its outline (for the export dialog) and the
 * sections that had no data. One writer per document: list numbering restarts for every list.
 */
export class BodyWriter {
  readonly body: FileChild[] = [];
  readonly headings: ExportHeading[] = [];
  readonly missing: string[] = [];
  private lists = 0;

  constructor(readonly settings: WriterSettings) {}

  get textWidth(): number {
    return this.settings.textWidth;
  }

  get draft(): boolean {
    return this.settings.draft;
  }

  title(text: string, subtitle?: string): void {
    if (!this.settings.titleInBody) return;
    this.body.push(
      new Paragraph({
        style: this.settings.styles.title,
        children: [new TextRun(cleanText(text))],
      }),
    );
    if (subtitle) {
      this.body.push(
        new Paragraph({
          spacing: { after: 240 },
          children: [
            new TextRun({ text: cleanText(subtitle), size: SIZE.subtitle, color: COLOR.muted }),
          ],
        }),
      );
    }
  }

  heading(level: 1 | 2 | 3, text: string, placement: { newPage?: boolean } = {}): void {
    const style = [
      this.settings.styles.heading1,
      this.settings.styles.heading2,
      this.settings.styles.heading3,
    ][level - 1]!;
    this.headings.push({ level, text });
    this.body.push(
      new Paragraph({
        style,
        // Also set directly: a template's heading styles may lack it.
        keepNext: true,
        keepLines: true,
        ...(placement.newPage ? { pageBreakBefore: true } : {}),
        children: [new TextRun(cleanText(text))],
      }),
    );
  }

  /**
   * Text we write ourselves or the officer typed; line breaks are kept. `keepNext` keeps it on
   * the page of what follows (an introduction to a table).
   */
  text(text: string, look: RunLook = {}, keepNext = false): void {
    this.body.push(...textParagraphs(text, look, { keepNext }));
  }

  /** A paragraph of runs with different looks, e.g. a bold lead-in. */
  runs(parts: readonly ({ text: string } & RunLook)[], keepNext = false): void {
    this.body.push(
      new Paragraph({
        keepNext,
        children: parts.map(({ text, ...look }) => new TextRun({ ...look, text: cleanText(text) })),
      }),
    );
  }

  /** A small grey note, e.g. where the data comes from. */
  note(text: string): void {
    this.text(text, { size: SIZE.small, color: COLOR.muted, italics: true });
  }

  /** A numbered list that starts at 1 (each call is a new list instance). */
  numbered(items: readonly string[]): void {
    this.list(LIST.numbered, items);
  }

  bullets(items: readonly string[]): void {
    this.list(LIST.bullets, items);
  }

  private list(reference: string, items: readonly string[]): void {
    const instance = ++this.lists;
    for (const item of items) {
      const lines = textBlocks(item).flat();
      this.body.push(
        new Paragraph({
          numbering: { reference, level: 0, instance },
          children: lineRuns(lines.length > 0 ? lines : ['']),
        }),
      );
    }
  }

  table(
    columns: readonly Column[],
    rows: readonly Cell[][],
    options: Partial<TableOptions> = {},
  ): void {
    this.body.push(table(columns, rows, { textWidth: this.textWidth, ...options }));
    // A little air after the table (a small empty paragraph): text would touch it otherwise.
    this.body.push(
      new Paragraph({ spacing: { after: 0, line: 240 }, run: { size: 12 }, children: [] }),
    );
  }

  /** Label–value lines (period, handläggare …) as a borderless two-column table. */
  facts(rows: readonly (readonly [string, string])[]): void {
    if (rows.length === 0) return;
    this.table(
      [
        { header: '', width: '28%' },
        { header: '', width: '72%' },
      ],
      rows.map(([label, value]) => [{ text: label, bold: true }, value]),
      { header: false, borders: false, size: SIZE.body },
    );
  }

  /**
   * A section without data. Drafts ask for it ("[att fylla i: …]", highlighted so it is not
   * forgotten); final documents say `finalText`. Either way the dialog lists it as missing.
   */
  missingSection(what: string, finalText: string): void {
    this.missing.push(what);
    if (this.draft) {
      this.body.push(
        new Paragraph({
          children: [
            new TextRun({
              text: `[att fylla i: ${cleanText(what)}]`,
              highlight: HighlightColor.YELLOW,
            }),
          ],
        }),
      );
    } else {
      this.text(finalText, { italics: true });
    }
  }
}
