// Runs in: vitest (Node). The session and web contents hardening, driven with small fakes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  withContentSecurityPolicy,
  type HardenableSession,
  type HardenableWebContents,
} from '../../../electron/main/security';
import { contentSecurityPolicy } from '../../../electron/main/windowOptions';

type Listener = (...args: never[]) => unknown;

function fakeSession() {
  const captured: Record<string, Listener> = {};
  const session: HardenableSession = {
    setPermissionRequestHandler: (h) => void (captured.permissionRequest = h as Listener),
    setPermissionCheckHandler: (h) => void (captured.permissionCheck = h as Listener),
    webRequest: {
      onBeforeRequest: (l) => void (captured.beforeRequest = l as Listener),
      onHeadersReceived: (l) => void (captured.headersReceived = l as Listener),
    },
  };
  return { session, captured };
}

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => {
      openHandler = h;
    },
  };
  const emit = (event: string, url = '') => {
    const e = { url, preventDefault: vi.fn() };
    (listeners.get(event) as (e: unknown) => void)(e);
    return e.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as HardenableWebContents,
    emit,
    open: (url: string) => openHandler!({ url }),
  };
}

describe('hardenSession', () => {
  let captured: Record<string, Listener>;
  beforeEach(() => {
    const fake = fakeSession();
    hardenSession(fake.session);
    captured = fake.captured;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('denies every permission request and check', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      (captured.permissionRequest as (w: unknown, p: string, cb: (g: boolean) => void) => void)(
        {},
        permission,
        callback,
      );
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect((captured.permissionCheck as () => boolean)()).toBe(false);
  });

  const request = (url: string) => {
    const callback = vi.fn();
    (captured.beforeRequest as (d: { url: string }, cb: (r: unknown) => void) => void)(
      { url },
      callback,
    );
    return callback.mock.calls[0][0] as { cancel: boolean };
  };

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'app://programverkstaden.evil.com/index.html',
  ])('cancels the remote or foreign request %s', (url) => {
    expect(request(url)).toEqual({ cancel: true });
  });

  it.each([
    'app://programverkstaden/index.html',
    'app://programverkstaden/assets/index-abc.js',
    'data:image/png;base64,AAAA',
    'blob:app://programverkstaden/1234',
  ])('lets the app load its own %s', (url) => {
    expect(request(url)).toEqual({ cancel: false });
  });

  it('puts the CSP on every response, replacing any other', () => {
    const callback = vi.fn();
    (captured.headersReceived as (d: unknown, cb: (r: unknown) => void) => void)(
      {
        url: 'app://programverkstaden/index.html',
        responseHeaders: {
          'content-security-policy': ['default-src *'],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy when the response had no headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [contentSecurityPolicy],
    });
  });
});

describe('isAllowedRequest', () => {
  it('knows the app, inline data and devtools, and nothing else', () => {
    expect(isAllowedRequest('app://programverkstaden/x.css')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequest('chrome-extension://abc/x.js')).toBe(false);
    expect(isAllowedRequest('https://programverkstaden/')).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation away from the app and allows moves inside it', () => {
    const { contents, emit } = fakeWebContents();
    hardenWebContents(contents);
    expect(emit('will-navigate', 'https://example.com')).toBe(true);
    expect(emit('will-navigate', 'file:///C:/Windows/')).toBe(true);
    expect(emit('will-navigate', 'app://programverkstaden/index.html#/visits')).toBe(false);
    expect(emit('will-redirect', 'https://example.com')).toBe(true);
  });

  it('denies window.open and new windows for any URL', () => {
    const { contents, open } = fakeWebContents();
    hardenWebContents(contents);
    expect(open('https://example.com')).toEqual({ action: 'deny' });
    expect(open('app://programverkstaden/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const { contents, emit } = fakeWebContents();
    hardenWebContents(contents);
    expect(emit('will-attach-webview')).toBe(true);
  });
});
