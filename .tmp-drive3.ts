import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchShell } from './electron/shell/browserShell';
const dataDir = mkdtempSync(join(tmpdir(), 'pv-drive3-'));
const shell = await launchShell({ dataDir, rendererDir: join(process.cwd(), 'out/renderer'), headless: true, viewport: { width: 1400, height: 1000 } });
const page = shell.page;
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
try {
  await page.getByRole('button', { name: /Öppna exempel/ }).click();
  await page.getByRole('navigation').waitFor();
  await page.goto(page.url().split('#')[0] + '#/visits');
  await page.waitForTimeout(700);
  await page.getByRole('grid').focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Ta bort' }).click();
  await page.waitForTimeout(500);
  await page.goto(page.url().split('#')[0] + '#/trash');
  await page.waitForTimeout(700);
  console.log(await page.locator('[data-trash-key]').count(), await page.locator('[data-trash-key]').first().getAttribute('data-trash-key'));
  await page.getByRole('grid').focus();
  await page.keyboard.press('Enter');
  console.log('active:', await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)));
} finally { await shell.close(); }
