// Runs in: main process. The two IPC channels: every contract call goes through 'pv:call' to the
// dispatcher; 'pv:dialog' opens native file dialogs. Both answer only the app's own top frame.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannels, type DialogKind } from '../../shared/bridge';
import type { Result } from '../../shared/errors';
import type { Dispatch } from '../core/dispatcher';
import { appOrigin, isSameAppOrigin } from './appUrl';

/**
 * A call is trusted only from the top frame of the main window showing the app's own page:
 * not from an iframe, not after a navigation elsewhere (which security.ts blocks anyway).
 */
export function isTrustedSender(
  frameUrl: string | null | undefined,
  origin: string,
  isMainFrame: boolean,
): boolean {
  return isMainFrame && typeof frameUrl === 'string' && isSameAppOrigin(frameUrl, origin);
}

export const untrustedSenderResult: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message:
      'Anropet kom inte från appens fönster och avvisades. / The call did not come from the app window and was refused.',
  },
};

function senderIsTrusted(event: IpcMainInvokeEvent, mainWindow: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  const isMainFrame =
    mainWindow !== null &&
    !mainWindow.isDestroyed() &&
    event.sender === mainWindow.webContents &&
    frame !== null &&
    frame.parent === null;
  return isTrustedSender(frame?.url, appOrigin, isMainFrame);
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  getMainWindow(): BrowserWindow | null;
  dispatch: Dispatch;
  /** Shows the open dialog for a database file; null when cancelled. */
  pickDatabaseFile(window: BrowserWindow): Promise<string | null>;
}

const dialogKinds: readonly DialogKind[] = ['openDatabaseFile'];

/** Registers the handlers; returns a function that removes them again. */
export function registerIpc(deps: IpcDeps): () => void {
  deps.ipcMain.handle(ipcChannels.call, async (event, method: unknown, input: unknown) => {
    if (!senderIsTrusted(event, deps.getMainWindow())) {
      console.warn(`[ipc] refused a call from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      return untrustedSenderResult;
    }
    return deps.dispatch(method, input);
  });
  deps.ipcMain.handle(ipcChannels.dialog, async (event, kind: unknown) => {
    const window = deps.getMainWindow();
    if (!window || !senderIsTrusted(event, window)) return null;
    if (!dialogKinds.includes(kind as DialogKind)) return null;
    return deps.pickDatabaseFile(window);
  });
  return () => {
    deps.ipcMain.removeHandler(ipcChannels.call);
    deps.ipcMain.removeHandler(ipcChannels.dialog);
  };
}
