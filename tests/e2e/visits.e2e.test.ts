// Runs in: vitest (Node) → browser shell. The most used screen: log a company visit with the keyboard
// only, find it again after a restart, and find it with the global search by a word with å/ä/ö.
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type TestShell } from './shell';

let shell: TestShell | null = null;
afterEach(async () => {
  await shell?.dispose();
  shell = null;
});

describe('company visits', () => {
  it('logs a visit using only the keyboard and finds it again by search after a restart', async () => {
    shell = await startShell();
    const { page } = shell;
    await page.getByRole('button', { name: /Öppna exempel/ }).click();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    const link = page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Företagsbesök', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Företagsbesök' }).waitFor();
    await shell.shot('besok-lista');
    const logVisit = page
      .getByRole('link', { name: 'Logga besök', exact: true })
      .or(page.getByRole('button', { name: 'Logga besök', exact: true }))
      .first();
    await logVisit.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Logga besök' }).waitFor();

    // Focus starts in the company picker: type, arrow down, Enter.
    const company = page.getByRole('combobox', { name: 'Företag', exact: true });
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
      .toBe(await company.getAttribute('id'));
    const picked = await shell.app.dispatch('companies:list', { limit: 1 });
    const companyName = (picked as { ok: true; value: { rows: { name: string }[] } }).value.rows[0]!
      .name;
    await page.keyboard.type(companyName.slice(0, 6));
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Uppföljning av expansionsplanerna');
    await page.keyboard.press('Tab');
    await page.keyboard.type(
      'Vi pratade om kompetensförsörjningen i Åsbacka och behovet av större lokaler.',
    );
    await shell.shot('besok-ny');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { level: 1, name: /Besök hos/ }).waitFor();
    const list = await shell.app.dispatch('visits:list', { limit: 500 });
    const rows = (list as { ok: true; value: { rows: { purpose: string; visitDate: string }[] } })
      .value.rows;
    const mine = rows.find((r) => r.purpose === 'Uppföljning av expansionsplanerna');
    expect(mine).toBeDefined();
    const today = await page.evaluate(`(() => {
      const d = new Date();
      return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
    })()`);
    expect(mine!.visitDate).toBe(today);

    // Persisted: restart the window and find it with the global search (Ctrl+K) by a word with å/ä/ö.
    await shell.reload();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    await page.keyboard.press('Control+k');
    const search = page.getByRole('combobox', { name: 'Sök i allt' });
    await search.waitFor();
    await search.fill('kompetensförsörjningen åsbacka');
    const hit = page.getByRole('option').filter({ hasText: companyName }).first();
    await hit.waitFor();
    await shell.shot('sok');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Besök hos/ }).waitFor();
    await page.getByText('Uppföljning av expansionsplanerna').first().waitFor();
    expect(shell.blockedRequests).toEqual([]);
  });
});
