// Runs in: main process. Where the app's own pages live: a privileged custom scheme, so the renderer
// has a real origin ('self' in the CSP means exactly the built files) and never touches file://.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const appScheme = 'app';
export const appHost = 'programverkstaden';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is on the given app origin. Compares scheme and host after parsing, because
 * Node reports the origin of a custom scheme as 'null' and prefix checks are fooled by
 * 'app://programverkstaden.evil' or 'app://programverkstaden@evil'.
 */
export function isSameAppOrigin(url: string, origin: string = appOrigin): boolean {
  const target = parse(url);
  const expected = parse(origin);
  if (!target || !expected) return false;
  return (
    target.protocol === expected.protocol &&
    target.host === expected.host &&
    target.username === '' &&
    target.password === ''
  );
}

/** Maps an app URL to a file inside the built renderer; null for other URLs or escapes. */
export function resolveRendererFile(rendererDir: string, url: string): string | null {
  if (!isSameAppOrigin(url)) return null;
  const parsed = parse(url);
  if (!parsed) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  const rel = relative(root, file);
  if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return null;
  return file;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused without a JavaScript MIME type, so every file gets a real one. */
export function contentTypeFor(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
