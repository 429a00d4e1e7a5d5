// Runs in: renderer. Loading data through the client, refreshed whenever any write succeeds.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { call, CallError } from '../api/client';

let dataVersion = 0;
const listeners = new Set<() => void>();

/** Tells every open view that data changed (after a save, delete, import or restore). */
export function invalidate(): void {
  dataVersion += 1;
  listeners.forEach((l) => l());
}

export function useDataVersion(): number {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => dataVersion,
  );
}

export const toAppError = (err: unknown): AppError =>
  err instanceof CallError ? err.error : { code: 'INTERNAL', message: String(err) };

export interface QueryState<T> {
  data: T | undefined;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
}

/** Calls `method` with `input` (compared by JSON) and again after every write. */
export function useQuery<K extends MethodName>(
  method: K,
  input: MethodInput<K>,
  enabled = true,
): QueryState<MethodResult<K>> {
  const version = useDataVersion();
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{
    data?: MethodResult<K>;
    error: AppError | null;
    loading: boolean;
  }>({
    error: null,
    loading: enabled,
  });
  const key = JSON.stringify(input);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    call(method, JSON.parse(key) as MethodInput<K>).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (err: unknown) => live && setState((s) => ({ ...s, error: toAppError(err), loading: false })),
    );
    return () => {
      live = false;
    };
  }, [method, key, version, tick, enabled]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** Runs a write; on success every query reloads. Errors come back typed, never thrown. */
export async function mutate<K extends MethodName>(
  method: K,
  input: MethodInput<K>,
): Promise<{ ok: true; value: MethodResult<K> } | { ok: false; error: AppError }> {
  try {
    const value = await call(method, input);
    invalidate();
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toAppError(err) };
  }
}
