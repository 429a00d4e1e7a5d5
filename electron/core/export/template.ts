// Runs in: main process / Node. The municipality's own Word template (mall): check it, then fill
// its {{platshållare}} with docx's patchDocument. A template that cannot work is refused with a
// Swedish list of what to fix, never turned into a broken file.
import { patchDocument, PatchType, TextRun, type IPatch } from 'docx';
import JSZip from 'jszip';
import { AppFailure } from '../../../shared/errors';
import { longDate, shortDate } from './dates';
import { listNumbering } from './houseStyle';
import { pageMarks } from './markings';
import { cleanText } from './text';
import {
  escapeXmlText,
  findPlaceholders,
  paragraphStyles,
  sectionGeometry,
  type FoundPlaceholder,
} from './templateXml';
import type { ComposedDocument, ExportOptions, StyleIds } from './types';

/** Every placeholder a template may use; documented for officers in docs/mallar.md. */
export const templatePlaceholders = [
  { name: 'rubrik', description: 'Dokumentets rubrik, t.ex. "Besöksrapport 2027"' },
  { name: 'dokumenttyp', description: 'Dokumenttypen, t.ex. "Besöksrapport"' },
  { name: 'dnr', description: 'Diarienummer, t.ex. "KS 2027/123" (tomt om inget finns)' },
  { name: 'datum', description: 'Dokumentets datum som 2027-03-14' },
  { name: 'datum_lang', description: 'Dokumentets datum som 14 mars 2027' },
  { name: 'kommun', description: 'Kommunens namn (Inställningar)' },
  { name: 'enhet', description: 'Förvaltning eller enhet (Inställningar)' },
  { name: 'handlaggare', description: 'Handläggarens namn' },
  { name: 'handlaggare_titel', description: 'Handläggarens titel' },
  { name: 'telefon', description: 'Handläggarens telefonnummer' },
  { name: 'epost', description: 'Handläggarens e-postadress' },
  {
    name: 'markering',
    description: 'UTKAST och/eller INTERN KOPIA när det gäller, annars tomt. Placera i sidhuvudet.',
  },
  {
    name: 'innehall',
    description: 'Hela dokumentets text. Obligatorisk; ensam på en egen rad i brödtexten.',
  },
] as const;

export type PlaceholderName = (typeof templatePlaceholders)[number]['name'];
const known = new Set<string>(templatePlaceholders.map((p) => p.name));
const BODY = 'innehall';
const MARK = 'markering';

export interface TemplateReport {
  /** Placeholders found, each once, in the order first seen. */
  placeholders: string[];
  /** What makes the template unusable (Swedish). Empty when it can be used. */
  problems: string[];
  /** Worth knowing, does not stop the template (Swedish). */
  notes: string[];
  /** Heading style ids to use in the body (existing ones, or ones added on filling). */
  styleIds: StyleIds;
  /** Width the body may use, from the template's page and margins (twips). */
  textWidth: number;
  /** {{markering}} is in a page header, so marks need not be added to the headers. */
  markingInHeader: boolean;
}

const fold = (s: string) =>
  s
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_-]/g, '');

function suggestion(name: string): string {
  const match = templatePlaceholders.find((p) => fold(p.name) === fold(name));
  return match ? ` Menade du {{${match.name}}}?` : '';
}

const isHeader = (path: string) => /^word\/header\d*\.xml$/.test(path);
const isFooter = (path: string) => /^word\/footer\d*\.xml$/.test(path);

/** Heading styles the template has, by Word's built-in names (Swedish Word calls them Rubrik1 …). */
function resolveStyles(stylesXml: string | null): { ids: StyleIds; missing: (keyof StyleIds)[] } {
  const styles = stylesXml ? paragraphStyles(stylesXml) : [];
  const byName = new Map(styles.map((s) => [s.name.toLocaleLowerCase('en'), s.id]));
  const ids = new Set(styles.map((s) => s.id));
  const want: [keyof StyleIds, string[], string][] = [
    ['title', ['title', 'rubrik'], 'Title'],
    ['heading1', ['heading 1', 'rubrik 1'], 'Heading1'],
    ['heading2', ['heading 2', 'rubrik 2'], 'Heading2'],
    ['heading3', ['heading 3', 'rubrik 3'], 'Heading3'],
  ];
  const result = {} as StyleIds;
  const missing: (keyof StyleIds)[] = [];
  for (const [key, names, fallbackId] of want) {
    const id = names.map((n) => byName.get(n)).find(Boolean);
    if (id) result[key] = id;
    else {
      result[key] = ids.has(fallbackId) ? `Pv${fallbackId}` : fallbackId;
      missing.push(key);
    }
  }
  return { ids: result, missing };
}

