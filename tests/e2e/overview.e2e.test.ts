// Runs in: vitest (Node) → browser shell. Översikt on the example municipality: what went well
// comes first, the health checks worth a look link to their wizard step, and giving a focus area a
// responsible turns its check ok.
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

const nav = (s: TestShell, name: string) =>
  s.page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name, exact: true })
    .click();

const CHECK = 'Fokusområden utan ansvarig eller utan mål';

describe('overview', () => {
  it('lists health checks, links them to their step and turns one ok when fixed', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('button', { name: /Öppna exempel/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await nav(shell, 'Översikt');

    const wins = page.getByRole('region', { name: 'Det här har gått bra' });
    const health = page.getByRole('region', { name: 'Att titta på' });
    await health.waitFor();
    // What went well is above what needs attention.
    const winsBox = (await wins.boundingBox())!;
    const healthBox = (await health.boundingBox())!;
    expect(winsBox.y).toBeLessThan(healthBox.y);
    await expect(wins.textContent()).resolves.toMatch(/mål i fas/);

    const attention = health.locator('li.health-check');
    expect(await attention.count()).toBeGreaterThan(3);
    const check = health.locator('li.health-check[data-check="focus-area-incomplete"]');
    await expect(check.textContent()).resolves.toContain('Steg: Fokusområden');
    const item = check.getByRole('link', { name: /Ingen är ansvarig för fokusområdet/ });
    const areaHref = await item.getAttribute('href');
    expect(areaHref).toMatch(/^#\/goals\/areas\//);

    for (const name of [
      'Mål som behöver insatser',
      'Aktiviteter som står still',
      'Senaste dragning för politikerna',
    ]) {
      await page.getByRole('region', { name }).waitFor();
    }
    await page.getByRole('region', { name: /^Möten och resultat/ }).waitFor();
    await page.getByRole('region', { name: /^Kanaler/ }).waitFor();
    await shell.shot('overview');
    await page.getByRole('region', { name: /^Kanaler/ }).scrollIntoViewIfNeeded();
    await shell.shot('overview-cards');
    await page.evaluate('window.scrollTo(0, 0)');

    await check.getByRole('link', { name: CHECK }).click();
    await page.getByRole('heading', { level: 1, name: 'Processen' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/process/step/focus-areas');
    await expect
      .poll(() => page.locator('#step-focus-areas .step-toggle').getAttribute('aria-expanded'))
      .toBe('true');
    // The open step shows its own checks, with the same gap.
    const stepChecks = page.getByRole('region', { name: 'Översiktens kontroller för steget' });
    await stepChecks.getByText(CHECK).waitFor();
    await stepChecks.scrollIntoViewIfNeeded();
    await shell.shot('overview-step-health');
    await stepChecks.getByRole('link', { name: /Ingen är ansvarig för fokusområdet/ }).click();
    expect(new URL(page.url()).hash).toBe(areaHref);
    const responsible = page.getByRole('combobox', { name: /^Ansvarig/ });
    await responsible.fill('Lena Ek');
    await page.getByRole('button', { name: 'Spara fokusområdet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mål' }).waitFor();

    await nav(shell, 'Översikt');
    await health.waitFor();
    await expect.poll(() => check.count()).toBe(0);
    await health.getByText(/kontroller ser bra ut/).click();
    await health.getByRole('link', { name: CHECK }).waitFor();
  });
});
