// Runs in: main process. Serves the built renderer on app://programverkstaden/ from out/renderer
// (inside app.asar once packaged). A privileged standard scheme gives the page a proper origin,
// so the CSP's 'self' and ES module scripts work under the sandbox without file:// access.
import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { appScheme, contentTypeFor, resolveRendererFile } from './appUrl';
import { contentSecurityPolicy } from './windowOptions';

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
};

/** Answers one request for the app scheme: a file of the built renderer, or 404. */
export async function rendererResponse(rendererDir: string, request: Request): Promise<Response> {
  const file = resolveRendererFile(rendererDir, request.url);
  if (!file || request.method !== 'GET') {
    return new Response('Finns inte', { status: 404, headers: securityHeaders });
  }
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file) },
    });
  } catch {
    return new Response('Finns inte', { status: 404, headers: securityHeaders });
  }
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, (request) => rendererResponse(rendererDir, request));
}
