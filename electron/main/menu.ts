// Runs in: main process. The Swedish application menu as plain data. Items that need the UI send
// a menu command to the renderer (the preload hands it to api.onMenu); the rest use Electron roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/bridge';

export interface MenuActions {
  platform: NodeJS.Platform;
  /** Sends a command to the renderer of the focused main window. */
  send(command: MenuCommand): void;
  showAbout(): void;
  /** Adds Utvecklarverktyg (developer tools) while developing. */
  devTools?: boolean;
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = actions.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Programverkstaden',
      submenu: [
        { label: 'Om Programverkstaden', click: () => actions.showAbout() },
        { type: 'separator' },
        { role: 'hide', label: 'Göm Programverkstaden' },
        { role: 'hideOthers', label: 'Göm övriga' },
        { role: 'unhide', label: 'Visa alla' },
        { type: 'separator' },
        { role: 'quit', label: 'Avsluta Programverkstaden', accelerator: 'Cmd+Q' },
      ],
    });
  }
  template.push(
    {
      label: 'Arkiv',
      submenu: [
        {
          label: 'Säkerhetskopiera nu',
          accelerator: 'CmdOrCtrl+Shift+S',
          click: () => actions.send('backup:now'),
        },
        {
          label: 'Öppna databasfil…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.send('database:open'),
        },
        ...(isMac
          ? []
          : ([
              { type: 'separator' },
              { role: 'quit', label: 'Avsluta', accelerator: 'Ctrl+Q' },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
    {
      label: 'Redigera',
      submenu: [
        { role: 'undo', label: 'Ångra', accelerator: 'CmdOrCtrl+Z' },
        { role: 'redo', label: 'Gör om', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: 'Kopiera', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: 'Klistra in', accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', label: 'Markera allt', accelerator: 'CmdOrCtrl+A' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        { label: 'Sök', accelerator: 'CmdOrCtrl+K', click: () => actions.send('search:open') },
        { type: 'separator' },
        { role: 'reload', label: 'Ladda om', accelerator: 'CmdOrCtrl+R' },
        {
          role: 'togglefullscreen',
          label: 'Helskärm',
          accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11',
        },
        { type: 'separator' },
        { role: 'zoomIn', label: 'Zooma in', accelerator: 'CmdOrCtrl+Plus' },
        { role: 'zoomOut', label: 'Zooma ut', accelerator: 'CmdOrCtrl+-' },
        { role: 'resetZoom', label: 'Återställ zoom', accelerator: 'CmdOrCtrl+0' },
        ...(actions.devTools
          ? ([
              { type: 'separator' },
              {
                role: 'toggleDevTools',
                label: 'Utvecklarverktyg',
                accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I',
              },
            ] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: 'Hjälp',
      role: 'help',
      submenu: [{ label: 'Om Programverkstaden', click: () => actions.showAbout() }],
    },
  );
  return template;
}
