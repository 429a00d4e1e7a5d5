// Runs in: vitest (Node) → browser shell. Rangordna fokusområden (S13, P10): three candidates with
// impact and effort are ranked by effect minus effort with the reason for each place; choosing one
// makes it a chosen focus area, and the ranking survives a reload.
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

describe('focus area ranking', () => {
  it('ranks candidates by impact and effort and lets the officer choose one', async () => {
    shell = await startShell();
    const { page, app } = shell;
    await page.getByRole('button', { name: /Starta med en tom databas/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();

    const programme = await app.dispatch('programmes:create', {
      name: 'Näringslivsprogram 2027–2030',
      periodStart: '2027',
      periodEnd: '2030',
      makeCurrent: true,
    });
    if (!programme.ok) throw new Error('programme not created');
    const programmeId = (programme.value as { id: string }).id;
    const candidates = [
      { name: 'Kompetensförsörjning', impact: 4, effort: 4 },
      { name: 'Snabbare bygglov', impact: 5, effort: 2 },
      { name: 'Besöksnäring', impact: 2, effort: 4 },
    ];
    for (const c of candidates) {
      const created = await app.dispatch('focusAreas:create', {
        programmeId,
        candidate: true,
        ...c,
      });
      expect(created.ok).toBe(true);
    }

    await page.evaluate("window.location.hash = '#/goals/ranking'");
    await page.getByRole('heading', { level: 1, name: 'Rangordna fokusområden' }).waitFor();
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const names = await rows.locator('th').allInnerTexts();
    expect(names).toEqual(['Snabbare bygglov', 'Kompetensförsörjning', 'Besöksnäring']);
    // Every place comes with its reason in words (quick win first).
    expect(await rows.first().innerText()).toMatch(/Snabb vinst/i);
    await shell.shot('ranking');

    await page.getByRole('button', { name: 'Välj Snabbare bygglov' }).click();
    await page.getByText('Snabbare bygglov är nu ett valt fokusområde.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Rangordna fokusområden' }).waitFor();
    const first = page.locator('table tbody tr').first();
    await expect.poll(() => first.innerText()).toMatch(/Snabbare bygglov\s+Valt/);
    expect(await page.getByRole('button', { name: /^Välj / }).count()).toBe(2);
  });
});
