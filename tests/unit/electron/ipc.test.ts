// Runs in: vitest (Node). Only the app's own top frame reaches the dispatcher or the file dialog.
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  isTrustedSender,
  registerIpc,
  untrustedSenderResult,
  type IpcDeps,
} from '../../../electron/main/ipc';
import { appOrigin } from '../../../electron/main/appUrl';

describe('isTrustedSender', () => {
  it('trusts the app page in the top frame', () => {
    expect(isTrustedSender('app://programverkstaden/index.html#/visits', appOrigin, true)).toBe(
      true,
    );
  });

  it('refuses sub-frames even on the app origin', () => {
    expect(isTrustedSender('app://programverkstaden/index.html', appOrigin, false)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'file:///C:/index.html',
    'app://programverkstaden.evil.com/',
    'app://programverkstaden@evil/',
    'about:blank',
    '',
  ])('refuses the top frame showing %s', (url) => {
    expect(isTrustedSender(url, appOrigin, true)).toBe(false);
  });

  it('refuses a missing frame', () => {
    expect(isTrustedSender(null, appOrigin, true)).toBe(false);
    expect(isTrustedSender(undefined, appOrigin, true)).toBe(false);
  });
});

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Handler>();
  const webContents = { id: 1 };
  const mainFrame = { url: 'app://programverkstaden/index.html', parent: null };
  const window = { webContents, isDestroyed: () => false } as unknown as BrowserWindow;
  const dispatch = vi.fn(async (method: unknown) => ({ ok: true as const, value: method }));
  const pickDatabaseFile = vi.fn(async () => '/home/anna/gammal.sqlite');
  const deps: IpcDeps = {
    ipcMain: {
      handle: (channel: string, h: Handler) => void handlers.set(channel, h),
      removeHandler: (channel: string) => void handlers.delete(channel),
    } as unknown as IpcDeps['ipcMain'],
    getMainWindow: () => window,
    dispatch,
    pickDatabaseFile,
  };
  const remove = registerIpc(deps);
  const event = (
    frame: { url: string; parent: unknown } | null,
    sender: unknown = webContents,
  ) => ({
    sender,
    senderFrame: frame,
  });
  return { handlers, dispatch, pickDatabaseFile, remove, event, mainFrame };
}

describe('registerIpc', () => {
  it('registers exactly pv:call and pv:dialog, and removes them again', () => {
    const { handlers, remove } = setup();
    expect([...handlers.keys()].sort()).toEqual(['pv:call', 'pv:dialog']);
    remove();
    expect(handlers.size).toBe(0);
  });

  it('passes a trusted call to the dispatcher', async () => {
    const { handlers, dispatch, event, mainFrame } = setup();
    const result = await handlers.get('pv:call')!(event(mainFrame), 'app:info', {});
    expect(dispatch).toHaveBeenCalledWith('app:info', {});
    expect(result).toEqual({ ok: true, value: 'app:info' });
  });

  it('answers an untrusted call with a typed error and never dispatches', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { handlers, dispatch, event, mainFrame } = setup();
    const call = handlers.get('pv:call')!;
    const iframe = { url: 'app://programverkstaden/index.html', parent: mainFrame };
    const foreign = { url: 'https://example.com/', parent: null };
    expect(await call(event(iframe), 'app:info', {})).toEqual(untrustedSenderResult);
    expect(await call(event(foreign), 'app:info', {})).toEqual(untrustedSenderResult);
    expect(await call(event(null), 'app:info', {})).toEqual(untrustedSenderResult);
    expect(await call(event(mainFrame, { id: 2 }), 'app:info', {})).toEqual(untrustedSenderResult);
    expect(dispatch).not.toHaveBeenCalled();
    expect(untrustedSenderResult).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('opens the database file dialog only for the app and the known kind', async () => {
    const { handlers, pickDatabaseFile, event, mainFrame } = setup();
    const dialog = handlers.get('pv:dialog')!;
    expect(await dialog(event(mainFrame), 'openDatabaseFile')).toBe('/home/anna/gammal.sqlite');
    expect(await dialog(event(mainFrame), 'saveEverywhere')).toBeNull();
    expect(
      await dialog(event({ url: 'https://example.com/', parent: null }), 'openDatabaseFile'),
    ).toBeNull();
    expect(pickDatabaseFile).toHaveBeenCalledTimes(1);
  });
});
