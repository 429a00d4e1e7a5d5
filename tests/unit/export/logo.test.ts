// Runs in: vitest (Node). The municipality's logo: refused unless a PNG of at most 2 MB, stored for
// the document header, shown in the export settings, removable; and the export screen's documents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/core/dispatcher';
import { exportHandlers } from '../../../electron/core/export/handlers';
import { checkLogo, MAX_LOGO_BYTES } from '../../../electron/core/export/logo';
import { exportDocument } from '../../../electron/core/export/service';
import type { Handlers } from '../../../electron/core/handlers';
import { exportRequest } from '../../../shared/contract/export';
import type { ExportDocumentInfo, ExportSettings, LogoInfo } from '../../../shared/domain/export';
import { AppFailure } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { docxParts, headerXml } from './docxXml';
import { seedSettings } from './seed';

/** A real 2 × 1 pixel PNG. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mNk+M9QzwAEjDAGACCDAv8cI7IoAAAAAElFTkSuQmCC';
const png = () => new Uint8Array(Buffer.from(PNG_BASE64, 'base64'));
/** The first bytes of a JPEG file. */
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

function failureOf(run: () => unknown): AppFailure {
  try {
    run();
  } catch (err) {
    if (err instanceof AppFailure) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('checkLogo', () => {
  it('accepts a PNG and reads its size', () => {
    expect(checkLogo(png())).toEqual({ width: 2, height: 1, bytes: png().length });
  });

  it('refuses a file that is not a PNG, in Swedish, on the field', () => {
    const failure = failureOf(() => checkLogo(jpeg));
    expect(failure.code).toBe('VALIDATION');
    expect(failure.detail?.sv).toMatch(/måste vara en PNG-bild/);
    expect(failure.fields?.contentBase64).toMatch(/måste vara en PNG-bild/);
  });

  it('refuses an empty file', () => {
    expect(failureOf(() => checkLogo(new Uint8Array())).detail?.sv).toBe('Filen är tom.');
  });

  it('refuses a PNG larger than 2 MB and accepts one of exactly 2 MB', () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(png());
    const failure = failureOf(() => checkLogo(big));
    expect(failure.detail?.sv).toMatch(/för stor \(2 MB\).*högst 2 MB/);
    const exact = new Uint8Array(MAX_LOGO_BYTES);
    exact.set(png());
    expect(checkLogo(exact).bytes).toBe(MAX_LOGO_BYTES);
  });

  it('refuses a file with the PNG signature but no readable image header', () => {
    const broken = png().slice(0, 16);
    expect(failureOf(() => checkLogo(broken)).detail?.sv).toMatch(/går inte att läsa/);
  });
});

describe('logo and settings through the dispatcher', () => {
  let ctx: TestContext;
  let call: Dispatch;
  beforeEach(() => {
    ctx = makeTestContext();
    seedSettings(ctx.db!);
    call = createDispatcher(ctx, exportHandlers as unknown as Handlers);
  });
  afterEach(() => ctx.cleanup());

  async function ok<T>(method: string, input: unknown): Promise<T> {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  }

  it('stores the logo, shows it as a data URL and puts it in the document header', async () => {
    expect((await ok<ExportSettings>('export:settings', {})).logo).toBeNull();
    const info = await ok<LogoInfo>('export:setLogo', { contentBase64: PNG_BASE64 });
    expect(info).toMatchObject({ width: 2, height: 1 });

    const settings = await ok<ExportSettings>('export:settings', {});
    expect(settings.logo?.dataUrl).toBe(`data:image/png;base64,${PNG_BASE64}`);
    expect(settings.template).toBeNull();

    const result = await exportDocument(
      ctx.db!,
      exportRequest.parse({ document: 'besoksrapport', from: '2027-01-01', to: '2027-12-31' }),
      '2027-06-01',
    );
    expect(headerXml(await docxParts(result.buffer))).toContain('<w:drawing>');

    expect(await ok('export:clearLogo', {})).toEqual({ cleared: true });
    expect((await ok<ExportSettings>('export:settings', {})).logo).toBeNull();
    expect(await ok('export:clearLogo', {})).toEqual({ cleared: false });
  });

  it('keeps the old logo when a wrong file is chosen, and says why in Swedish', async () => {
    await ok('export:setLogo', { contentBase64: PNG_BASE64 });
    const result = await call('export:setLogo', {
      contentBase64: Buffer.from(jpeg).toString('base64'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.contentBase64).toMatch(/PNG-bild/);
    expect((await ok<ExportSettings>('export:settings', {})).logo?.width).toBe(2);
  });

  it('refuses base64 far beyond 2 MB before decoding it', async () => {
    const result = await call('export:setLogo', { contentBase64: 'A'.repeat(4_000_001) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.error)).toContain('högst 2 MB');
  });

  it('lists the placeholder guide with {{innehall}} as the only required one', async () => {
    const { placeholders } = await ok<ExportSettings>('export:settings', {});
    expect(placeholders.map((p) => p.name)).toContain('rubrik');
    expect(placeholders.filter((p) => p.required).map((p) => p.name)).toEqual(['innehall']);
    expect(placeholders.every((p) => p.description.length > 0)).toBe(true);
  });

  it('lists the documents with their titles, descriptions and options', async () => {
    const documents = await ok<ExportDocumentInfo[]>('export:documents', {});
    const visits = documents.find((d) => d.id === 'besoksrapport');
    expect(visits).toMatchObject({
      title: { sv: 'Besöksrapport' },
      options: ['period', 'internal', 'draft', 'template'],
      stages: [],
    });
    expect(visits?.description.sv.length).toBeGreaterThan(20);
    for (const d of documents) {
      expect(d.title.sv && d.title.en && d.description.sv && d.description.en).toBeTruthy();
      expect(d.options.includes('stage')).toBe(d.stages.length > 0);
    }
  });
});
