// Runs in: main process, browser shell (Node) and renderer. No Node or DOM APIs here.
import type { z } from 'zod';

/** One method of the contract: its zod input schema, whether it writes, and (as a type) its result. */
export interface MethodSpec<S extends z.ZodType, R> {
  input: S;
  /** Writes are refused while a long write (an import) holds the database. */
  writes: boolean;
  /** Never read at run time; carries the result type for `call<K>()`. */
  result?: R;
}

/** A method that only reads. */
export function read<R>() {
  return <S extends z.ZodType>(input: S): MethodSpec<S, R> => ({ input, writes: false });
}

/** A method that changes data. */
export function write<R>() {
  return <S extends z.ZodType>(input: S): MethodSpec<S, R> => ({ input, writes: true });
}

export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
}
