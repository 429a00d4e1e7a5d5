// Runs in: main process (Electron). App start: one instance, the hardened session, the renderer on
// app://programverkstaden/, the core opened on the data folder, the window, IPC and the menu.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ipcChannels, type MenuCommand } from '../../shared/bridge';
import { openApp, type AppHandle } from '../core/app/bootstrap';
import { appEntryUrl } from './appUrl';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { mainWindowOptions, windowTitle } from './windowOptions';
import { loadWindowState, saveWindowState, windowStateFileName, type Rect } from './windowState';

// out/main/index.js → out/renderer and out/preload, both inside app.asar once packaged.
const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, '..', 'preload', 'index.cjs');

/** PV_DATA_DIR (set by `npm start -- --data-dir`, tests, or a portable install) keeps it all there. */
const dataDirOverride = process.env.PV_DATA_DIR ? resolve(process.env.PV_DATA_DIR) : null;
const headless = process.env.PV_HEADLESS === '1';
const devTools = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;
let core: AppHandle | null = null;

app.setName(windowTitle);
if (dataDirOverride) app.setPath('userData', join(dataDirOverride, 'electron'));
app.enableSandbox();
registerAppScheme(protocol);
// Every web contents, including ones we never create on purpose, gets the same rules.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function workAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
    (d) => d.workArea,
  );
}

function windowStateFile(): string {
  return join(app.getPath('userData'), windowStateFileName);
}

function createMainWindow(): BrowserWindow {
  const state = loadWindowState(windowStateFile(), workAreas());
  const window = new BrowserWindow(mainWindowOptions({ preloadPath, bounds: state, devTools }));
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => {
    if (!headless) window.show();
  });
  window.on('close', () => {
    try {
      saveWindowState(windowStateFile(), {
        ...window.getNormalBounds(),
        maximized: window.isMaximized(),
      });
    } catch (err) {
      console.error('[window] could not save the window state:', err);
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[window] renderer gone: ${details.reason}`);
  });
  void window.loadURL(appEntryUrl);
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(ipcChannels.menu, command);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'Om Programverkstaden',
    message: `Programverkstaden ${app.getVersion()}`,
    detail:
      'Näringslivsprogrammets verkstad: ta fram, besluta och följ upp kommunens näringslivsprogram.\n' +
      'All data stannar på den här datorn.',
    buttons: ['OK'],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function pickDatabaseFile(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Öppna databasfil',
    buttonLabel: 'Öppna',
    properties: ['openFile'],
    filters: [
      { name: 'Programverkstadens databas', extensions: ['sqlite', 'sqlite3', 'db'] },
      { name: 'Alla filer', extensions: ['*'] },
    ],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveRenderer(protocol, rendererDir);
  core = await openApp({
    dataDir: dataDirOverride ?? app.getPath('userData'),
    transport: 'electron',
    appVersion: app.getVersion(),
  });
  const handle = core;
  registerIpc({
    ipcMain,
    getMainWindow: () => mainWindow,
    dispatch: handle.dispatch,
    pickDatabaseFile,
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ platform: process.platform, send: sendMenuCommand, showAbout, devTools }),
    ),
  );
  mainWindow = createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // A second start would open the same database twice: hand over to the running one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  // One window, one database: closing it ends the app on every platform, so the file is closed.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      console.error('[start]', err);
      dialog.showErrorBox(
        'Programverkstaden kunde inte starta',
        'Programverkstaden kunde inte starta. / Programverkstaden could not start.\n\n' +
          (err instanceof Error ? err.message : String(err)),
      );
      app.exit(1);
    });
}
