// Runs in: main process / Node. The type every feature's handler map is checked against.
import type { HandlerInput, MethodName, MethodResult } from '../../shared/contract';
import type { AppContext } from './app/context';

export type Handler<K extends MethodName> = (
  ctx: AppContext,
  input: HandlerInput<K>,
) => MethodResult<K> | Promise<MethodResult<K>>;

export type Handlers = { [K in MethodName]: Handler<K> };
