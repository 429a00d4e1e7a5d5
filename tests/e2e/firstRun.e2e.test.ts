// Runs in: vitest (Node) → browser shell. First start: the choice, the example municipality, and
// proof that the page makes no request outside the app.
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

describe('first run', () => {
  it('opens the example municipality and shows the overview in Swedish', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('heading', { name: 'Välkommen till Programverkstaden' }).waitFor();
    await shell.shot('forsta-start');
    await page.getByRole('button', { name: /Öppna exempel/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await page.getByRole('heading', { name: 'Översikt', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    // The overview shows who is missing and which places have not been reached.
    await page.getByText(/Inte besökta i år/).waitFor();
    await shell.shot('oversikt');
    for (const section of ['Aktörer', 'Företag', 'Företagsbesök', 'Papperskorg', 'Inställningar']) {
      await page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: section, exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: new RegExp(section) }).waitFor();
    }
    expect(shell.blockedRequests).toEqual([]);
  });

  it('starts empty when asked and remembers the choice after a reload', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('button', { name: /Starta med en tom databas/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await shell.reload();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    expect(await page.getByRole('button', { name: /Öppna exempel/ }).count()).toBe(0);
    expect(shell.blockedRequests).toEqual([]);
  });
});
