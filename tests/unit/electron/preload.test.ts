// Runs in: vitest (Node), with a fake 'electron'. The preload exposes one small api object and
// nothing of ipcRenderer itself.
import { beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        exposed[key] = value;
      },
    },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => ({
        channel,
        args,
      })),
      on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        listeners.set(channel, listener);
      }),
      removeListener: vi.fn((channel: string) => {
        listeners.delete(channel);
      }),
      send: vi.fn(),
    },
  };
});

vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }));

interface ExposedApi {
  call(method: string, input: unknown): Promise<unknown>;
  onMenu(cb: (command: string) => void): () => void;
  pickDatabaseFile(): Promise<string | null>;
  transport: string;
}

let api: ExposedApi;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = fake.exposed.api as ExposedApi;
});

describe('preload', () => {
  it('exposes only window.api with call, onMenu, pickDatabaseFile and transport', () => {
    expect(Object.keys(fake.exposed)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['call', 'onMenu', 'pickDatabaseFile', 'transport']);
    expect(api.transport).toBe('electron');
    expect(Object.values(api)).not.toContain(fake.ipcRenderer);
  });

  it('sends calls over pv:call only', async () => {
    expect(await api.call('app:info', { a: 1 })).toEqual({
      channel: 'pv:call',
      args: ['app:info', { a: 1 }],
    });
  });

  it('passes known menu commands without the IPC event, and unsubscribes', () => {
    const cb = vi.fn();
    const off = api.onMenu(cb);
    const listener = fake.listeners.get('pv:menu')!;
    listener({ sender: fake.ipcRenderer }, 'search:open');
    listener({ sender: fake.ipcRenderer }, 'rm -rf');
    listener({ sender: fake.ipcRenderer }, { command: 'search:open' });
    expect(cb.mock.calls).toEqual([['search:open']]);
    off();
    expect(fake.listeners.has('pv:menu')).toBe(false);
  });

  it('asks pv:dialog for a database file and returns a path or null', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce('/home/anna/db.sqlite');
    expect(await api.pickDatabaseFile()).toBe('/home/anna/db.sqlite');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith('pv:dialog', 'openDatabaseFile');
    fake.ipcRenderer.invoke.mockResolvedValueOnce(undefined);
    expect(await api.pickDatabaseFile()).toBeNull();
  });

  it('never sends on arbitrary channels', () => {
    expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
  });
});
