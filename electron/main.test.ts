/**
 * The wiring of electron/main.ts, checked where Electron cannot run: main.ts is loaded against a mocked `electron`
 * module that records what it is asked to do, so dropping a web preference, a guard, the protocol or a channel
 * fails here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../shared/ipc/contract';

type Listener = (...args: unknown[]) => unknown;

/** A tiny event emitter, as Electron's objects are. */
function emitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    listeners,
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    },
    emit(event: string, ...args: unknown[]) {
      return (listeners.get(event) ?? []).map((l) => l(...args));
    },
  };
}

function fakeWebContents() {
  const contents = {
    ...emitter(),
    windowOpenHandler: null as Listener | null,
    setWindowOpenHandler(handler: Listener) {
      contents.windowOpenHandler = handler;
    },
    send: vi.fn(),
    printToPDF: vi.fn(async () => Buffer.from('%PDF')),
  };
  return contents;
}

const fake = vi.hoisted(() => ({ state: null as unknown as ReturnType<typeof makeState> }));

function makeState(options: { isPackaged: boolean; userData: string }) {
  const windows: { options: Record<string, unknown>; loaded: string[]; webContents: ReturnType<typeof fakeWebContents> }[] = [];
  const app = {
    ...emitter(),
    isPackaged: options.isPackaged,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => options.userData,
    getName: () => 'CoderPath',
    getVersion: () => '1.2.3',
    setAppUserModelId: vi.fn(),
    quit: vi.fn(),
  };
  class BrowserWindow {
    webContents = fakeWebContents();
    private record: (typeof windows)[number];
    constructor(windowOptions: Record<string, unknown>) {
      this.record = { options: windowOptions, loaded: [], webContents: this.webContents };
      windows.push(this.record);
      // Electron announces every web contents it creates, the window's own included.
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows = () => windows;
    once() {}
    on() {}
    maximize() {}
    isDestroyed = () => false;
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
    async loadFile(path: string) {
      this.record.loaded.push(`loadFile:${path}`);
    }
  }
  const permissionHandlers: { request?: Listener; check?: Listener } = {};
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (h: Listener) => (permissionHandlers.request = h),
      setPermissionCheckHandler: (h: Listener) => (permissionHandlers.check = h),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  };
  const ipcHandlers = new Map<string, Listener>();
  return {
    windows,
    permissionHandlers,
    ipcHandlers,
    electron: {
      app,
      BrowserWindow,
      session,
      ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      Notification: Object.assign(vi.fn(), { isSupported: () => false }),
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      shell: { openExternal: vi.fn(async () => {}) },
    },
  };
}

// The mock is made once; its exports read the current test's fakes, so each loadMain starts afresh.
vi.mock('electron', () => {
  const names = ['app', 'BrowserWindow', 'session', 'ipcMain', 'protocol', 'Menu', 'dialog', 'Notification', 'screen', 'shell'];
  const exports = {};
  for (const name of names) {
    Object.defineProperty(exports, name, { enumerable: true, get: () => (fake.state.electron as Record<string, unknown>)[name] });
  }
  return exports;
});

async function loadMain(options: { isPackaged: boolean; devServerUrl?: string }) {
  vi.resetModules();
  vi.unstubAllEnvs();
  if (options.devServerUrl) vi.stubEnv('ELECTRON_RENDERER_URL', options.devServerUrl);
  fake.state = makeState({ isPackaged: options.isPackaged, userData: mkdtempSync(join(tmpdir(), 'coderpath-main-')) });
  await import('./main');
  await vi.waitFor(() => expect(fake.state.windows[0]?.loaded).toHaveLength(1));
  return fake.state;
}