async function openZip(bytes: Uint8Array): Promise<JSZip | null> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
}

/** Checks a template: placeholders known, {{innehall}} present once and alone, file readable. */
export async function inspectTemplate(bytes: Uint8Array): Promise<TemplateReport> {
  const report: TemplateReport = {
    placeholders: [],
    problems: [],
    notes: [],
    styleIds: { title: 'Title', heading1: 'Heading1', heading2: 'Heading2', heading3: 'Heading3' },
    textWidth: 9070,
    markingInHeader: false,
  };
  const zip = await openZip(bytes);
  const documentXml = await zip?.file('word/document.xml')?.async('string');
  if (!zip || documentXml === undefined) {
    report.problems.push(
      'Filen går inte att öppna som ett Word-dokument. Spara mallen som .docx och försök igen.',
    );
    return report;
  }
  if (zip.file('word/vbaProject.bin')) {
    report.problems.push(
      'Mallen innehåller makron. Spara den som .docx (Word-dokument utan makron).',
    );
  }

  const parts = Object.keys(zip.files)
    .filter((p) => p === 'word/document.xml' || isHeader(p) || isFooter(p))
    .sort();
  const where = new Map<string, { part: string; found: FoundPlaceholder }[]>();
  for (const part of parts) {
    const xml = part === 'word/document.xml' ? documentXml : await zip.file(part)!.async('string');
    const { found, broken } = findPlaceholders(xml);
    for (const f of found) {
      if (!where.has(f.name)) where.set(f.name, []);
      where.get(f.name)!.push({ part, found: f });
    }
    for (const text of broken) {
      report.problems.push(
        `Ofullständig platshållare i stycket "${text}". En platshållare skrivs med två klammerparenteser på var sida, t.ex. {{rubrik}}.`,
      );
    }
  }
  report.placeholders = [...where.keys()];

  for (const name of report.placeholders) {
    if (!known.has(name)) {
      report.problems.push(`Okänd platshållare {{${name}}}.${suggestion(name)}`);
    }
  }
  const body = where.get(BODY) ?? [];
  if (body.length === 0) {
    report.problems.push(
      'Platshållaren {{innehall}} saknas. Den visar var dokumentets text ska stå: skriv {{innehall}} ensam på en egen rad i mallens brödtext.',
    );
  } else {
    if (body.length > 1)
      report.problems.push(
        '{{innehall}} finns flera gånger i mallen; den får bara finnas en gång.',
      );
    if (body.some((b) => b.part !== 'word/document.xml')) {
      report.problems.push(
        '{{innehall}} står i sidhuvudet eller sidfoten; den ska stå i brödtexten.',
      );
    }
    if (body.some((b) => !b.found.alone)) {
      report.problems.push(
        '{{innehall}} ska stå ensam i ett eget stycke (ingen annan text på samma rad).',
      );
    }
    if (body.some((b) => b.found.depth > 1)) {
      report.problems.push('{{innehall}} står i en textruta; den ska stå direkt i brödtexten.');
    }
  }
  const split = report.placeholders.filter((name) => where.get(name)!.some((w) => w.found.split));
  if (split.length > 0) {
    report.notes.push(
      `Word har delat upp ${split.map((n) => `{{${n}}}`).join(', ')} i flera textdelar (det händer efter redigering eller stavningskontroll). Programverkstaden fyller ändå i dem; formatet tas från platshållarens första tecken.`,
    );
  }
  report.markingInHeader = (where.get(MARK) ?? []).some((w) => isHeader(w.part));
  if (!report.markingInHeader) {
    report.notes.push(
      'Mallen har ingen {{markering}} i sidhuvudet. Utkast och interna kopior märks då överst i mallens sidhuvud på varje sida.',
    );
  }

  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? null;
  const styles = resolveStyles(stylesXml);
  report.styleIds = styles.ids;
  if (styles.missing.some((k) => k !== 'title')) {
    report.notes.push(
      'Mallen saknar rubrikformat (Rubrik 1–3); enkla rubrikformat läggs till när mallen fylls i.',
    );
  }
  const geometry = sectionGeometry(documentXml);
  report.textWidth = geometry.textWidth;
  if (geometry.landscape)
    report.notes.push('Mallen är liggande; tabellerna anpassas till sidbredden.');
  return report;
}

