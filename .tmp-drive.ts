// Temporary driver (not part of the project): exercises the visits/overview/trash/settings screens.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchShell } from './electron/shell/browserShell';

const dataDir = mkdtempSync(join(tmpdir(), 'pv-drive-'));
const shell = await launchShell({ dataDir, rendererDir: join(process.cwd(), 'out/renderer'), headless: true, viewport: { width: 1400, height: 1000 } });
const page = shell.page;
page.on('console', (m) => console.log('[console]', m.type(), m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
const shot = (name: string) => page.screenshot({ path: `/tmp/pvshots/${name}.png`, fullPage: true });
try {
  await page.getByRole('button', { name: /Öppna exempel/ }).click();
  await page.getByRole('navigation').waitFor();
  await page.waitForTimeout(500);
  await shot('01-overview');
  await page.goto(page.url().split('#')[0] + '#/visits');
  await page.waitForTimeout(800);
  await shot('02-visits');
  // Keyboard-only visit logging.
  await page.getByRole('link', { name: 'Logga besök' }).first().click();
  await page.waitForTimeout(300);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('role') + ' ' + document.activeElement?.id);
  console.log('focused after open:', focused);
  await page.keyboard.type('a');
  await page.waitForTimeout(400);
  await shot('03-form-lookup');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  console.log('company value:', await page.getByRole('combobox', { name: 'Företag', exact: true }).inputValue());
  await page.keyboard.press('Tab'); // purpose
  await page.keyboard.type('Uppföljning av expansion');
  await page.keyboard.press('Enter'); // must not submit
  await page.keyboard.press('Tab');
  console.log('focused (notes?):', await page.evaluate(() => document.activeElement?.tagName));
  await page.keyboard.type('Vi pratade om lokaler.\nOch rekrytering.');
  await page.keyboard.press('Tab'); // topics group
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // new topic
  await page.keyboard.type('Solceller');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // participants
  await page.keyboard.type('Kalle Testsson');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await shot('04-form-filled');
  await page.getByLabel('Hinder som togs upp').fill('Brist på mark\nDåligt bredband');
  await page.getByLabel('Uppföljning behövs').check();
  await page.getByLabel('Vad ska följas upp?').fill('Skicka info om bredbandsstöd');
  await page.getByRole('radio', { name: '4' }).check();
  await page.getByLabel('Konfidentiellt – innehåller företagsinformation').check();
  console.log('url before save:', page.url());
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(800);
  console.log('url after save:', page.url());
  await shot('05-detail');
  await page.getByRole('button', { name: 'Ta bort' }).click();
  await page.waitForTimeout(500);
  console.log('url after delete:', page.url());
  await shot('05b-after-delete');
  await page.getByTestId('toast').getByRole('button', { name: 'Ångra' }).first().click();
  await page.waitForTimeout(800);
  console.log('url after undo:', page.url());
  await page.getByRole('link', { name: 'Redigera' }).click();
  await page.waitForTimeout(500);
  await shot('05c-edit');
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Markera uppföljningen som gjord' }).click();
  await page.waitForTimeout(500);
  await shot('05d-after-done');
  await page.goto(page.url().split('#')[0] + '#/visits?followUp=open');
  await page.waitForTimeout(800);
  await shot('06-visits-followup');
  await page.goto(page.url().split('#')[0] + '#/trash');
  await page.waitForTimeout(500);
  await shot('07-trash');
  await page.getByRole('grid').focus();
  await page.keyboard.press('Enter');
  console.log('focus after enter in trash:', await page.evaluate(() => document.activeElement?.textContent));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await shot('07b-trash-confirm');
  await page.keyboard.press('Escape');
  await page.goto(page.url().split('#')[0] + '#/settings');
  await page.waitForTimeout(800);
  await shot('08-settings');
  await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await page.waitForTimeout(800);
  await page.getByLabel('Språk').selectOption('en');
  await page.waitForTimeout(500);
  await shot('09-settings-en');
  await page.getByRole('button', { name: /^Restore the backup/ }).first().click();
  await page.waitForTimeout(300);
  await shot('10-restore-confirm');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
  await page.waitForTimeout(1500);
  console.log('after restore url', page.url());
  await shot('11-after-restore');
} finally {
  await shell.close();
}
