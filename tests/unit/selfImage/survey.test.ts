// Runs in: vitest (Node). The survey import (S19): a good file in UTF-8 and in Windows-1252,
// header matching, org. numbers, and broken files reported by line with nothing saved.
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeClimateHarness, type ClimateHarness } from '../staircase/fixtures';

let h: ClimateHarness;
beforeEach(() => {
  h = makeClimateHarness();
});
afterEach(() => h.ctx.cleanup());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const header =
  'Företag;Org.nr;1. Kommunen är lätt att få kontakt med;Handläggningen av tillstånd går snabbt?;Tidsstämpel';

const good = [
  header,
  'Exeby Trä AB;556016-0680;4;2;2026-03-01 10:12',
  'Fiskeboden;;5;;2026-03-01 11:00',
  ';;;;',
  'Byggarna i Exeby AB;;3;3;2026-03-02 09:00',
  '',
].join('\r\n');

const file = (text: string) => ({ fileName: 'enkat.csv', contentBase64: b64(text) });

describe('survey import', () => {
  it('previews a good file: columns matched by text, companies found, nothing saved', async () => {
    const preview = await h.call('selfImage:surveyPreview', file(good));
    expect(preview.errors).toEqual([]);
    expect(preview.respondentColumn).toBe('Företag');
    expect(preview.orgNumberColumn).toBe('Org.nr');
    expect(preview.columns.map((c) => c.statementId)).toEqual([
      null,
      null,
      'self-image-statement-1',
      'self-image-statement-2',
      null,
    ]);
    expect(preview.respondents.map((r) => [r.line, r.name, r.companyId, r.scores])).toEqual([
      [2, 'Exeby Trä AB', 'co-tra', 2],
      [3, 'Fiskeboden', null, 1],
      [5, 'Byggarna i Exeby AB', 'co-bygg', 2],
    ]);
    expect((await h.call('selfImage:respondents', {})).length).toBe(0);
  });

  it('imports every row with the survey name and date', async () => {
    const done = await h.call('selfImage:surveyImport', {
      ...file(good),
      surveyName: 'Företagsenkät 2026',
      answeredOn: '2026-03-05',
    });
    expect(done.imported).toBe(3);
    const rows = await h.call('selfImage:respondents', { side: 'company' });
    expect(rows.every((r) => r.source === 'survey' && r.surveyName === 'Företagsenkät 2026')).toBe(
      true,
    );
    const c = await h.call('selfImage:comparison', {});
    expect(c.rows[0]).toMatchObject({ companyN: 3, companyMean: 4 });
  });

  it('reads a Windows-1252 file from Swedish Excel and matches statement ids', async () => {
    const text = 'Respondent;self-image-statement-3\r\nÅsa på Ölandsgården;4\r\n';
    const bytes = iconv.encode(text, 'win1252');
    const preview = await h.call('selfImage:surveyPreview', {
      fileName: 'enkät.csv',
      contentBase64: bytes.toString('base64'),
    });
    expect(preview.errors).toEqual([]);
    expect(preview.respondents[0]!.name).toBe('Åsa på Ölandsgården');
    expect(preview.columns[1]!.statementId).toBe('self-image-statement-3');
  });

  it('reports every broken row by line and saves nothing', async () => {
    const broken = [
      header,
      'Exeby Trä AB;556016-0681;4;2;',
      ';;3;3;',
      'Fiskeboden;;7;ja;',
      'Tomma AB;;;;',
    ].join('\n');
    const preview = await h.call('selfImage:surveyPreview', file(broken));
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Rad 2: organisationsnumret 556016-0681 är inte giltigt. Skriv det som NNNNNN-NNNN eller lämna rutan tom.',
      'Rad 3: namnet på den som svarade saknas (kolumnen ”Företag”).',
      'Rad 4, kolumn ”1. Kommunen är lätt att få kontakt med”: ”7” är inte en siffra 1–5.',
      'Rad 4, kolumn ”Handläggningen av tillstånd går snabbt?”: ”ja” är inte en siffra 1–5.',
      'Rad 5: Tomma AB har inte svarat på något påstående.',
    ]);
    const refused = await h.fail('selfImage:surveyImport', {
      ...file(broken),
      surveyName: 'Enkät',
      answeredOn: '2026-03-05',
    });
    expect(refused.code).toBe('IMPORT');
    expect(refused.message).toMatch(/^Inget importerades\. Rad 2:/);
    expect((await h.call('selfImage:respondents', {})).length).toBe(0);
  });

  it('explains a file whose headers match no statement, and an empty file', async () => {
    const preview = await h.call('selfImage:surveyPreview', file('Företag;Fråga A\nExeby;3\n'));
    expect(preview.errors[0]!.message).toContain('ingen kolumnrubrik stämmer med något påstående');
    const empty = await h.fail('selfImage:surveyPreview', file('\n'));
    expect(empty.code).toBe('IMPORT');
    expect(empty.message).toContain('Filen är tom');
    const unclosed = await h.call(
      'selfImage:surveyPreview',
      file('Företag;Kommunen är lätt att få kontakt med\n"Exeby;3\nFisk;4\n'),
    );
    expect(unclosed.errors[0]!.message).toContain('citattecken');
  });
});
