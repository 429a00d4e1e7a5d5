// Runs in: vitest (Node). The municipality's own template: checks, filling, marks, Word quirks.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadVisitReportData } from '../../../electron/core/export/data/visits';
import { buildVisitReport } from '../../../electron/core/export/documents/besoksrapport';
import {
  assertTemplateUsable,
  inspectTemplate,
  templatePlaceholders,
} from '../../../electron/core/export/template';
import { AppFailure } from '../../../shared/errors';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { docxParts, headerXml, tableProblems, visibleText } from './docxXml';
import { sampleVisits, seedSettings, seedVisits, testOptions } from './seed';
import {
  asDotx,
  goodTemplate,
  makeTemplate,
  swedishStyleIds,
  withoutHeadingStyles,
} from './templates';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
  seedSettings(ctx.db!);
  seedVisits(ctx.db!, sampleVisits);
});
afterEach(() => ctx.cleanup());

async function fill(template: Uint8Array, extra: Parameters<typeof testOptions>[0] = {}) {
  const data = loadVisitReportData(ctx.db!, {
    from: '2027-01-01',
    to: '2027-12-31',
    internal: extra.internal ?? false,
  });
  return docxParts(await buildVisitReport(data, testOptions({ template, ...extra })));
}

async function failureOf(template: Uint8Array): Promise<AppFailure> {
  try {
    await assertTemplateUsable(template);
  } catch (err) {
    if (err instanceof AppFailure) return err;
    throw err;
  }
  throw new Error('the template was accepted');
}

describe('template check', () => {
  it('accepts a good template, lists its placeholders and notes the split {{rubrik}}', async () => {
    const report = await inspectTemplate(await goodTemplate());
    expect(report.problems).toEqual([]);
    expect(report.placeholders).toEqual(
      expect.arrayContaining([
        'kommun',
        'enhet',
        'dnr',
        'datum',
        'rubrik',
        'handlaggare',
        'innehall',
      ]),
    );
    expect(report.notes.join(' ')).toContain('Word har delat upp {{rubrik}}');
    expect(report.notes.join(' ')).toContain('{{markering}}');
  });

  it('accepts the example template of docs/mallar.md, which uses every placeholder', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/templates/exempelmall.docx'));
    const report = await inspectTemplate(bytes);
    expect(report.problems).toEqual([]);
    expect([...report.placeholders].sort()).toEqual(templatePlaceholders.map((p) => p.name).sort());
    expect(report.markingInHeader).toBe(true);
    const text = visibleText(await fill(bytes, { draft: true, version: '1' }));
    expect(text).not.toContain('{{');
    expect(text).toContain('UTKAST – version 1, 2 maj 2027');
    expect(text).toContain('Datum: 2027-05-02');
    expect(text).toContain('Dnr: KS 2027/42');
    expect(text).toContain('orjan.agren@asalva.se');
  });

  it('refuses unknown placeholders with a Swedish list and a suggestion', async () => {
    const template = await makeTemplate({ body: ['{{Rubrik}}', '{{foo}}', '{{innehall}}'] });
    const failure = await failureOf(template);
    expect(failure.code).toBe('VALIDATION');
    expect(failure.detail?.sv).toContain('Mallen kan inte användas:');
    expect(failure.detail?.sv).toContain('Okänd platshållare {{foo}}.');
    expect(failure.detail?.sv).toContain('Okänd platshållare {{Rubrik}}. Menade du {{rubrik}}?');
    expect(failure.fields?.template).toBe(failure.detail?.sv);
  });

  it('refuses a template without {{innehall}}', async () => {
    const failure = await failureOf(await makeTemplate({ body: ['{{rubrik}}', 'Text'] }));
    expect(failure.detail?.sv).toContain('Platshållaren {{innehall}} saknas');
  });

  it('refuses {{innehall}} that shares its paragraph, sits in a header or appears twice', async () => {
    const shared = await failureOf(await makeTemplate({ body: ['Text före {{innehall}}'] }));
    expect(shared.detail?.sv).toContain('ska stå ensam i ett eget stycke');
    const header = await failureOf(await makeTemplate({ header: ['{{innehall}}'], body: ['x'] }));
    expect(header.detail?.sv).toContain('står i sidhuvudet eller sidfoten');
    const twice = await failureOf(await makeTemplate({ body: ['{{innehall}}', '{{innehall}}'] }));
    expect(twice.detail?.sv).toContain('flera gånger');
  });

  it('refuses half-written placeholders and files that are not Word documents', async () => {
    const broken = await failureOf(await makeTemplate({ body: ['{{rubrik}', '{{innehall}}'] }));
    expect(broken.detail?.sv).toContain('Ofullständig platshållare');
    const notDocx = await failureOf(new TextEncoder().encode('inte en docx'));
    expect(notDocx.detail?.sv).toContain('går inte att öppna som ett Word-dokument');
  });
});

