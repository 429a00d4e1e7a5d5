// Runs in: renderer. The typed client: the only way the UI talks to the core, on any transport.
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { Bridge } from '../../../shared/bridge';
import type { AppError, Result } from '../../../shared/errors';

declare global {
  interface Window {
    api?: Bridge;
  }
}

/** A failed call, carrying the typed error (code, Swedish/English message, field messages). */
export class CallError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

function bridge(): Bridge {
  if (!window.api) {
    throw new CallError({
      code: 'INTERNAL',
      message: 'Appen är inte ansluten till sin databas. Starta den med npm start.',
    });
  }
  return window.api;
}

/** Calls a contract method; resolves to the result or rejects with a CallError. */
export async function call<K extends MethodName>(
  method: K,
  input: MethodInput<K>,
): Promise<MethodResult<K>> {
  const result = (await bridge().call(method, input)) as Result<MethodResult<K>>;
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}

export const transport = (): string => window.api?.transport ?? 'none';

/** The bridge's optional desktop extras (menu commands, file dialogs); absent in the browser shell. */
export const desktop = (): Partial<Pick<Bridge, 'onMenu' | 'pickDatabaseFile'>> => window.api ?? {};
