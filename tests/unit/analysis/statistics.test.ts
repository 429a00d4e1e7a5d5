// Runs in: vitest (Node). Indicators by hand and by import: the preview says what will be created,
// updated and skipped without writing; the commit writes exactly that; values upsert; a broken
// file changes nothing; the trash; an indicator as the source of an insight.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeAnalysisHarness,
  koladaCsv,
  scbCsv,
  utf8,
  utf8Bom,
  type AnalysisHarness,
} from './harness';

let h: AnalysisHarness;
beforeEach(() => {
  h = makeAnalysisHarness();
});
afterEach(() => h.ctx.cleanup());

const count = (sql: string) => (h.ctx.db!.prepare(sql).get() as { n: number }).n;

describe('indicators by hand', () => {
  it('creates an indicator, upserts values and removes a year with null', async () => {
    const ind = await h.call('statistics:create', {
      programmeId: h.programmeId,
      name: 'Antal företag',
      unit: 'företag',
      source: 'scb',
    });
    await h.call('statistics:setValues', {
      id: ind.id,
      values: [
        { year: 2022, value: 1480 },
        { year: 2023, value: 1502 },
        { series: 'Riket', year: 2023, value: 1_200_000 },
      ],
    });
    const after = await h.call('statistics:setValues', {
      id: ind.id,
      values: [
        { year: 2023, value: 1510 },
        { year: 2022, value: null },
      ],
    });
    expect(after.values).toEqual([
      { series: '', year: 2023, value: 1510 },
      { series: 'Riket', year: 2023, value: 1_200_000 },
    ]);
    expect(after.comparisons).toEqual(['Riket']);
    expect(after.latest).toEqual({ year: 2023, value: 1510 });
    const list = await h.call('statistics:list', { programmeId: h.programmeId });
    expect(list.map((r) => [r.name, r.valueCount])).toEqual([['Antal företag', 2]]);
  });

  it('gives Swedish messages for a missing name, a bad Kolada id and a bad year', async () => {
    const err = await h.fail('statistics:create', {
      programmeId: h.programmeId,
      name: ' ',
      kpiId: 'befolkning',
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toMatchObject({
      name: 'Skriv vad nyckeltalet heter',
      kpiId: 'Kolada-id skrivs som N01951',
    });
    const ind = await h.call('statistics:create', { programmeId: h.programmeId, name: 'X' });
    const bad = await h.fail('statistics:setValues', {
      id: ind.id,
      values: [{ year: 22, value: 1 }],
    });
    expect(bad.fields?.['values.0.year']).toBe('Ange ett år från 1900 och framåt');
  });

  it('puts an indicator in the trash and brings it back', async () => {
    const ind = await h.call('statistics:create', { programmeId: h.programmeId, name: 'Pendling' });
    await h.call('statistics:delete', { id: ind.id });
    expect(await h.call('statistics:list', { programmeId: h.programmeId })).toEqual([]);
    expect((await h.fail('statistics:get', { id: ind.id })).code).toBe('NOT_FOUND');
    h.ctx
      .db!.prepare('UPDATE statistics_indicators SET deleted_at = NULL WHERE id = ?')
      .run(ind.id);
    expect((await h.call('statistics:get', { id: ind.id })).name).toBe('Pendling');
  });
});

describe('import', () => {
  const kolada = () => ({
    programmeId: h.programmeId,
    fileName: 'kolada.csv',
    contentBase64: utf8(koladaCsv),
  });

  it('previews a Kolada file without writing anything', async () => {
    const preview = await h.call('statistics:importPreview', kolada());
    expect(preview).toMatchObject({
      layout: 'kolada',
      mainArea: '2380',
      valueCount: 4,
      areas: [
        { code: '2380', name: '2380', rows: 2 },
        { code: '0000', name: 'Riket', rows: 2 },
      ],
    });
    expect(preview.indicators).toEqual([
      {
        key: 'kolada:N01951',
        name: 'N01951',
        kpiId: 'N01951',
        existingId: null,
        series: [
          { series: '', years: [2021, 2022], added: 2, changed: 0, unchanged: 0 },
          { series: 'Riket', years: [2021, 2022], added: 2, changed: 0, unchanged: 0 },
        ],
      },
    ]);
    expect(preview.skipped.map((s) => s.line)).toEqual([4, 5]);
    expect(count('SELECT count(*) AS n FROM statistics_indicators')).toBe(0);
  });

  it('commits the preview, and a second file updates the same indicator by its Kolada id', async () => {
    const first = await h.call('statistics:importCommit', kolada());
    expect(first).toMatchObject({ created: 1, updated: 0, values: 4 });
    const ind = await h.call('statistics:get', { id: first.indicatorIds[0]! });
    expect(ind).toMatchObject({ source: 'kolada', kpiId: 'N01951', areaCode: '2380' });
    expect(ind.comparisons).toEqual(['Riket']);

    const newer =
      'kpi;municipality;period;value\nN01951;2380;2022;64700\nN01951;2380;2023;65010\nN01951;2380;2021;64200\n';
    const input = { programmeId: h.programmeId, fileName: 'ny.csv', contentBase64: utf8Bom(newer) };
    const preview = await h.call('statistics:importPreview', input);
    expect(preview.indicators[0]).toMatchObject({
      existingId: ind.id,
      series: [{ series: '', added: 1, changed: 1, unchanged: 1 }],
    });
    const second = await h.call('statistics:importCommit', input);
    expect(second).toMatchObject({ created: 0, updated: 1, values: 2 });
    const values = (await h.call('statistics:get', { id: ind.id })).values.filter(
      (v) => v.series === '',
    );
    expect(values.map((v) => [v.year, v.value])).toEqual([
      [2021, 64200],
      [2022, 64700],
      [2023, 65010],
    ]);
  });

  it('lets the officer choose which area is the main series', async () => {
    const input = { ...kolada(), mainArea: '0000' };
    const preview = await h.call('statistics:importPreview', input);
    expect(preview.mainArea).toBe('0000');
    expect(preview.indicators[0]!.series.map((s) => s.series)).toEqual(['', '2380']);
  });

  it('imports an SCB table and matches it by name the next time', async () => {
    const input = { programmeId: h.programmeId, fileName: 'scb.csv', contentBase64: utf8(scbCsv) };
    const first = await h.call('statistics:importCommit', input);
    expect(first).toMatchObject({ created: 1, values: 5 });
    const ind = await h.call('statistics:get', { id: first.indicatorIds[0]! });
    expect(ind).toMatchObject({
      name: 'Sysselsättningsgrad 20-64 år',
      source: 'scb',
      areaName: 'Östersund',
    });
    const again = await h.call('statistics:importPreview', input);
    expect(again.indicators[0]).toMatchObject({ existingId: ind.id });
    expect(again.indicators[0]!.series.every((s) => s.unchanged === s.years.length)).toBe(true);
  });

  it('changes nothing when the file is broken, and says which line', async () => {
    const broken = 'kpi;municipality;period;value\nN01951;2380;2021;64200\nN01951;2380;tjugo;1\n';
    const err = await h.fail('statistics:importCommit', {
      programmeId: h.programmeId,
      fileName: 'trasig.csv',
      contentBase64: utf8(broken),
    });
    expect(err.code).toBe('IMPORT');
    expect(err.message).toMatch(/^Rad 3: perioden "tjugo" är inget år/);
    expect(count('SELECT count(*) AS n FROM statistics_indicators')).toBe(0);
    expect(count('SELECT count(*) AS n FROM statistics_values')).toBe(0);
  });

  it('says so when every value is missing', async () => {
    const empty = 'kpi;municipality;period;value\nN01951;2380;2021;..\n';
    const err = await h.fail('statistics:importPreview', {
      programmeId: h.programmeId,
      fileName: 'tom.csv',
      contentBase64: utf8(empty),
    });
    expect(err.message).toBe(
      'Filen innehåller inga värden att importera. Rad 2: Värde saknas för N01951 2021.',
    );
  });
});

describe('an indicator as the source of an insight', () => {
  it('is cited with the indicator id and found from it', async () => {
    const ind = await h.call('statistics:create', {
      programmeId: h.programmeId,
      name: 'Utpendling',
    });
    const insight = await h.call('insights:create', {
      type: 'weakness',
      text: 'En av tre pendlar ut',
      programmeId: h.programmeId,
      sources: [{ kind: 'statistics', refId: ind.id, note: 'Utpendling 34,2 % (2024)' }],
    });
    expect(insight.sources[0]).toMatchObject({ kind: 'statistics', refId: ind.id });
    const linked = await h.call('insights:forRefs', { refIds: [ind.id] });
    expect(linked[ind.id]?.map((l) => l.id)).toEqual([insight.id]);
  });
});
