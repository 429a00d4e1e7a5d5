// Runs in: main process / Node. The company import's part of the contract.
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { selectBatches } from './batchQueries';
import { checkImport, previewImport } from './importFile';
import {
  assertNoImportRunning,
  cancelImportSession,
  startImportSession,
  stepImportSession,
} from './sessions';
import { undoImport } from './undo';

const bytesOf = (contentBase64: string): Buffer => Buffer.from(contentBase64, 'base64');

export const importHandlers = {
  'companies:importPreview': (ctx, { fileName, contentBase64 }) => {
    requireDb(ctx);
    return previewImport(fileName, bytesOf(contentBase64));
  },
  'companies:importCheck': (ctx, { fileName, contentBase64, mapping, duplicates }) =>
    checkImport(requireDb(ctx), { fileName, bytes: bytesOf(contentBase64), mapping, duplicates }),
  'companies:importStart': (ctx, { fileName, contentBase64, mapping, duplicates }) =>
    startImportSession(ctx, { fileName, bytes: bytesOf(contentBase64), mapping, duplicates }),
  'companies:importStep': (ctx, { sessionId }) => stepImportSession(ctx, sessionId),
  'companies:importCancel': (ctx, { sessionId }) => cancelImportSession(ctx, sessionId),
  'companies:importUndo': (ctx, { batchId }) => {
    assertNoImportRunning(ctx);
    return undoImport(requireDb(ctx), batchId);
  },
  'companies:importList': (ctx) => selectBatches(requireDb(ctx)),
} satisfies Pick<
  Handlers,
  | 'companies:importPreview'
  | 'companies:importCheck'
  | 'companies:importStart'
  | 'companies:importStep'
  | 'companies:importCancel'
  | 'companies:importUndo'
  | 'companies:importList'
>;
