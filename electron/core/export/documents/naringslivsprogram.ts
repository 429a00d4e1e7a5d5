// Runs in: main process / Node. Näringslivsprogram: the programme itself (DOCUMENTS.md §2). A
// metadata block on the first page, then every section of shared/process/documentSections.ts in
// order: the officer's text first, then what the data gives. Left-out sections are not printed;
// empty ones ask to be filled in drafts. Pure: data + options in, .docx bytes out.
import { HighlightColor } from 'docx';
import { z } from 'zod';
import { programmeStatuses } from '../../../../shared/domain/process';
import { documentSections } from '../../../../shared/process/documentSections';
import { documentParts } from '../../programmeText/documentParts';
import type { BodyWriter, Cell } from '../blocks';
import {
  loadProgrammeDocumentData,
  type ProgrammeDocumentData,
  type ProgrammeDocumentQuery,
} from '../data/programme';
import { shortDate } from '../dates';
import { SIZE } from '../houseStyle';
import { renderDocument, type Compose, type RenderedDocument } from '../render';
import type { ExportOptions } from '../types';
import type { DocumentDefinition } from './index';

export const PROGRAMME_TYPE = 'Program';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('sv') + s.slice(1);

/** The dnr on the first page and in the header: KF's decision, else the one the request gives. */
export const programmeDnr = (d: ProgrammeDocumentData): string =>
  d.programme.adoptedDnr || d.programme.caseDnr;

function metadata(w: BodyWriter, d: ProgrammeDocumentData, options: ExportOptions): void {
  const ask = (what: string, final: string): Cell => {
    w.missing.push(what);
    return w.draft ? { text: `[att fylla i: ${what}]`, highlight: HighlightColor.YELLOW } : final;
  };
  const p = d.programme;
  const dnr = options.letterhead.dnr || programmeDnr(d);
  const adopted =
    p.adoptedDate !== null
      ? `Kommunfullmäktige ${shortDate(p.adoptedDate)}${
          p.adoptedParagraph ? `, § ${p.adoptedParagraph.replace(/^§\s*/, '')}` : ''
        }`
      : ask('datum och paragraf för kommunfullmäktiges beslut', 'Ej fastställt');
  const status = programmeStatuses.find((s) => s.id === p.status)?.sv ?? '';
  const rows: [string, Cell][] = [
    ['Dokumenttyp', 'Program (näringslivsprogram)'],
    ['Diarienummer', dnr || ask('diarienummer', '–')],
    ['Fastställd av', adopted],
    ['Giltighetstid', `${p.periodStart}–${p.periodEnd}`],
    ['Status', status],
  ];
  if (p.ownerBody.trim()) rows.push(['Programägare', p.ownerBody]);
  rows.push(['Revideras av', d.meta.revisedBy || ask('vem som reviderar programmet', '–')]);
  rows.push(['Följs upp av', d.meta.followedUpBy || ask('vem som följer upp programmet', '–')]);
  w.table(
    [
      { header: '', width: '28%' },
      { header: '', width: '72%' },
    ],
    rows.map(([label, value]) => [{ text: label, bold: true }, value]),
    { header: false, size: SIZE.body },
  );
}

/** Sections whose parent is left out go with it. */
function printed(d: ProgrammeDocumentData) {
  const out = new Set(documentSections.filter((s) => d.texts[s.id]?.leftOut).map((s) => s.id));
  return documentSections.filter((s) => !out.has(s.id) && !(s.parent && out.has(s.parent)));
}

export function composeProgramme(d: ProgrammeDocumentData, options: ExportOptions): Compose {
  return (w) => {
    w.title(d.programme.name, options.letterhead.municipality || undefined);
    metadata(w, d, options);
    for (const section of printed(d)) {
      w.heading(section.parent ? 2 : 1, section.title.sv);
      const text = d.texts[section.id]?.text ?? '';
      if (text.trim()) w.text(text);
      const part = documentParts[section.id];
      const wroteData = part ? part(w, d) : false;
      if (!text.trim() && !wroteData) {
        w.missingSection(lowerFirst(section.title.sv), 'Avsnittet är inte skrivet än.');
      }
    }
    if (d.swotLeftOut > 0) {
      w.note(
        `${d.swotLeftOut} ${d.swotLeftOut === 1 ? 'punkt' : 'punkter'} i SWOT-analysen bygger på anteckningar markerade som konfidentiella och är inte med i den här versionen.`,
      );
    }
    return { documentType: PROGRAMME_TYPE, title: d.programme.name, orientation: 'portrait' };
  };
}

export function renderProgramme(
  d: ProgrammeDocumentData,
  options: ExportOptions,
): Promise<RenderedDocument> {
  return renderDocument(composeProgramme(d, options), options);
}

const programmeParams = z.object({ programmeId: z.string().max(64), internal: z.boolean() });

export const program: DocumentDefinition<ProgrammeDocumentQuery, ProgrammeDocumentData> = {
  id: 'program',
  description: {
    sv: 'Själva näringslivsprogrammet: uppgifter om beslut och giltighet på första sidan, sedan programtexten och avsnitten som byggs ur fokusområden, mål, handlingsplan, SWOT och rollfördelning.',
    en: 'The business programme itself: decision and validity on the first page, then the programme text and the sections built from focus areas, goals, action plan, SWOT and roles.',
  },
  options: ['internal', 'draft', 'template'],
  params: (request) => ({ programmeId: request.programmeId ?? '', internal: request.internal }),
  paramsSchema: programmeParams,
  load: loadProgrammeDocumentData,
  compose: composeProgramme,
  render: renderProgramme,
  title: () => 'Näringslivsprogram',
  fileStem: (_p, d) => d.programme.name,
  period: () => null,
  confidentialLeftOut: (d) => d.confidentialLeftOut,
  internal: (d) => d.internal,
  orientation: 'portrait',
  dnr: programmeDnr,
};