describe('template filling', () => {
  it('fills every placeholder, also the split one, and keeps the template around the body', async () => {
    const parts = await fill(await goodTemplate());
    const text = visibleText(parts);
    expect(text).not.toContain('{{');
    expect(text).toContain('Besöksrapport 2027');
    expect(text).toContain('Handläggare: Örjan Ågren, Näringslivsutvecklare');
    expect(text).toContain('Åsälva kommun – Näringslivsenheten');
    expect(text).toContain('Dnr KS 2027/42   2027-05-02');
    expect(text).toContain('Slut på mallen.');
    const body = parts.get('word/document.xml')!;
    expect(body.indexOf('Sammanfattning')).toBeLessThan(body.indexOf('Slut på mallen.'));
    // The title comes from {{rubrik}}, so the body does not repeat it as a Title paragraph.
    expect(body).not.toContain('<w:pStyle w:val="Title"/>');
    expect(tableProblems(body)).toEqual([]);
  });

  it("uses the template's own heading styles (Swedish Word: Rubrik1)", async () => {
    const body = (await fill(await swedishStyleIds(await goodTemplate()))).get(
      'word/document.xml',
    )!;
    expect(body).toContain('<w:pStyle w:val="Rubrik1"/>');
    expect(body).not.toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('adds heading styles named as Word built-ins when the template has none', async () => {
    const parts = await fill(await withoutHeadingStyles(await goodTemplate()));
    expect(parts.get('word/styles.xml')).toMatch(
      /w:styleId="Heading1"><w:name w:val="heading 1"\/>/,
    );
    expect(parts.get('word/document.xml')).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it("marks an internal copy in the template's own header when it has no {{markering}}", async () => {
    const parts = await fill(await goodTemplate(), { internal: true });
    expect(headerXml(parts)).toContain(
      'INTERN KOPIA – innehåller konfidentiell företagsinformation',
    );
    expect(headerXml(parts)).toContain('Åsälva kommun');
    expect(visibleText(parts)).toContain('HEMLIG ANTECKNING');
  });

  it('adds a header with the marks when the template has none', async () => {
    const template = await makeTemplate({ body: ['{{innehall}}'] });
    const parts = await fill(template, { draft: true, version: '2' });
    const header = parts.get('word/headerPvMarkering.xml');
    expect(header).toContain('UTKAST – version 2, 2 maj 2027');
    expect(parts.get('word/document.xml')).toMatch(
      /<w:headerReference w:type="default" r:id="rIdPvMarkering"\/>/,
    );
    expect(parts.get('word/_rels/document.xml.rels')).toContain('Target="headerPvMarkering.xml"');
    expect(parts.get('[Content_Types].xml')).toContain('PartName="/word/headerPvMarkering.xml"');
  });

  it('fills {{markering}} where the template put it, and empties it for a final public copy', async () => {
    const template = await makeTemplate({
      header: ['{{markering}}', '{{kommun}}'],
      body: ['{{innehall}}'],
    });
    expect((await inspectTemplate(template)).markingInHeader).toBe(true);
    const internal = await fill(template, { internal: true });
    expect(headerXml(internal)).toContain('INTERN KOPIA');
    expect(internal.has('word/headerPvMarkering.xml')).toBe(false);
    const plain = await fill(template);
    expect(visibleText(plain)).not.toContain('{{markering}}');
    expect(headerXml(plain)).not.toContain('INTERN KOPIA');
  });

  it('turns a .dotx template into a .docx document', async () => {
    const parts = await fill(await asDotx(await goodTemplate()));
    expect(parts.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    expect(parts.get('[Content_Types].xml')).not.toContain('wordprocessingml.template.main+xml');
  });
});
