// Runs in: main process / Node. The single entry point of every transport: validate, call, wrap.
import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract';
import {
  AppFailure,
  errorMessages,
  type AppError,
  type Language,
  type Result,
} from '../../shared/errors';
import type { AppContext } from './app/context';
import type { Handlers } from './handlers';

const zodLocales = { sv: z.locales.sv(), en: z.locales.en() };

function failure(
  code: AppError['code'],
  language: Language,
  message?: string,
  fields?: Record<string, string>,
): Result<never> {
  return {
    ok: false,
    error: {
      code,
      message: message ?? errorMessages[code][language],
      ...(fields ? { fields } : {}),
    },
  };
}

function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

function isSqliteError(err: unknown): err is Error & { code: string } {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof Error && typeof code === 'string' && code.startsWith('SQLITE');
}

export type Dispatch = (method: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * Makes the dispatcher for one app context. Every transport calls this and nothing else:
 * unknown methods and malformed input are answered with a typed error before any handler runs.
 */
export function createDispatcher(ctx: AppContext, handlers: Handlers): Dispatch {
  return async (method, input) => {
    const lang = ctx.language;
    if (!isMethodName(method)) {
      return failure(
        'UNKNOWN_METHOD',
        lang,
        `${errorMessages.UNKNOWN_METHOD[lang]} (${String(method).slice(0, 80)})`,
      );
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {}, { error: zodLocales[lang].localeError });
    if (!parsed.success) {
      return failure('VALIDATION', lang, undefined, fieldErrors(parsed.error));
    }
    if (spec.writes && ctx.writeLock && !method.startsWith('companies:import')) {
      return failure(
        'CONFLICT',
        lang,
        lang === 'sv'
          ? 'En import pågår. Vänta tills den är klar.'
          : 'An import is running. Wait until it has finished.',
      );
    }
    try {
      const handler = handlers[method] as (c: AppContext, i: unknown) => unknown;
      const value = await handler(ctx, parsed.data);
      return { ok: true, value: value ?? null };
    } catch (err) {
      if (err instanceof AppFailure) {
        return failure(err.code, lang, err.detail?.[lang], err.fields);
      }
      if (isSqliteError(err)) {
        if (err.code.startsWith('SQLITE_CONSTRAINT')) return failure('CONFLICT', lang);
        return failure('STORAGE', lang);
      }
      console.error(`[dispatcher] ${method as MethodName}:`, err);
      return failure('INTERNAL', lang);
    }
  };
}
