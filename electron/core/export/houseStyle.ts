// Runs in: main process / Node. The built-in house style: fonts, sizes, page, heading styles, lists.
//
// Font: Calibri. It is Word's long-time default and is on every municipal Windows/Office machine,
// and LibreOffice substitutes Carlito for it — a metric-compatible font (same widths), so lines and
// page breaks fall the same in Word and in LibreOffice (and so in our PDF checks). Arial/Liberation
// Sans would also match, but reads as a 1990s office letter; Aptos (Word's newer default) has no
// metric twin in LibreOffice.
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';
import type { StyleIds } from './types';

export const FONT = 'Calibri';

/** Sizes in half-points, as Word stores them. */
export const SIZE = {
  body: 22,
  table: 20,
  small: 18,
  header: 20,
  headerName: 26,
  title: 40,
  subtitle: 26,
  h1: 30,
  h2: 25,
  h3: 22,
} as const;

export const COLOR = {
  heading: '1F3A5F',
  muted: '595959',
  marking: 'C00000',
  rule: '8EA0B6',
  tableHeader: 'E4EAF1',
  tableBorder: '9AA8B8',
} as const;

/** A4 in twips (1/20 pt); the page is turned for landscape documents such as the action plan. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, bottom: 1418, left: 1418, right: 1418, header: 567, footer: 567 },
} as const;

/** The width text and tables may use. */
export function textWidth(orientation: 'portrait' | 'landscape'): number {
  const paper = orientation === 'portrait' ? PAGE.width : PAGE.height;
  return paper - PAGE.margin.left - PAGE.margin.right;
}

export const houseStyleIds: StyleIds = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
};

const heading = (size: number, before: number, outlineLevel: number) => ({
  run: { font: FONT, size, bold: true, color: COLOR.heading },
  paragraph: {
    spacing: { before, after: 80 },
    keepNext: true,
    keepLines: true,
    outlineLevel,
  },
});

export const houseStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, language: { value: 'sv-SE' } },
      paragraph: { spacing: { after: 120, line: 264 } },
    },
    title: {
      run: { font: FONT, size: SIZE.title, bold: true, color: COLOR.heading },
      paragraph: { spacing: { before: 0, after: 80 }, keepNext: true },
    },
    heading1: heading(SIZE.h1, 360, 0),
    heading2: heading(SIZE.h2, 240, 1),
    heading3: heading(SIZE.h3, 200, 2),
    listParagraph: { paragraph: { spacing: { after: 60 } } },
  },
};

/** List definitions; each list in a document is its own `instance`, so numbering restarts. */
export const LIST = { numbered: 'pv-numbered', bullets: 'pv-bullets' } as const;

export const listNumbering: INumberingOptions = {
  config: [
    {
      reference: LIST.numbered,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 454, hanging: 454 } } },
        },
        {
          level: 1,
          format: LevelFormat.LOWER_LETTER,
          text: '%2)',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 908, hanging: 454 } } },
        },
      ],
    },
    {
      reference: LIST.bullets,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 454, hanging: 284 } } },
        },
        {
          level: 1,
          format: LevelFormat.BULLET,
          text: '–',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 908, hanging: 284 } } },
        },
      ],
    },
  ],
};
