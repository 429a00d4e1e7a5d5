// Runs in: main process / Node. Composes a document and writes it on the house style or on the
// municipality's template. Document builders only describe content; this decides the look.
import { BodyWriter } from './blocks';
import { renderHouseStyle } from './houseDocument';
import { houseStyleIds, textWidth } from './houseStyle';
import { assertTemplateUsable, fillTemplate } from './template';
import type { ComposedDocument, ExportOptions } from './types';

/** What a builder says about its document besides the body it writes into the BodyWriter. */
export interface DocumentHead {
  documentType: string;
  title: string;
  orientation: 'portrait' | 'landscape';
}

export type Compose = (writer: BodyWriter) => DocumentHead;

function finish(head: DocumentHead, writer: BodyWriter): ComposedDocument {
  return { ...head, body: writer.body, headings: writer.headings, missing: writer.missing };
}

/** The document's content on the house style, without writing a file (for the export dialog). */
export function composeHouse(
  compose: Compose,
  options: Pick<ExportOptions, 'draft'>,
  orientation: DocumentHead['orientation'] = 'portrait',
): ComposedDocument {
  const writer = new BodyWriter({
    styles: houseStyleIds,
    draft: options.draft,
    textWidth: textWidth(orientation),
    titleInBody: true,
  });
  return finish(compose(writer), writer);
}

export interface RenderedDocument {
  buffer: Buffer;
  doc: ComposedDocument;
}

/** Composes and writes the .docx; a template that cannot be used throws VALIDATION first. */
export async function renderDocument(
  compose: Compose,
  options: ExportOptions,
  orientation: DocumentHead['orientation'] = 'portrait',
): Promise<RenderedDocument> {
  if (!options.template) {
    const doc = composeHouse(compose, options, orientation);
    return { buffer: await renderHouseStyle(doc, options), doc };
  }
  const report = await assertTemplateUsable(options.template);
  const writer = new BodyWriter({
    styles: report.styleIds,
    draft: options.draft,
    textWidth: report.textWidth,
    titleInBody: !report.placeholders.includes('rubrik'),
  });
  const doc = finish(compose(writer), writer);
  return { buffer: await fillTemplate(options.template, report, doc, options), doc };
}
