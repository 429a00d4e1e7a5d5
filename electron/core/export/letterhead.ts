// Runs in: main process / Node. The house-style page header and footer: municipality, logo,
// document type, date, dnr, the UTKAST / INTERN KOPIA marks, and "Sida X av Y".
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  Paragraph,
  TabStopType,
  TableCell,
  TableLayoutType,
  TableRow,
  Table,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { columnWidths } from './blocks';
import { shortDate } from './dates';
import { COLOR, SIZE } from './houseStyle';
import { pageMarks } from './markings';
import { fitInto, pngSize } from './png';
import { cleanText } from './text';
import type { ComposedDocument, ExportOptions } from './types';

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const cellBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder };
const tableBorders = { ...cellBorders, insideHorizontal: noBorder, insideVertical: noBorder };

const line = (
  children: ParagraphChild[],
  align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
) => new Paragraph({ alignment: align, spacing: { after: 0, line: 240 }, children });

const text = (value: string, look: { bold?: boolean; size?: number; color?: string } = {}) =>
  new TextRun({ text: cleanText(value), size: SIZE.header, ...look });

function logoParagraph(logo: Uint8Array | null): Paragraph | null {
  if (!logo) return null;
  const size = pngSize(logo);
  if (!size) return null;
  return new Paragraph({
    spacing: { after: 60 },
    children: [
      new ImageRun({
        type: 'png',
        data: logo,
        transformation: fitInto(size, { width: 200, height: 56 }),
        altText: { name: 'Logotyp', description: 'Kommunens logotyp', title: 'Logotyp' },
      }),
    ],
  });
}

/** The header on every page; marks (draft, internal copy) come last and in red. */
export function houseHeader(doc: ComposedDocument, options: ExportOptions, width: number): Header {
  const { letterhead } = options;
  const widths = columnWidths(
    [
      { header: '', width: '60%' },
      { header: '', width: '40%' },
    ],
    width,
  );
  const left: Paragraph[] = [];
  const logo = logoParagraph(letterhead.logoPng);
  if (logo) left.push(logo);
  left.push(
    line([text(letterhead.municipality || 'Kommunen', { bold: true, size: SIZE.headerName })]),
  );
  if (letterhead.unit) left.push(line([text(letterhead.unit, { color: COLOR.muted })]));

  const right: Paragraph[] = [
    line([text(doc.documentType.toLocaleUpperCase('sv'), { bold: true })], AlignmentType.RIGHT),
    line([text(`Datum: ${shortDate(options.date)}`)], AlignmentType.RIGHT),
  ];
  if (letterhead.dnr) right.push(line([text(`Dnr: ${letterhead.dnr}`)], AlignmentType.RIGHT));

  const cell = (children: Paragraph[], w: number) =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, borders: cellBorders, children });
  const block = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [new TableRow({ children: [cell(left, widths[0]!), cell(right, widths[1]!)] })],
  });

  const marks = pageMarks(options).map((mark) =>
    line([text(mark, { bold: true, color: COLOR.marking })]),
  );
  // The rule under the header sits on the last paragraph, so it stays below the marks.
  const rule = new Paragraph({
    spacing: { before: 60, after: 0, line: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.rule, space: 1 } },
    children: [],
  });
  return new Header({ children: [block, ...marks, rule] });
}

/** "Kommun · Besöksrapport" on the left, "Sida X av Y" on the right, on every page. */
export function houseFooter(doc: ComposedDocument, options: ExportOptions, width: number): Footer {
  const look = { size: SIZE.small, color: COLOR.muted };
  const source = [options.letterhead.municipality, doc.documentType].filter(Boolean).join(' · ');
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        spacing: { after: 0 },
        children: [
          new TextRun({ ...look, text: cleanText(source) }),
          new TextRun({
            ...look,
            children: ['\tSida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
