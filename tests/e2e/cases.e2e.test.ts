// Runs in: vitest (Node) → browser shell. The decision track end to end: import the meeting plan,
// create a case, plan it back from a KF date, run a remiss round with two replies, export the
// remissammanställning and the KSAU tjänsteskrivelse (downloads), record KSAU's decision, an
// återremiss at KS, and the adoption at KF, which marks the programme adopted.
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/domain/cases';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

const pad = (n: number) => String(n).padStart(2, '0');

/** The nth Monday of a month (UTC arithmetic; only the date matters). */
function nthMonday(year: number, month: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (8 - first.getUTCDay()) % 7;
  return `${year}-${pad(month)}-${pad(1 + offset + 7 * (n - 1))}`;
}

/** Next year's sammanträdesplan: KSAU first Monday, KS third Monday (not July), KF six times. */
function meetingPlanCsv(year: number): string {
  const lines = ['Datum;Organ'];
  for (let month = 1; month <= 12; month++) {
    if (month === 7) continue;
    lines.push(`${nthMonday(year, month, 1)};KSAU`, `${nthMonday(year, month, 3)};KS`);
  }
  for (const month of [2, 4, 6, 9, 11]) lines.push(`${nthMonday(year, month, 4)};KF`);
  return `${lines.join('\r\n')}\r\n`;
}

