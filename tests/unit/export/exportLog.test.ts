// Runs in: vitest (Node). Exporting through the dispatcher, the export log and its fingerprints.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/core/dispatcher';
import { exportHandlers } from '../../../electron/core/export/handlers';
import { canonicalJson, fingerprint } from '../../../electron/core/export/fingerprint';
import { listExports, recordExport } from '../../../electron/core/export/log';
import { exportDocument, hasChangedSince } from '../../../electron/core/export/service';
import type { Handlers } from '../../../electron/core/handlers';
import { exportRequest } from '../../../shared/contract/export';
import type {
  ExportLogEntry,
  ExportPreview,
  ExportResult,
  TemplateInfo,
} from '../../../shared/domain/export';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { docxParts, visibleText } from './docxXml';
import { sampleVisits, seedSettings, seedVisits } from './seed';
import { goodTemplate, makeTemplate } from './templates';

let ctx: TestContext;
let call: Dispatch;
beforeEach(() => {
  ctx = makeTestContext();
  seedSettings(ctx.db!);
  seedVisits(ctx.db!, sampleVisits);
  call = createDispatcher(ctx, exportHandlers as unknown as Handlers);
});
afterEach(() => ctx.cleanup());

const request = (extra: Record<string, unknown> = {}) =>
  exportRequest.parse({
    document: 'besoksrapport',
    from: '2027-01-01',
    to: '2027-12-31',
    ...extra,
  });

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('fingerprint', () => {
  it('does not depend on key order but on every value', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
    expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
    expect(fingerprint({ a: 1, b: 2 })).not.toBe(fingerprint({ a: 1, b: 3 }));
    expect(fingerprint({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('export log', () => {
  it('records an export and lists newest first, filtered by document or matter', () => {
    recordExport(
      ctx.db!,
      { document: 'besoksrapport', options: { a: 1 }, fingerprint: 'f1', fileName: 'a.docx' },
      '2027-01-01T10:00:00.000Z',
    );
    recordExport(
      ctx.db!,
      {
        document: 'tjansteskrivelse',
        options: {},
        fingerprint: 'f2',
        fileName: 'b.docx',
        caseId: 'c1',
        stage: 'KSAU',
      },
      '2027-01-02T10:00:00.000Z',
    );
    const all = listExports(ctx.db!, { offset: 0, limit: 10 });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.fileName)).toEqual(['b.docx', 'a.docx']);
    expect(all.rows[1]!.options).toEqual({ a: 1 });
    const byCase = listExports(ctx.db!, { caseId: 'c1', offset: 0, limit: 10 });
    expect(byCase.rows).toHaveLength(1);
    expect(byCase.rows[0]).toMatchObject({ stage: 'KSAU', caseId: 'c1', fingerprint: 'f2' });
    expect(listExports(ctx.db!, { document: 'besoksrapport', offset: 0, limit: 10 }).total).toBe(1);
  });

  it('answers "has the data changed since?" by rebuilding the data', async () => {
    const first = await exportDocument(ctx.db!, request(), '2027-05-02');
    expect(hasChangedSince(ctx.db!, first.exportId).changed).toBe(false);
    // A change outside the period or in a confidential visit's text does not change a public copy.
    seedVisits(ctx.db!, [{ company: 'Senare AB', date: '2028-02-01' }]);
    ctx.db!.prepare("UPDATE visits SET notes = 'ÄNDRAD HEMLIGHET' WHERE confidential = 1").run();
    expect(hasChangedSince(ctx.db!, first.exportId).changed).toBe(false);
    ctx
      .db!.prepare(
        "UPDATE visits SET notes = 'Ny anteckning' WHERE confidential = 0 AND visit_date = '2027-03-14'",
      )
      .run();
    const check = hasChangedSince(ctx.db!, first.exportId);
    expect(check).toMatchObject({ exportId: first.exportId, changed: true });
    const second = await exportDocument(ctx.db!, request(), '2027-05-03');
    const entries = listExports(ctx.db!, { offset: 0, limit: 10 }).rows;
    const fingerprints = new Map(entries.map((e) => [e.id, e.fingerprint]));
    expect(fingerprints.get(first.exportId)).not.toBe(fingerprints.get(second.exportId));
  });

  it('numbers drafts of the same selection', async () => {
    const a = await exportDocument(ctx.db!, request({ draft: true }), '2027-05-02');
    const b = await exportDocument(ctx.db!, request({ draft: true }), '2027-05-02');
    const other = await exportDocument(
      ctx.db!,
      request({ draft: true, from: '2027-02-01' }),
      '2027-05-02',
    );
    expect(a.fileName).toBe('Besöksrapport 2027 (utkast v1).docx');
    expect(b.fileName).toBe('Besöksrapport 2027 (utkast v2).docx');
    expect(other.fileName).toBe('Besöksrapport 2027-02-01–2027-12-31 (utkast v1).docx');
    expect(visibleText(await docxParts(b.buffer))).toContain('UTKAST – version 2');
  });
});

describe('export handlers', () => {
  it('export:document returns the file as base64 with its log id and what is missing', async () => {
    const result = await ok<ExportResult>('export:document', {
      document: 'besoksrapport',
      from: '2030-01-01',
      to: '2030-12-31',
      internal: false,
      draft: true,
      useTemplate: false,
    });
    expect(result.fileName).toBe('Besöksrapport 2030 (utkast v1).docx');
    expect(result.missing).toContain('ämnen som togs upp');
    const parts = await docxParts(Buffer.from(result.contentBase64, 'base64'));
    expect(parts.has('word/document.xml')).toBe(true);
    const log = await ok<{ rows: ExportLogEntry[]; total: number }>('export:log', {});
    expect(log.rows[0]).toMatchObject({
      id: result.exportId,
      document: 'besoksrapport',
      options: {
        from: '2030-01-01',
        to: '2030-12-31',
        internal: false,
        draft: true,
        useTemplate: false,
      },
    });
    expect(await ok('export:changedSince', { id: result.exportId })).toMatchObject({
      changed: false,
    });
  });

  it('export:preview lists the headings, what is missing and what is left out', async () => {
    const preview = await ok<ExportPreview>('export:preview', {
      document: 'besoksrapport',
      from: '2027-01-01',
      to: '2027-12-31',
    });
    expect(preview.headings.map((h) => h.text)).toEqual([
      'Sammanfattning',
      'Besöken i siffror',
      'Per bransch',
      'Per ort',
      'Ämnen som togs upp',
      'Hinder och vad som gjorts',
      'Uppföljning av besöken',
      'Företagens omdöme om besöken',
      'Om underlaget',
      'Bilaga: Anteckningar från besöken',
    ]);
    expect(preview.confidentialLeftOut).toBe(1);
    expect(preview.missing).toEqual([]);
    expect(preview.template).toBeNull();
    expect(preview.period).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(await ok('export:log', {})).toMatchObject({ total: 0 });
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await call('export:document', {
      document: 'besoksrapport',
      from: '2027-05-01',
      to: '2027-04-01',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.to).toContain('Slutdatum');
  });

  it('stores a good template, uses it, and clears it', async () => {
    const noTemplate = await call('export:document', {
      document: 'besoksrapport',
      useTemplate: true,
    });
    expect(noTemplate.ok).toBe(false);
    if (!noTemplate.ok) expect(noTemplate.error.message).toContain('Ingen egen dokumentmall');

    const info = await ok<TemplateInfo>('export:setTemplate', {
      fileName: 'Kommunmall.docx',
      contentBase64: Buffer.from(await goodTemplate()).toString('base64'),
    });
    expect(info.fileName).toBe('Kommunmall.docx');
    expect(info.placeholders).toContain('innehall');
    const preview = await ok<ExportPreview>('export:preview', { document: 'besoksrapport' });
    expect(preview.template?.fileName).toBe('Kommunmall.docx');

    const result = await ok<ExportResult>('export:document', {
      document: 'besoksrapport',
      from: '2027-01-01',
      to: '2027-12-31',
      useTemplate: true,
    });
    const text = visibleText(await docxParts(Buffer.from(result.contentBase64, 'base64')));
    expect(text).toContain('Slut på mallen.');
    expect(text).toContain('Sammanfattning');

    expect(await ok('export:clearTemplate', {})).toEqual({ cleared: true });
    expect(
      (await ok<ExportPreview>('export:preview', { document: 'besoksrapport' })).template,
    ).toBeNull();
  });

  it('refuses a template with problems and keeps the previous one', async () => {
    await ok('export:setTemplate', {
      fileName: 'Bra.docx',
      contentBase64: Buffer.from(await goodTemplate()).toString('base64'),
    });
    const bad = await call('export:setTemplate', {
      fileName: 'Trasig.docx',
      contentBase64: Buffer.from(await makeTemplate({ body: ['{{okand}}'] })).toString('base64'),
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      expect(bad.error.message).toContain('Okänd platshållare {{okand}}');
      expect(bad.error.message).toContain('{{innehall}} saknas');
      expect(bad.error.fields?.template).toBeDefined();
    }
    expect(
      (await ok<ExportPreview>('export:preview', { document: 'besoksrapport' })).template?.fileName,
    ).toBe('Bra.docx');
  });
});