/** The Swedish list of what to fix, as a VALIDATION failure (the form shows it under "template"). */
export function templateFailure(problems: readonly string[]): AppFailure {
  const sv = `Mallen kan inte användas:\n${problems.map((p) => `– ${p}`).join('\n')}`;
  const en = `The template cannot be used:\n${problems.map((p) => `– ${p}`).join('\n')}`;
  return new AppFailure('VALIDATION', { sv, en }, { template: sv });
}

export async function assertTemplateUsable(bytes: Uint8Array): Promise<TemplateReport> {
  const report = await inspectTemplate(bytes);
  if (report.problems.length > 0) throw templateFailure(report.problems);
  return report;
}

// ---- Preparing the template before patching --------------------------------------------------

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';
const MARK_PART = 'word/headerPvMarkering.xml';
const MARK_REL = 'rIdPvMarkering';

const markParagraph =
  `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr>` +
  `<w:t xml:space="preserve">{{${MARK}}}</w:t></w:r></w:p>`;

function headingStyleXml(
  id: string,
  name: string,
  size: number,
  outline: number | null,
  basedOn: string | null,
): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${escapeXmlText(id)}"><w:name w:val="${name}"/>` +
    (basedOn ? `<w:basedOn w:val="${escapeXmlText(basedOn)}"/>` : '') +
    `<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${outline === null ? 0 : 240}" w:after="80"/>` +
    (outline === null ? '' : `<w:outlineLvl w:val="${outline}"/>`) +
    `</w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`
  );
}

/** Adds the heading styles the template lacks, named as Word's built-ins so Word treats them so. */
async function addMissingStyles(zip: JSZip, styleIds: StyleIds): Promise<void> {
  const file = zip.file('word/styles.xml');
  if (!file) return;
  const xml = await file.async('string');
  const existing = new Set(paragraphStyles(xml).map((s) => s.id));
  const basedOn = paragraphStyles(xml).find((s) => s.isDefault)?.id ?? null;
  const wanted: [string, string, number, number | null][] = [
    [styleIds.title, 'Title', 40, null],
    [styleIds.heading1, 'heading 1', 30, 0],
    [styleIds.heading2, 'heading 2', 25, 1],
    [styleIds.heading3, 'heading 3', 22, 2],
  ];
  const added = wanted
    .filter(([id]) => !existing.has(id))
    .map(([id, name, size, outline]) => headingStyleXml(id, name, size, outline, basedOn))
    .join('');
  if (added) zip.file('word/styles.xml', xml.replace('</w:styles>', `${added}</w:styles>`));
}

/** A .dotx (Word template file) would give a file Word refuses to open as .docx. */
async function saveAsDocument(zip: JSZip): Promise<void> {
  const file = zip.file('[Content_Types].xml');
  if (!file) return;
  const xml = await file.async('string');
  zip.file(
    '[Content_Types].xml',
    xml.replace(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    ),
  );
}

/**
 * Puts {{markering}} at the top of every page header, so drafts and internal copies are marked
 * on every page even when the template has no place for it. Headers the first section lacks
 * (default, first page, even pages) get a small header of our own; later sections inherit it.
 */
