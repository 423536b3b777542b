/**
 * IPC at the boundary: every invoke is checked for its sender (the app's own top frame) and its payload (zod schema
 * from the shared contract) before a handler runs. Written without Electron imports so it is unit-tested directly.
 */
import type { z } from 'zod';
import { REQUEST_SCHEMAS, type InvokeChannel, type InvokeResults, type IpcResult } from '../shared/ipc/contract';
import { isAppUrl } from './security';

/** The parts of an IpcMainInvokeEvent we rely on. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export type Handler<C extends InvokeChannel> = (
  payload: z.infer<(typeof REQUEST_SCHEMAS)[C]>,
) => Promise<InvokeResults[C]> | InvokeResults[C];

export type Handlers = { [C in InvokeChannel]: Handler<C> };

/** Trusted: a top-level frame showing one of the app's own pages. Iframes and foreign pages are not. */
export function isTrustedSender(event: InvokeEventLike, appBase: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  return isAppUrl(frame.url, appBase);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'payload'}: ${issue.message}`)
    .join('; ');
}

/** Wraps a handler with the sender check, payload validation and the result envelope. */
export function guardedHandler<C extends InvokeChannel>(
  channel: C,
  handler: Handler<C>,
  appBase: string,
  log: (message: string) => void = () => {},
) {
  const schema = REQUEST_SCHEMAS[channel] as z.ZodType;
  return async (event: InvokeEventLike, payload: unknown): Promise<IpcResult<unknown>> => {
    if (!isTrustedSender(event, appBase)) {
      log(`Rejected ${channel} from untrusted sender ${event.senderFrame?.url ?? '(none)'}`);
      return { ok: false, error: 'Rejected: the request did not come from CoderPath.' };
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      log(`Rejected malformed ${channel}: ${describeIssues(parsed.error)}`);
      return { ok: false, error: `Invalid request for ${channel}: ${describeIssues(parsed.error)}` };
    }
    try {
      return { ok: true, value: await handler(parsed.data as never) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`${channel} failed: ${message}`);
      return { ok: false, error: message };
    }
  };
}

/** Registers every channel of the contract; a channel without a handler is a type error. */
export function registerHandlers(
  ipcMain: { handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => unknown): void },
  handlers: Handlers,
  appBase: string,
  log?: (message: string) => void,
): void {
  for (const channel of Object.keys(REQUEST_SCHEMAS) as InvokeChannel[]) {
    const wrapped = guardedHandler(channel, handlers[channel] as Handler<typeof channel>, appBase, log);
    ipcMain.handle(channel, wrapped);
  }
}
