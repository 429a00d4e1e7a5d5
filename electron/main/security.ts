// Runs in: main process. Hardening of the session and every web contents: no permissions, no
// navigation away from the app, no new windows, no <webview>, and no network request at all.
// Written against small structural types so tests drive it with fakes instead of Electron.
import { isSameAppOrigin } from './appUrl';
import { contentSecurityPolicy } from './windowOptions';

type Headers = Record<string, string | string[]>;

export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel?: boolean }) => void,
      ) => void,
    ): void;
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { cancel?: boolean; responseHeaders?: Headers }) => void,
      ) => void,
    ): void;
  };
}

interface PreventableEvent {
  preventDefault(): void;
}

export interface HardenableWebContents {
  on(
    event: 'will-navigate',
    listener: (event: PreventableEvent & { url: string }) => void,
  ): unknown;
  on(
    event: 'will-redirect',
    listener: (event: PreventableEvent & { url: string }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Requests the app may make: its own files, and inline data/blob URLs the page created itself.
 * DevTools loads its own internal pages while developing. Everything else (http, https, ws, ftp,
 * file, …) is cancelled, which is how "the app makes no network request" is enforced.
 */
export function isAllowedRequest(url: string): boolean {
  if (isSameAppOrigin(url)) return true;
  return /^(data|blob|devtools):/i.test(url);
}

/** Adds the CSP to a response, replacing any the response brought along. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy];
  return result;
}

export function hardenSession(session: HardenableSession): void {
  // Camera, microphone, notifications, geolocation, clipboard reads…: the app needs none.
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) console.warn(`[security] blocked request: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

export function hardenWebContents(contents: HardenableWebContents): void {
  const stayInApp = (event: PreventableEvent & { url: string }) => {
    if (!isSameAppOrigin(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