async function addMarkingToHeaders(zip: JSZip): Promise<void> {
  let documentXml = await zip.file('word/document.xml')!.async('string');
  const relsPath = 'word/_rels/document.xml.rels';
  let rels = (await zip.file(relsPath)?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target && /header/i.test(m[0]))
      targets.set(id, target.replace(/^\/?word\//, '').replace(/^\//, ''));
  }

  const referenced = new Set<string>();
  for (const m of documentXml.matchAll(/<w:headerReference\b[^>]*>/g)) {
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (target) referenced.add(`word/${target}`);
  }
  for (const part of referenced) {
    const file = zip.file(part);
    if (!file) continue;
    const xml = await file.async('string');
    zip.file(
      part,
      xml.replace(/<w:hdr\b[^>]*>/, (open) => `${open}${markParagraph}`),
    );
  }

  const first = /<w:sectPr\b[^>]*?(\/?)>/.exec(documentXml);
  if (!first) return;
  const firstSection = documentXml.slice(
    first.index,
    documentXml.indexOf('</w:sectPr>', first.index) + 11,
  );
  const missingTypes = ['default', 'first', 'even'].filter(
    (type) =>
      !new RegExp(`<w:headerReference\\b[^>]*w:type="${type}"`).test(first[1] ? '' : firstSection),
  );
  if (missingTypes.length === 0) return;

  zip.file(
    MARK_PART,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${markParagraph}</w:hdr>`,
  );
  rels = rels.replace(
    '</Relationships>',
    `<Relationship Id="${MARK_REL}" Type="${R_NS}/header" Target="headerPvMarkering.xml"/></Relationships>`,
  );
  zip.file(relsPath, rels);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/${MARK_PART}" ContentType="${HEADER_TYPE}"/></Types>`,
    ),
  );
  const refs = missingTypes
    .map((t) => `<w:headerReference w:type="${t}" r:id="${MARK_REL}"/>`)
    .join('');
  const [open, selfClosing] = [first[0], first[1] === '/'];
  const replacement = selfClosing
    ? `${open.replace(/\/>$/, '>')}${refs}</w:sectPr>`
    : `${open}${refs}`;
  documentXml =
    documentXml.slice(0, first.index) + replacement + documentXml.slice(first.index + open.length);
  if (!/<w:document\b[^>]*xmlns:r=/.test(documentXml)) {
    documentXml = documentXml.replace(/<w:document\b/, `<w:document xmlns:r="${R_NS}"`);
  }
  zip.file('word/document.xml', documentXml);
}

const text = (value: string): IPatch => ({
  type: PatchType.PARAGRAPH,
  children: [new TextRun(cleanText(value))],
});

/** Fills the template with a composed document. `report` must come from inspectTemplate. */
export async function fillTemplate(
  template: Uint8Array,
  report: TemplateReport,
  doc: ComposedDocument,
  options: ExportOptions,
): Promise<Buffer> {
  if (report.problems.length > 0) throw templateFailure(report.problems);
  const zip = (await openZip(template))!;
  await saveAsDocument(zip);
  await addMissingStyles(zip, report.styleIds);
  const marks = pageMarks(options);
  if (marks.length > 0 && !report.markingInHeader) await addMarkingToHeaders(zip);
  const prepared = await zip.generateAsync({ type: 'uint8array' });

  const { letterhead } = options;
  const values: Record<Exclude<PlaceholderName, 'innehall' | 'markering'>, string> = {
    rubrik: doc.title,
    dokumenttyp: doc.documentType,
    dnr: letterhead.dnr,
    datum: shortDate(options.date),
    datum_lang: longDate(options.date),
    kommun: letterhead.municipality,
    enhet: letterhead.unit,
    handlaggare: letterhead.officerName,
    handlaggare_titel: letterhead.officerTitle,
    telefon: letterhead.officerPhone,
    epost: letterhead.officerEmail,
  };
  const patches: Record<string, IPatch> = {};
  for (const [name, value] of Object.entries(values)) patches[name] = text(value);
  patches[MARK] = {
    type: PatchType.PARAGRAPH,
    children: marks.map((mark, i) => new TextRun({ text: mark, ...(i > 0 ? { break: 1 } : {}) })),
  };
  patches[BODY] = { type: PatchType.DOCUMENT, children: doc.body };

  return patchDocument({
    outputType: 'nodebuffer',
    data: prepared,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    numbering: listNumbering,
    properties: { title: doc.title, subject: doc.documentType },
  });
}
