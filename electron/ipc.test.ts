import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../shared/ipc/contract';
import { guardedHandler, isTrustedSender, registerHandlers, type Handlers } from './ipc';

const appBase = 'app://coderpath/index.html';
const ownFrame = { senderFrame: { url: `${appBase}#/settings`, parent: null } };

describe('IPC sender validation (checklist 17)', () => {
  it('trusts the app’s own top-level page', () => {
    expect(isTrustedSender(ownFrame, appBase)).toBe(true);
  });
  it('rejects foreign pages, iframes and missing frames', () => {
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/', parent: null } }, appBase)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: appBase, parent: {} } }, appBase)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, appBase)).toBe(false);
  });
});

describe('a guarded handler', () => {
  it('runs the handler with the validated payload and wraps the result', async () => {
    const handler = vi.fn(async (payload: { title: string; body: string }) => payload.title.length > 0);
    const guarded = guardedHandler('notify', handler, appBase);
    expect(await guarded(ownFrame, { title: 'CEU deadline', body: 'CPC: 90 days left' })).toEqual({ ok: true, value: true });
    expect(handler).toHaveBeenCalledWith({ title: 'CEU deadline', body: 'CPC: 90 days left' });
  });

  it('rejects a foreign sender before the handler runs', async () => {
    const handler = vi.fn();
    const log = vi.fn();
    const guarded = guardedHandler('notify', handler, appBase, log);
    const result = await guarded({ senderFrame: { url: 'https://evil.example/', parent: null } }, { title: 'x', body: '' });
    expect(result).toEqual({ ok: false, error: 'Rejected: the request did not come from CoderPath.' });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('untrusted sender https://evil.example/'));
  });

  it.each([
    ['a missing field', 'notify', { title: 'Only a title' }, 'body'],
    ['a wrong type', 'notify', { title: 5, body: '' }, 'title'],
    ['an extra field', 'notify', { title: 't', body: 'b', exec: 'rm -rf /' }, 'exec'],
    ['a path instead of a file name', 'saveFile', { suggestedName: '../../.bashrc', filters: [], contents: 'x' }, 'suggestedName'],
    ['a PDF name without .pdf', 'savePageAsPdf', { suggestedName: 'report.exe' }, 'suggestedName'],
    ['a backup name with a folder', 'backupsRead', { fileName: '/etc/passwd' }, 'fileName'],
    ['an unknown backup reason', 'backupsCreate', { contents: '{}', reason: 'whenever', keep: 10 }, 'reason'],
    ['a payload where none is expected', 'appInfo', { anything: true }, 'payload'],
    ['no payload at all', 'saveFile', undefined, 'payload'],
  ] as const)('rejects %s with a message naming the field', async (_what, channel, payload, field) => {
    const handler = vi.fn();
    const guarded = guardedHandler(channel, handler as never, appBase);
    const result = await guarded(ownFrame, payload);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(field);
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error result instead of an unhandled rejection', async () => {
    const guarded = guardedHandler('appInfo', () => { throw new Error('disk full'); }, appBase);
    expect(await guarded(ownFrame, undefined)).toEqual({ ok: false, error: 'disk full' });
  });
});

describe('registering handlers', () => {
  it('registers every channel of the contract, each guarded', async () => {
    const registered = new Map<string, (event: never, payload: unknown) => unknown>();
    const handlers = Object.fromEntries(Object.keys(IPC).map((m) => [m, vi.fn(() => 'done')])) as unknown as Handlers;
    registerHandlers({ handle: (channel, listener) => registered.set(channel, listener as never) }, handlers, appBase);
    expect([...registered.keys()].sort()).toEqual(Object.values(IPC).map((row) => row.channel).sort());
    const listener = registered.get('app:info')!;
    expect(await listener({ senderFrame: { url: 'https://evil.example', parent: null } } as never, undefined)).toMatchObject({ ok: false });
    expect(await listener(ownFrame as never, undefined)).toEqual({ ok: true, value: 'done' });
  });
});
