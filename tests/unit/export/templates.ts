// Runs in: vitest (Node). Municipality templates (mallar) built with docx, some edited to look like
// what Word writes (split placeholders, Swedish style ids, .dotx content type).
import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';

interface TemplateSpec {
  /** Body paragraphs; an array is one paragraph whose strings are separate runs. */
  body: (string | string[])[];
  header?: string[];
  footer?: boolean;
}

const paragraph = (p: string | string[]) =>
  new Paragraph({
    children: (Array.isArray(p) ? p : [p]).map(
      (text, i) => new TextRun({ text, bold: i % 2 === 1 }),
    ),
  });

export async function makeTemplate(spec: TemplateSpec): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        ...(spec.header
          ? { headers: { default: new Header({ children: spec.header.map(paragraph) }) } }
          : {}),
        ...(spec.footer
          ? {
              footers: {
                default: new Footer({
                  children: [
                    new Paragraph({
                      children: [
                        new TextRun({
                          children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
                        }),
                      ],
                    }),
                  ],
                }),
              },
            }
          : {}),
        children: spec.body.map(paragraph),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A complete template: placeholders in header and body, {{rubrik}} split over two runs as Word does. */
export const goodTemplate = () =>
  makeTemplate({
    header: ['{{kommun}} – {{enhet}}', 'Dnr {{dnr}}   {{datum}}'],
    footer: true,
    body: [
      ['{{ru', 'brik}}'],
      'Handläggare: {{handlaggare}}, {{handlaggare_titel}}',
      '{{innehall}}',
      'Slut på mallen.',
    ],
  });

/** Edits one part of a .docx. */
export async function editPart(
  bytes: Uint8Array,
  part: string,
  edit: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

/** As Swedish Word writes it: heading styles with ids Rubrik1–3 (names stay 'heading 1' …). */
export const swedishStyleIds = (bytes: Uint8Array) =>
  editPart(bytes, 'word/styles.xml', (xml) =>
    xml
      .replace(/w:styleId="Heading(\d)"/g, 'w:styleId="Rubrik$1"')
      .replace(/<w:(basedOn|next|link) w:val="Heading(\d)"\/>/g, '<w:$1 w:val="Rubrik$2"/>'),
  );

/** A template whose styles.xml has no heading styles at all (Word writes only used styles). */
export const withoutHeadingStyles = (bytes: Uint8Array) =>
  editPart(bytes, 'word/styles.xml', (xml) =>
    xml.replace(/<w:style\b[^>]*w:styleId="(Heading\d|Title)"[^>]*>[\s\S]*?<\/w:style>/g, ''),
  );

/** Saved as a Word template (.dotx). */
export const asDotx = (bytes: Uint8Array) =>
  editPart(bytes, '[Content_Types].xml', (xml) =>
    xml.replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'),
  );
