// Runs in: vitest (Node) → browser shell. Mål on an empty database: without a programme the screen
// points to Processen; with one, a focus area and a goal with an indicator from the library are
// created, three measurements move the status label from red to yellow to green, and it persists.
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

describe('goals', () => {
  it('creates a focus area and a goal from the library and follows its status', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('button', { name: /Starta med en tom databas/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();

    await nav(shell, 'Mål');
    await page.getByText('Det finns inget program än').waitFor();
    const processLink = page.getByRole('link', { name: 'Skapa ett program under Processen' });
    expect(await processLink.getAttribute('href')).toBe('#/process');

    const created = await shell.app.dispatch('programmes:create', {
      name: 'Näringslivsprogram 2025–2028',
      periodStart: '2025',
      periodEnd: '2028',
      makeCurrent: true,
    });
    expect(created.ok).toBe(true);
    await nav(shell, 'Översikt');
    await nav(shell, 'Mål');
    await page.getByRole('heading', { level: 1, name: 'Mål' }).waitFor();

    await page.getByRole('link', { name: 'Nytt fokusområde' }).click();
    await page.getByRole('textbox', { name: /^Namn/ }).fill('Service och myndighetsutövning');
    await page
      .getByRole('textbox', { name: 'Varför', exact: true })
      .fill('Snabba besked gör det lättare att driva företag.');
    await page.getByLabel('16. Fredliga och inkluderande samhällen').check();
    await page.getByRole('button', { name: 'Spara fokusområdet' }).click();
    const area = page.getByRole('region', { name: /Service och myndighetsutövning/ });
    await area
      .getByRole('heading', { level: 2, name: /1\. Service och myndighetsutövning/ })
      .waitFor();

    await area.getByRole('link', { name: /Lägg till mål/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt mål' }).waitFor();
    // The focus area comes preselected from the card, once the list of areas has loaded.
    await expect.poll(() => page.getByLabel('Fokusområde').inputValue()).not.toBe('');
    await page
      .getByRole('textbox', { name: /^Målet/ })
      .fill('Handläggningstiden för bygglov ska halveras.');
    await page.getByRole('button', { name: 'Välj från indikatorbiblioteket' }).click();
    const library = page.getByRole('dialog', { name: 'Indikatorbiblioteket' });
    await library.getByRole('button', { name: /Välj Handläggningstid för bygglov/ }).click();
    await library.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Mätetalets namn').inputValue()).toBe(
      'Handläggningstid för bygglov',
    );
    expect(await page.getByLabel('Riktning').inputValue()).toBe('lower');
    await page.getByRole('complementary', { name: 'Om mätetalet' }).waitFor();
    await page.getByLabel('Utgångsvärde').fill('42');
    await page.getByLabel('Datum för utgångsläget').fill('2024-01-01');
    await page.getByLabel('Målvärde').fill('21');
    await page.getByLabel('Måldatum').fill('2026-01-01');
    await page.getByRole('button', { name: 'Spara målet' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'Handläggningstiden för bygglov ska halveras.' })
      .waitFor();
    const status = page.getByTestId('goal-status');
    await expect(status.textContent()).resolves.toContain('Saknar mätvärde');

    const addMeasurement = async (date: string, value: string, expected: string) => {
      await page
        .getByLabel(/^Datum/)
        .first()
        .fill(date);
      await page.getByRole('textbox', { name: /^Värde/ }).fill(value);
      await page.getByRole('button', { name: 'Lägg till mätvärdet' }).click();
      await status.filter({ hasText: expected }).waitFor();
    };
    await addMeasurement('2025-01-01', '41', 'Behöver insatser');
    await addMeasurement('2025-03-01', '33', 'Något efter');
    await addMeasurement('2025-06-01', '28', 'I fas');
    await page.getByRole('img', { name: /Utveckling för Handläggningstid för bygglov/ }).waitFor();
    await page
      .getByRole('table', { name: 'Mätvärden' })
      .getByRole('cell', { name: '2025-03-01', exact: true })
      .waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Utveckling' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shell.shot('mal-detalj');

    await shell.reload();
    await nav(shell, 'Mål');
    const row = page.getByRole('row', { name: /Handläggningstiden för bygglov ska halveras/ });
    await expect(row.textContent()).resolves.toContain('I fas');
    await expect(row.textContent()).resolves.toContain('✔');
    await shell.shot('mal');
    expect(shell.blockedRequests).toEqual([]);
  });
});