async function dispatch<T>(s: TestShell, method: string, input: unknown): Promise<T> {
  const result = (await s.app.dispatch(method, input)) as {
    ok: boolean;
    value?: T;
    error?: unknown;
  };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('decision track', () => {
  it('plans a case, runs the remiss, exports the documents and records KSAU, återremiss and KF', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('button', { name: /Öppna exempel/ }).click();
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.waitFor();
    const year = new Date().getFullYear() + 1;
    const kfDate = nthMonday(year, 6, 4);

    // The meeting calendar, imported from a CSV.
    await menu.getByRole('link', { name: 'Ärenden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ärenden' }).waitFor();
    await page.getByRole('link', { name: 'Sammanträdeskalender' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Sammanträdeskalender' }).waitFor();
    await page.getByLabel('Välj fil (CSV eller .ics)').setInputFiles({
      name: 'sammantraden.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(meetingPlanCsv(year)),
    });
    await page.getByText(/nya sammanträden, \d+ fanns redan/).waitFor();
    await page.getByTestId('meetings-table').getByText(kfDate).first().waitFor();
    await shell.shot('arenden-kalender');

    // A new case aimed at the June council.
    await page.getByRole('link', { name: 'Till ärendelistan' }).click();
    await page.getByRole('link', { name: 'Nytt ärende' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt ärende' }).waitFor();
    const title = page.getByRole('textbox', { name: 'Rubrik' });
    await title.fill('Näringslivsprogram – remissversion');
    await page.getByRole('textbox', { name: 'Diarienummer' }).fill(`KS ${year}/555`);
    await page
      .getByRole('combobox', { name: 'Fullmäktige att sikta på' })
      .selectOption({ label: kfDate });
    await page.getByRole('button', { name: 'Skapa ärendet' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Näringslivsprogram – remissversion' })
      .waitFor();
    const caseId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);

    // Planned backwards: the target is reachable and saved.
    await page.getByText('Målet nås med den här tidsplanen.').waitFor();
    await page.getByText('Sparad som ärendets tidsplan').waitFor();
    const planned = await dispatch<CaseDetail>(shell, 'cases:get', { id: caseId });
    expect(planned.plan?.kf?.date).toBe(kfDate);
    expect(planned.plan?.ksau && planned.plan.ks && planned.plan.remiss).toBeTruthy();
    await page.getByRole('cell', { name: planned.plan!.ksau!.submitBy }).first().waitFor();
    await shell.shot('arenden-tidsplan');

    // The remiss round: two instances, both reply; one comment with position and change.
    await page
      .getByRole('navigation', { name: 'Ärendets delar' })
      .getByRole('link', { name: 'Remiss' })
      .click();
    for (const [name, kind] of [
      ['Samhällsbyggnadsnämnden', 'Nämnd'],
      ['Exeby Företagarnätverk', 'Organisation'],
    ] as const) {
      await page.getByRole('button', { name: 'Lägg till remissinstans' }).click();
      await page.getByRole('combobox', { name: 'Remissinstans' }).fill(name);
      // Leave the type-ahead first: its "no hits" line closes on blur and would move the button.
      await page.keyboard.press('Tab');
      await page.getByRole('combobox', { name: 'Typ', exact: true }).selectOption({ label: kind });
      await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
      await page.getByRole('heading', { level: 3, name: new RegExp(name) }).waitFor();
    }
    const reply = planned.plan!.remiss!.end;
    for (const name of ['Samhällsbyggnadsnämnden', 'Exeby Företagarnätverk']) {
      await page.getByRole('button', { name: `Registrera svar: ${name}` }).click();
      await page.getByLabel('Svar inkom').fill(reply);
      await page.getByLabel('Svaret i korthet').fill(`${name} tillstyrker förslaget.`);
      await page.getByRole('button', { name: 'Spara', exact: true }).click();
      await page.getByRole('button', { name: `Ändra: ${name}` }).waitFor();
    }
    await page.getByRole('button', { name: 'Lägg till synpunkt: Samhällsbyggnadsnämnden' }).click();
    await page
      .getByRole('combobox', { name: 'Avsnitt i förslaget' })
      .fill('Prioriterade fokusområden');
    await page
      .getByRole('textbox', { name: 'Synpunkt', exact: true })
      .fill('Nämn planberedskapen för verksamhetsmark.');
    await page
      .getByRole('textbox', { name: 'Kommunens ställningstagande' })
      .fill('Kommunen instämmer.');
    await page
      .getByRole('combobox', { name: 'Ändring i förslaget' })
      .selectOption({ label: 'Ändring' });
    await page
      .getByRole('textbox', { name: 'Vad som ändrades' })
      .fill('Ett mål om mark har lagts till.');
    await page.getByRole('button', { name: 'Spara synpunkten' }).click();
    await page.getByRole('cell', { name: 'Kommunen instämmer.' }).waitFor();
    await page.getByText('2 remissinstanser, 2 har svarat. Registrerade synpunkter: 1.').waitFor();
    await shell.shot('arenden-remiss');

    // Export the remissammanställning and the KSAU tjänsteskrivelse: both downloaded.
    const [summary] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera remissammanställning' }).click(),
    ]);
    expect(summary.suggestedFilename()).toBe(
      'Remissammanställning – Näringslivsprogram – remissversion (utkast v1).docx',
    );
    await page
      .getByRole('navigation', { name: 'Ärendets delar' })
      .getByRole('link', { name: 'Tidsplan och beslut' })
      .click();
    const [memo] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera tjänsteskrivelse (KSAU)' }).click(),
    ]);
    expect(memo.suggestedFilename()).toMatch(/^Tjänsteskrivelse KSAU – .*\.docx$/);
    expect((await summary.path()) && (await memo.path())).toBeTruthy();
    await page.getByText(/Det här saknas i dokumentet:/).waitFor();
    const log = await dispatch<{ rows: { document: string; stage: string | null }[] }>(
      shell,
      'export:log',
      { caseId },
    );
    expect(log.rows.map((r) => `${r.document}:${r.stage}`).sort()).toEqual([
      'remissammanstallning:null',
      'tjansteskrivelse:ksau',
    ]);

    // KSAU decides (bifall), then KS sends the case back (återremiss) with a reason.
    const track = page.getByRole('list', { name: 'Beslutsgång' });
    await page.getByRole('button', { name: 'Registrera behandling' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Instans' }).inputValue())
      .toBe('ksau');
    await page.getByRole('textbox', { name: 'Paragraf (§)' }).fill('45');
    await page.getByRole('combobox', { name: 'Utfall' }).selectOption({ label: 'Bifall' });
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await track.getByText(`${planned.plan!.ksau!.date} § 45`).waitFor();

    await page.getByRole('button', { name: 'Registrera behandling' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Instans' }).inputValue())
      .toBe('ks');
    await page.getByRole('combobox', { name: 'Utfall' }).selectOption({ label: 'Återremiss' });
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Skriv skälet till återremissen.').waitFor();
    await page
      .getByRole('textbox', { name: 'Skäl till återremissen' })
      .fill('Konsekvenserna för de mindre orterna ska beskrivas.');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await track.getByText('Återremitterat').waitFor();
    await page.locator('.page-subtitle').getByText('Under beredning').waitFor();
    await shell.shot('arenden-aterremiss');

    // The next round: KS approves at a later meeting, KF adopts.
    const laterKs = nthMonday(year, 6, 3);
    await page.getByRole('button', { name: 'Registrera behandling' }).click();
    await page.getByRole('combobox', { name: 'Instans' }).selectOption('ks');
    await page
      .getByRole('combobox', { name: 'Sammanträde', exact: true })
      .selectOption({ label: laterKs });
    await page.getByRole('combobox', { name: 'Utfall' }).selectOption({ label: 'Bifall' });
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.locator('.page-subtitle').getByText('Hos KF').waitFor();

    await page.getByRole('button', { name: 'Registrera behandling' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Instans' }).inputValue())
      .toBe('kf');
    await page.getByRole('textbox', { name: 'Paragraf (§)' }).fill('54');
    await page.getByRole('combobox', { name: 'Utfall' }).selectOption({ label: 'Bifall' });
    await page.getByRole('textbox', { name: 'Protokollsutdrag' }).fill(`KF ${kfDate} § 54`);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.locator('.page-subtitle').getByText('Antaget').waitFor();
    await shell.shot('arenden-antaget');

    const adopted = await dispatch<CaseDetail>(shell, 'cases:get', { id: caseId });
    expect(adopted.status).toBe('adopted');
    expect(adopted.stages.map((s) => `${s.body}:${s.outcome}`)).toEqual([
      'ksau:bifall',
      'ks:aterremiss',
      'ks:bifall',
      'kf:bifall',
    ]);
    expect(adopted.stages[1]!.outcomeReason).toBe(
      'Konsekvenserna för de mindre orterna ska beskrivas.',
    );
    expect(adopted.programmeAdoption).toEqual({
      date: kfDate,
      paragraph: '54',
      dnr: `KS ${year}/555`,
    });
    expect(shell.blockedRequests).toEqual([]);
  });
});
