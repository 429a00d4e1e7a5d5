// Runs in: everywhere. Contract of the company register (Företag) and its import.
import { z } from 'zod';
import type { Company, CompanyLookup, CompanyRow } from '../domain/companies';
import type { ImportBatch, ImportPreview, ImportProgress, ImportReport } from '../domain/imports';
import { byId, email, longText, optionalText, paging, shortText } from './common';
import { read, write, type Page } from './define';

export const companyInput = z.object({
  name: shortText.min(1, 'Ange företagets namn'),
  /** Checked with the organisationsnummer package in core; empty is allowed. */
  orgNumber: z.string().trim().max(20).default(''),
  sniCode: optionalText,
  industry: optionalText,
  sizeClass: optionalText,
  locality: optionalText,
  address: optionalText,
  postalCode: optionalText,
  city: optionalText,
  website: optionalText,
  phone: optionalText,
  email,
  notes: longText.default(''),
  contactIds: z.array(z.string().min(1).max(64)).max(200).default([]),
});
export type CompanyInput = z.input<typeof companyInput>;

export const importFields = [
  'name',
  'orgNumber',
  'sniCode',
  'industry',
  'sizeClass',
  'locality',
  'address',
  'postalCode',
  'city',
  'website',
  'phone',
  'email',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

const importFile = {
  fileName: z.string().min(1).max(500),
  /** The file's bytes, base64: the core detects encoding and delimiter itself. */
  contentBase64: z.string().min(1).max(200_000_000),
};
const importMapping = z.record(z.string(), z.enum(importFields).or(z.literal('')));

export const companiesContract = {
  'companies:list': read<Page<CompanyRow>>()(
    z.object({
      query: z.string().max(200).default(''),
      locality: z.string().max(200).optional(),
      sizeClass: z.string().max(20).optional(),
      sort: z.enum(['name', 'locality', 'lastVisit', 'updated']).default('name'),
      ...paging,
    }),
  ),
  'companies:get': read<Company>()(byId),
  'companies:create': write<Company>()(companyInput),
  'companies:update': write<Company>()(companyInput.extend({ id: z.string().min(1) })),
  'companies:delete': write<{ id: string }>()(byId),
  'companies:lookup': read<CompanyLookup[]>()(
    z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(50).default(10) }),
  ),
  /** Reads the file: encoding, delimiter, headers, first rows and a suggested column mapping. */
  'companies:importPreview': read<ImportPreview>()(z.object(importFile)),
  /** Validates every row with the mapping; nothing is written. */
  'companies:importCheck': read<ImportReport>()(
    z.object({ ...importFile, mapping: importMapping, duplicates: z.enum(['skip', 'update']) }),
  ),
  /** Starts an import: one transaction is opened and held until the last step or a cancel. */
  'companies:importStart': write<ImportProgress>()(
    z.object({ ...importFile, mapping: importMapping, duplicates: z.enum(['skip', 'update']) }),
  ),
  /** Imports the next chunk of rows; the last step commits. */
  'companies:importStep': write<ImportProgress>()(z.object({ sessionId: z.string().min(1) })),
  'companies:importCancel': write<{ cancelled: boolean }>()(
    z.object({ sessionId: z.string().min(1) }),
  ),
  'companies:importUndo': write<ImportBatch>()(z.object({ batchId: z.string().min(1) })),
  'companies:importList': read<ImportBatch[]>()(z.object({})),
};
