// Runs in: preload (sandboxed renderer, bundled to CommonJS). Gives the page one small frozen `api`
// object; ipcRenderer itself, its events and any other channel stay out of the page's reach.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { ipcChannels, isMenuCommand, type Bridge, type MenuCommand } from '../../shared/bridge';
import type { Result } from '../../shared/errors';

const api: Bridge = {
  call: (method: string, input: unknown) =>
    ipcRenderer.invoke(ipcChannels.call, method, input) as Promise<Result<unknown>>,
  onMenu(cb: (command: MenuCommand) => void) {
    // The event carries the sender (ipcRenderer), so only the checked command is passed on.
    const listener = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) cb(command);
    };
    ipcRenderer.on(ipcChannels.menu, listener);
    return () => {
      ipcRenderer.removeListener(ipcChannels.menu, listener);
    };
  },
  pickDatabaseFile: async () => {
    const path: unknown = await ipcRenderer.invoke(ipcChannels.dialog, 'openDatabaseFile');
    return typeof path === 'string' ? path : null;
  },
  transport: 'electron',
};

contextBridge.exposeInMainWorld('api', api);
