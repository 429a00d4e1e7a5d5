// Runs in: renderer. How the import speaks about fields, encodings and delimiters.
import type { TFunction } from 'i18next';
import { importFields, type ImportField } from '../../../../shared/contract/companies';
import type { ImportPreview } from '../../../../shared/domain/imports';

export const isImportField = (value: string): value is ImportField =>
  (importFields as readonly string[]).includes(value);

/** The register's own field label, so the import and the company form use the same words. */
export const fieldLabel = (t: TFunction, field: string): string =>
  isImportField(field) ? t(`fields.${field}`, { ns: 'companies' }) : field;

const delimiterNames = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

export const delimiterLabel = (t: TFunction, d: NonNullable<ImportPreview['delimiter']>): string =>
  t(`delimiter.${delimiterNames[d]}`, { ns: 'importer' });

/** A heading cell may be empty; the officer still needs a name for the column. */
export const columnName = (t: TFunction, header: string, index: number): string =>
  header.trim() !== '' ? header : t('preview.untitled', { ns: 'importer', index: index + 1 });
