// Runs in: renderer. What the officer has chosen on the export screen, and the request it makes:
// only the options the chosen document takes are sent.
import type { MethodInput } from '../../../../shared/contract';
import type { ExportDocumentInfo, ExportDocumentId } from '../../../../shared/domain/export';
import { quickPeriod } from './periods';

export interface ExportChoice {
  document: ExportDocumentId | '';
  from: string;
  to: string;
  stage: string;
  caseId: string;
  draft: boolean;
  internal: boolean;
  useTemplate: boolean;
}

export const initialChoice = (): ExportChoice => ({
  document: '',
  ...quickPeriod('thisYear'),
  stage: '',
  caseId: '',
  draft: true,
  internal: false,
  useTemplate: false,
});

export type ExportInput = MethodInput<'export:document'>;

/**
 * The request for `doc`; `hasTemplate` says whether "use the template" can be honoured, and
 * `firstCaseId` is the case used until the officer picks one.
 */
export function exportInput(
  choice: ExportChoice,
  doc: ExportDocumentInfo,
  hasTemplate: boolean,
  firstCaseId = '',
): ExportInput {
  const takes = (option: ExportDocumentInfo['options'][number]) => doc.options.includes(option);
  const input: Record<string, unknown> = {
    document: doc.id,
    draft: takes('draft') && choice.draft,
    internal: takes('internal') && choice.internal,
    useTemplate: takes('template') && hasTemplate && choice.useTemplate,
  };
  if (takes('period')) {
    if (choice.from) input.from = choice.from;
    if (choice.to) input.to = choice.to;
  }
  if (takes('stage')) input.stage = choice.stage || doc.stages[0]?.id;
  if (takes('case')) {
    const caseId = choice.caseId || firstCaseId;
    if (caseId) input.caseId = caseId;
  }
  // Built loosely because each document's options differ; the contract's schema checks the shape.
  return input as ExportInput;
}
