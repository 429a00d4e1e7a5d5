// Runs in: everywhere (preload, renderer, browser shell). The shape of `window.api`: the only door
// from the UI to the core. Each transport fills it in; the renderer never knows which one it has.
import type { Result } from './errors';

/** Commands the application menu sends to the renderer (the renderer decides what they do). */
export const menuCommands = [
  /** Arkiv → Säkerhetskopiera nu */
  'backup:now',
  /** Arkiv → Öppna databasfil… (the renderer asks pickDatabaseFile(), then app:openDatabase) */
  'database:open',
  /** Visa → Sök */
  'search:open',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (menuCommands as readonly string[]).includes(value);

export interface Bridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Listens for menu commands; returns the unsubscribe function. Only in Electron. */
  onMenu?(cb: (command: MenuCommand) => void): () => void;
  /** The system's open-file dialog for a database file; null when cancelled. Only in Electron. */
  pickDatabaseFile?(): Promise<string | null>;
  transport: 'electron' | 'browser-shell';
}

/** IPC channel names shared by the preload and the main process. */
export const ipcChannels = {
  call: 'pv:call',
  dialog: 'pv:dialog',
  menu: 'pv:menu',
} as const;

/** The dialogs the renderer may ask the main process for over ipcChannels.dialog. */
export type DialogKind = 'openDatabaseFile';
