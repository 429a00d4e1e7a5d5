// Runs in: vitest (Node). The app origin check and the mapping of app URLs to renderer files.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  appOrigin,
  contentTypeFor,
  isSameAppOrigin,
  resolveRendererFile,
} from '../../../electron/main/appUrl';

describe('isSameAppOrigin', () => {
  it('accepts the app pages', () => {
    expect(appOrigin).toBe('app://programverkstaden');
    expect(isSameAppOrigin(appEntryUrl)).toBe(true);
    expect(isSameAppOrigin('app://programverkstaden/assets/index-abc.js')).toBe(true);
    expect(isSameAppOrigin('app://programverkstaden/index.html#/visits')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://programverkstaden/index.html',
    'file:///C:/index.html',
    'app://programverkstaden.evil.com/index.html',
    'app://evil/programverkstaden/index.html',
    'app://programverkstaden@evil/index.html',
    'app://user:pw@programverkstaden/index.html',
    'appx://programverkstaden/index.html',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isSameAppOrigin(url)).toBe(false);
  });
});

describe('resolveRendererFile', () => {
  const dir = resolve('/srv/out/renderer');

  it('maps app paths into the renderer folder', () => {
    expect(resolveRendererFile(dir, 'app://programverkstaden/')).toBe(join(dir, 'index.html'));
    expect(resolveRendererFile(dir, 'app://programverkstaden/index.html?x=1#/a')).toBe(
      join(dir, 'index.html'),
    );
    expect(resolveRendererFile(dir, 'app://programverkstaden/assets/a%20b.js')).toBe(
      join(dir, 'assets', 'a b.js'),
    );
  });

  it('resolves dot segments inside the folder, never above it', () => {
    expect(resolveRendererFile(dir, 'app://programverkstaden/%2e%2e/secret.txt')).toBe(
      join(dir, 'secret.txt'),
    );
  });

  it.each([
    'app://programverkstaden/..%2f..%2fetc/passwd',
    'app://programverkstaden/assets/..%2f..%2f..%2fsecret.txt',
    'app://programverkstaden/assets/%00.js',
    'app://programverkstaden/%E0%A4%A',
    'https://example.com/index.html',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(dir, url)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts a JavaScript type and unknown files a neutral one', () => {
    expect(contentTypeFor('a/index-1.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('index.HTML')).toMatch(/^text\/html/);
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
  });
});
