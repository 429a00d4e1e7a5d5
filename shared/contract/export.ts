// Runs in: everywhere. Contract of the Word export (dokumentexport), its log and the own template.
import { z } from 'zod';
import type { Page } from './define';
import {
  exportDocuments,
  type ExportChangeCheck,
  type ExportDocumentInfo,
  type ExportLogEntry,
  type ExportPreview,
  type ExportResult,
  type ExportSettings,
  type LogoInfo,
  type TemplateInfo,
} from '../domain/export';
import { stageBodyIds } from '../domain/cases';
import { byId, empty, isoDate, paging } from './common';
import { read, write } from './define';

export const exportRequest = z
  .object({
    document: z.enum(exportDocuments),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Include notes marked confidential; every page is then marked "INTERN KOPIA". */
    internal: z.boolean().default(false),
    /** Marks every page "UTKAST" and writes "[att fylla i: …]" where data is missing. */
    draft: z.boolean().default(false),
    /** Fill the municipality's own template instead of the built-in house style. */
    useTemplate: z.boolean().default(false),
    dnr: z.string().trim().max(60).default(''),
    /** The case (ärende) of a tjänsteskrivelse or remissammanställning. */
    caseId: z.string().min(1).max(64).optional(),
    /** The programme of a programme document (handlingsplan, uppföljning …); default: the current one. */
    programmeId: z.string().min(1).max(64).optional(),
    /** The stage a tjänsteskrivelse is written for. */
    stage: z.enum(stageBodyIds).optional(),
  })
  .refine((r) => !r.from || !r.to || r.from <= r.to, {
    path: ['to'],
    message: 'Slutdatum får inte vara före startdatum',
  });
export type ExportRequest = z.output<typeof exportRequest>;

/** A .docx file is at most ~15 MB as base64 (logos and pictures included). */
const docxBase64 = z
  .string()
  .min(1)
  .max(20_000_000)
  .regex(/^[A-Za-z0-9+/=\r\n]+$/, 'Filen kunde inte läsas');

/** Base64 of a PNG; the 2 MB limit itself is checked on the bytes, with a Swedish message. */
const logoBase64 = z
  .string()
  .min(1, 'Filen är tom.')
  .max(4_000_000, 'Logotypen får vara högst 2 MB.')
  .regex(/^[A-Za-z0-9+/=\r\n]+$/, 'Filen kunde inte läsas');

export const exportContract = {
  'export:document': write<ExportResult>()(exportRequest),
  'export:preview': read<ExportPreview>()(exportRequest),
  'export:log': read<Page<ExportLogEntry>>()(
    z.object({
      document: z.enum(exportDocuments).optional(),
      caseId: z.string().max(64).optional(),
      ...paging,
    }),
  ),
  /** Rebuilds the data of an earlier export and compares fingerprints. */
  'export:changedSince': read<ExportChangeCheck>()(byId),
  /** Checks and stores the municipality's own Word template (.docx with {{platshållare}}). */
  'export:setTemplate': write<TemplateInfo>()(
    z.object({ fileName: z.string().trim().min(1).max(300), contentBase64: docxBase64 }),
  ),
  'export:clearTemplate': write<{ cleared: boolean }>()(z.object({})),
  /** The documents the export screen offers, with the options each takes. */
  'export:documents': read<ExportDocumentInfo[]>()(empty),
  /** Logo (as a data URL for the preview), own template and the placeholder guide. */
  'export:settings': read<ExportSettings>()(empty),
  /** The municipality's logo for the document header: a PNG of at most 2 MB. */
  'export:setLogo': write<LogoInfo>()(z.object({ contentBase64: logoBase64 })),
  'export:clearLogo': write<{ cleared: boolean }>()(empty),
};
