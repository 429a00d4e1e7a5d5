// Runs in: main process / Node. Writes a composed document on the built-in house style.
import { Document, Packer, PageOrientation } from 'docx';
import { houseStyles, listNumbering, PAGE, textWidth } from './houseStyle';
import { houseFooter, houseHeader } from './letterhead';
import type { ComposedDocument, ExportOptions } from './types';

export async function renderHouseStyle(
  doc: ComposedDocument,
  options: ExportOptions,
): Promise<Buffer> {
  const width = textWidth(doc.orientation);
  const landscape = doc.orientation === 'landscape';
  const file = new Document({
    creator:
      options.letterhead.officerName || options.letterhead.municipality || 'Programverkstaden',
    title: doc.title,
    subject: doc.documentType,
    description: 'Skapad med Programverkstaden',
    styles: houseStyles,
    numbering: listNumbering,
    sections: [
      {
        properties: {
          page: {
            // Given as portrait: docx turns the sheet itself for landscape.
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: PAGE.margin,
          },
        },
        headers: { default: houseHeader(doc, options, width) },
        footers: { default: houseFooter(doc, options, width) },
        children: doc.body,
      },
    ],
  });
  return Packer.toBuffer(file);
}
