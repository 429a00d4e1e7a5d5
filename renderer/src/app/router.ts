// Runs in: renderer. A tiny hash router: '#/companies/abc' → ['companies', 'abc']. Enough for a
// desktop app with no server, and reload keeps the officer where they were.
import { useSyncExternalStore } from 'react';

export type Route = string[];

const parse = (hash: string): Route =>
  hash
    .replace(/^#\/?/, '')
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const snapshot = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return parse(hash);
}

export function navigate(...parts: string[]): void {
  window.location.hash = '/' + parts.map(encodeURIComponent).join('/');
}

export const href = (...parts: string[]): string => '#/' + parts.map(encodeURIComponent).join('/');
