// Runs in: main process. The main window's settings and the page's content security policy, as
// plain data so tests can check every security switch without starting Electron.
import type { BrowserWindowConstructorOptions } from 'electron';

export const windowTitle = 'Programverkstaden';
export const minWindowSize = { width: 900, height: 600 } as const;
export const defaultWindowSize = { width: 1280, height: 820 } as const;
/** The renderer's page colour: no white flash before the first paint. */
export const windowBackground = '#f5f5f5';

/**
 * Only the app's own files: no remote host, no eval, no plugins, no forms posting elsewhere.
 * connect-src 'none' because the renderer talks to the core over IPC, never fetch/XHR/WebSocket.
 * 'unsafe-inline' styles only: React and the UI kit set style attributes.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export function mainWindowOptions(options: {
  preloadPath: string;
  bounds: WindowBounds;
  /** Developer tools: on while developing, off in the installed app. */
  devTools?: boolean;
}): BrowserWindowConstructorOptions {
  const { bounds } = options;
  return {
    title: windowTitle,
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    backgroundColor: windowBackground,
    // Shown on 'ready-to-show', so the officer never sees a half-drawn window.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: options.devTools ?? false,
    },
  };
}
