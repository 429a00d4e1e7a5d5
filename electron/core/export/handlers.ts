// Runs in: main process / Node. Word export: documents, preview, the export log, the own template.
import { AppFailure } from '../../../shared/errors';
import { requireDb } from '../app/requireDb';
import type { Handlers } from '../handlers';
import { documentList } from './documents';
import { listExports } from './log';
import { clearLogo, storedLogo, storeLogo } from './logo';
import { exportDocument, hasChangedSince, previewDocument } from './service';
import { clearTemplate, storeTemplate, templateInfo } from './stored';
import { inspectTemplate, templateFailure, templatePlaceholders } from './template';

export const exportHandlers = {
  'export:document': async (ctx, input) => {
    const { buffer: _buffer, ...result } = await exportDocument(requireDb(ctx), input);
    return result;
  },
  'export:preview': (ctx, input) => previewDocument(requireDb(ctx), input),
  'export:log': (ctx, input) => listExports(requireDb(ctx), input),
  'export:changedSince': (ctx, input) => hasChangedSince(requireDb(ctx), input.id),
  'export:setTemplate': async (ctx, input) => {
    const db = requireDb(ctx);
    const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
    if (bytes.length === 0) {
      throw new AppFailure('VALIDATION', undefined, { contentBase64: 'Filen är tom.' });
    }
    const report = await inspectTemplate(bytes);
    if (report.problems.length > 0) throw templateFailure(report.problems);
    return storeTemplate(db, input.fileName, bytes, report);
  },
  'export:clearTemplate': (ctx) => ({ cleared: clearTemplate(requireDb(ctx)) }),
  'export:documents': () => documentList(),
  'export:settings': (ctx) => {
    const db = requireDb(ctx);
    return {
      logo: storedLogo(db),
      template: templateInfo(db),
      placeholders: templatePlaceholders.map((p) => ({
        name: p.name,
        description: p.description,
        required: p.name === 'innehall',
      })),
    };
  },
  'export:setLogo': (ctx, input) =>
    storeLogo(requireDb(ctx), new Uint8Array(Buffer.from(input.contentBase64, 'base64'))),
  'export:clearLogo': (ctx) => ({ cleared: clearLogo(requireDb(ctx)) }),
} satisfies Pick<
  Handlers,
  | 'export:document'
  | 'export:preview'
  | 'export:log'
  | 'export:changedSince'
  | 'export:setTemplate'
  | 'export:clearTemplate'
  | 'export:documents'
  | 'export:settings'
  | 'export:setLogo'
  | 'export:clearLogo'
>;
