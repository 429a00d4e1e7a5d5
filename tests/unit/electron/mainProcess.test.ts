// Runs in: vitest (Node), with a fake 'electron' and a fake core. The start sequence of the main
// process: sandbox and scheme before ready, the core on the data folder, one hardened window.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Fn = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, Fn>(),
    windows: [] as Array<
      Record<string, unknown> & { options: Record<string, unknown>; listeners: Map<string, Fn> }
    >,
    userData: '',
    lock: true,
    calls: [] as string[],
  };
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      state.calls.push(name);
      return args;
    };
  class BrowserWindow {
    options: Record<string, unknown>;
    listeners = new Map<string, Fn>();
    webContents = { on: vi.fn(), send: vi.fn() };
    loadURL = vi.fn(async () => undefined);
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1111, height: 777 });
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this as never);
    }
    on(event: string, fn: Fn) {
      this.listeners.set(event, fn);
      return this;
    }
    once(event: string, fn: Fn) {
      return this.on(event, fn);
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    },
  };
  const app = {
    isPackaged: false,
    setName: vi.fn(),
    setPath: vi.fn((name: string, path: string) => {
      if (name === 'userData') state.userData = path;
    }),
    getPath: vi.fn(() => state.userData),
    getVersion: () => '0.1.0',
    enableSandbox: vi.fn(record('enableSandbox')),
    requestSingleInstanceLock: () => state.lock,
    on: vi.fn((event: string, fn: Fn) => {
      state.appListeners.set(event, fn);
      return app;
    }),
    whenReady: vi.fn(() => {
      state.calls.push('whenReady');
      return Promise.resolve();
    }),
    quit: vi.fn(),
    exit: vi.fn(),
  };
  return {
    state,
    electron: {
      app,
      BrowserWindow,
      session,
      dialog: { showOpenDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ t })), setApplicationMenu: vi.fn() },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(record('registerSchemesAsPrivileged')),
        handle: vi.fn(),
      },
      screen: {
        getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
        getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      },
    },
    core: { ctx: {}, dispatch: vi.fn(), close: vi.fn() },
  };
});

vi.mock('electron', () => fake.electron);
vi.mock('../../../electron/core/app/bootstrap', () => ({
  openApp: vi.fn(async () => fake.core),
}));

const flush = () => new Promise((r) => setTimeout(r, 0));
let dataDir: string;

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  fake.state.appListeners.clear();
  fake.state.windows.length = 0;
  fake.state.calls.length = 0;
  fake.state.lock = true;
  dataDir = mkdtempSync(join(tmpdir(), 'pv-main-'));
  vi.stubEnv('PV_DATA_DIR', dataDir);
  vi.stubEnv('PV_HEADLESS', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start() {
  await import('../../../electron/main/index');
  await flush();
  const { openApp } = await import('../../../electron/core/app/bootstrap');
  return { openApp: vi.mocked(openApp) };
}

describe('main process start', () => {
  it('turns on the sandbox and registers app: before the app is ready', async () => {
    await start();
    expect(fake.state.calls.slice(0, 3)).toEqual([
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'whenReady',
    ]);
  });

  it('opens the core on PV_DATA_DIR for the electron transport', async () => {
    const { openApp } = await start();
    expect(openApp).toHaveBeenCalledWith({
      dataDir: resolve(dataDir),
      transport: 'electron',
      appVersion: '0.1.0',
    });
    expect(fake.electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      join(resolve(dataDir), 'electron'),
    );
  });

  it('hardens the session and every web contents, registers IPC, menu and the protocol', async () => {
    await start();
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(fake.state.appListeners.has('web-contents-created')).toBe(true);
    expect(fake.electron.ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual([
      'pv:call',
      'pv:dialog',
    ]);
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('creates one sandboxed window with the preload, loads the app URL and shows it when ready', async () => {
    await start();
    expect(fake.state.windows).toHaveLength(1);
    const [window] = fake.state.windows;
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://programverkstaden/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')!();
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('stays hidden in headless mode', async () => {
    vi.stubEnv('PV_HEADLESS', '1');
    await start();
    const [window] = fake.state.windows;
    window.listeners.get('ready-to-show')!();
    expect(window.show).not.toHaveBeenCalled();
  });

  it('saves the window state on close and closes the core on quit', async () => {
    await start();
    const [window] = fake.state.windows;
    window.listeners.get('close')!();
    const file = join(resolve(dataDir), 'electron', 'window-state.json');
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1111,
      height: 777,
      maximized: false,
    });
    fake.state.appListeners.get('will-quit')!();
    expect(fake.core.close).toHaveBeenCalledTimes(1);
  });

  it('quits without opening the database when another instance runs', async () => {
    fake.state.lock = false;
    const { openApp } = await start();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(openApp).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });
});
