/**
 * IPC at the boundary: every invoke is checked for its sender (the app's own top frame) and its payload (the zod
 * schema of its row in the IPC table) before a handler runs. Written without Electron imports so it is unit-tested
 * directly.
 */
import type { z } from 'zod';
import { IPC, type Handlers, type IpcMethod, type IpcResult } from '../shared/ipc/contract';
import { isAppUrl } from './security';

export type { Handlers };

/** The parts of an IpcMainInvokeEvent we rely on. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

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

/** Wraps `method`'s handler with the sender check, payload validation and the result envelope. */
export function guardedHandler<M extends IpcMethod>(
  method: M,
  handler: Handlers[M],
  appBase: string,
  log: (message: string) => void = () => {},
) {
  const { channel, request } = IPC[method];
  const schema = request as z.ZodType;
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
      return { ok: true, value: await (handler as (payload: unknown) => unknown)(parsed.data) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`${channel} failed: ${message}`);
      return { ok: false, error: message };
    }
  };
}

/** Registers every row of the IPC table on its channel; a row without a handler is a type error. */
export function registerHandlers(
  ipcMain: { handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => unknown): void },
  handlers: Handlers,
  appBase: string,
  log?: (message: string) => void,
): void {
  for (const method of Object.keys(IPC) as IpcMethod[]) {
    ipcMain.handle(IPC[method].channel, guardedHandler(method, handlers[method], appBase, log));
  }
}
