// Temporary driver (not part of the project).
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchShell } from './electron/shell/browserShell';

const dataDir = mkdtempSync(join(tmpdir(), 'pv-drive2-'));
const opts = { dataDir, rendererDir: join(process.cwd(), 'out/renderer'), headless: true, viewport: { width: 1400, height: 1000 } };
let shell = await launchShell(opts);
let page = shell.page;
const hook = () => {
  page.on('console', (m) => m.type() !== 'log' && console.log('[console]', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
};
hook();
const shot = (name: string) => page.screenshot({ path: `/tmp/pvshots/${name}.png` });
const go = async (hash: string) => {
  await page.goto(page.url().split('#')[0] + hash);
  await page.waitForTimeout(700);
};
try {
  await page.getByRole('button', { name: /Öppna exempel/ }).click();
  await page.getByRole('navigation').waitFor();
  await page.locator('.main').evaluate((el) => el.scrollTo(0, 700));
  await shot('20-overview-bottom');
  await page.getByLabel('År').selectOption(String(new Date().getFullYear() - 1));
  await page.waitForTimeout(500);
  await page.locator('.main').evaluate((el) => el.scrollTo(0, 700));
  await shot('21-overview-lastyear');
  // Visits list: filters.
  await go('#/visits');
  await page.getByRole('button', { name: 'Senaste 30 dagarna' }).click();
  await page.getByLabel('Ort', { exact: true }).selectOption({ index: 1 });
  await page.waitForTimeout(500);
  console.log('url with filters:', page.url());
  await shot('22-visits-filtered');
  await page.getByRole('button', { name: 'Rensa filter' }).click();
  await page.getByRole('combobox', { name: 'Företag', exact: true }).fill('Björk');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  console.log('url with company:', page.url(), await page.locator('.table-count').textContent());
  await shot('23-visits-company');
  await page.getByRole('link', { name: 'Logga besök' }).click();
  await page.waitForTimeout(600);
  console.log('new with company:', page.url(), await page.getByRole('combobox', { name: 'Företag', exact: true }).inputValue());
  await shot('24-new-with-company');
  // Save without company -> error.
  await go('#/visits/new');
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(300);
  await shot('25-form-error');
  console.log('focus after error:', await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')));
  // Delete a visit and a stakeholder to fill the trash.
  await go('#/visits');
  await page.getByRole('grid').focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Ta bort' }).click();
  await page.waitForTimeout(500);
  await go('#/trash');
  await shot('26-trash');
  await page.getByRole('grid').focus();
  await page.keyboard.press('Enter');
  console.log('focus after enter in trash:', await page.evaluate(() => document.activeElement?.textContent));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await shot('27-trash-confirm');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Radera permanent' }).click();
  await page.waitForTimeout(500);
  await shot('28-trash-after');
  // Backup, then damage the database and start again.
  await go('#/settings');
  await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await page.waitForTimeout(800);
  await shell.close();
  const dbFile = readdirSync(dataDir).find((f) => f.endsWith('.sqlite'))!;
  writeFileSync(join(dataDir, dbFile), Buffer.alloc(8192, 7));
  for (const f of readdirSync(dataDir)) if (f.endsWith('-wal') || f.endsWith('-shm')) writeFileSync(join(dataDir, f), '');
  shell = await launchShell(opts);
  page = shell.page;
  hook();
  await page.waitForTimeout(1000);
  await shot('29-problem');
  await page.getByRole('button', { name: /Återställ/ }).first().click();
  await page.waitForTimeout(2000);
  await shot('30-after-problem-restore');
} finally {
  await shell.close();
}