beforeEach(() => vi.spyOn(console, 'log').mockImplementation(() => {}));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the window', () => {
  it('is isolated, sandboxed, without Node, with web security, no <webview> and the bundled preload', async () => {
    const { windows } = await loadMain({ isPackaged: true });
    expect(windows).toHaveLength(1);
    const prefs = windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(String(prefs.preload)).toMatch(/[\\/]preload\.cjs$/);
  });

  it('shows the built renderer over app://, never file://', async () => {
    const { windows } = await loadMain({ isPackaged: true });
    expect(windows[0]!.loaded).toEqual(['app://coderpath/index.html']);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, honours it only in development', async () => {
    expect((await loadMain({ isPackaged: true, devServerUrl: 'http://evil.example:5173/' })).windows[0]!.loaded).toEqual([
      'app://coderpath/index.html',
    ]);
    expect((await loadMain({ isPackaged: false, devServerUrl: 'http://localhost:5173/' })).windows[0]!.loaded).toEqual([
      'http://localhost:5173/',
    ]);
  });
});

describe('the app:// protocol', () => {
  it('is registered as a standard, secure scheme and served from the built renderer only', async () => {
    const { electron } = await loadMain({ isPackaged: true });
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    // From the tests, main.ts's built-renderer folder is the source renderer/ (electron/../renderer).
    const page = await handler(new Request('app://coderpath/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await handler(new Request('app://coderpath/..%2f..%2fpackage.json'))).status).toBe(404);
  });
});

describe('permissions', () => {
  it('every permission request and check is refused', async () => {
    const { permissionHandlers } = await loadMain({ isPackaged: true });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      permissionHandlers.request!({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(permissionHandlers.check!({}, permission), permission).toBe(false);
    }
  });
});

describe('navigation and new windows, on every web contents', () => {
  const navigate = (contents: ReturnType<typeof fakeWebContents>, event: string, url: string) => {
    const preventDefault = vi.fn();
    contents.emit(event, { url, preventDefault });
    return preventDefault.mock.calls.length > 0 ? 'blocked' : 'allowed';
  };

  it('frames of any web contents may only navigate within the app; webviews never attach', async () => {
    const { electron, windows } = await loadMain({ isPackaged: true });
    const other = fakeWebContents(); // e.g. a frame's or a PDF viewer's contents created later
    electron.app.emit('web-contents-created', {}, other);
    for (const contents of [windows[0]!.webContents, other]) {
      expect(navigate(contents, 'will-frame-navigate', 'app://coderpath/index.html#/ceus')).toBe('allowed');
      expect(navigate(contents, 'will-frame-navigate', 'https://example.com/')).toBe('blocked');
      expect(navigate(contents, 'will-frame-navigate', 'file:///etc/passwd')).toBe('blocked');
      expect(navigate(contents, 'will-redirect', 'https://example.com/')).toBe('blocked');
      const attach = vi.fn();
      contents.emit('will-attach-webview', { preventDefault: attach });
      expect(attach).toHaveBeenCalled();
    }
  });

  it('window.open never makes a window and never reaches the system browser (no user gesture is known there)', async () => {
    const { electron, windows } = await loadMain({ isPackaged: true });
    expect(windows[0]!.webContents.windowOpenHandler!({ url: 'https://www.aapc.com/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('IPC', () => {
  it('registers exactly the channels of the contract, each refusing a sender that is not the app', async () => {
    const { ipcHandlers } = await loadMain({ isPackaged: true });
    expect([...ipcHandlers.keys()].sort()).toEqual(Object.values(IPC).map((row) => row.channel).sort());
    const fromApp = { senderFrame: { url: 'app://coderpath/index.html', parent: null } };
    const fromElsewhere = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await ipcHandlers.get('app:info')!(fromApp, undefined)).toMatchObject({ ok: true, value: { version: '1.2.3' } });
    expect(await ipcHandlers.get('app:info')!(fromElsewhere, undefined)).toMatchObject({ ok: false });
  });

  it('opens only https links in the system browser', async () => {
    const { ipcHandlers, electron } = await loadMain({ isPackaged: true });
    const fromApp = { senderFrame: { url: 'app://coderpath/index.html', parent: null } };
    expect(await ipcHandlers.get('shell:open-external')!(fromApp, { url: 'https://www.aapc.com/' })).toEqual({ ok: true, value: true });
    expect(await ipcHandlers.get('shell:open-external')!(fromApp, { url: 'file:///etc/passwd' })).toMatchObject({ ok: false });
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://www.aapc.com/']]);
  });
});
