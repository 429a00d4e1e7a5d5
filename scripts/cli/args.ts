// Runs in: Node (the command-line tool). Flag parsing with node:util parseArgs, errors in Swedish.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<O extends Options>(args: string[], options: O, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const detail = (err as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(`Okänd flagga. (${detail})`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(`Flaggan saknar värde. (${detail})`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(`Oväntat argument. (${detail})`);
    }
    throw new UsageError(detail);
  }
  if (parsed.positionals.length > positionals) {
    throw new UsageError(`Oväntat argument: ${parsed.positionals.slice(positionals).join(' ')}`);
  }
  return parsed;
}

export function requireFlag(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`Flaggan --${flag} <fil> behövs.`);
  return value;
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} måste vara ${allowed.join(', ')} (fick "${value}").`);
}
