/**
 * The Electron main process: one secure window, the native menu, and the IPC handlers. Policy lives in the small
 * tested modules beside this file; this file only wires them to Electron (and main.test.ts checks the wiring
 * against a mocked `electron`).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, screen, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/contract';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { removeStaleTempFiles } from './autoBackups';
import { createHandlers } from './handlers';
import { registerHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { buildCsp, navigationDecision, permissionDecision, secureWebPreferences, windowOpenDecision } from './security';
import { loadWindowState, restoreWindowState, saveWindowState, MIN_SIZE } from './windowState';

const log = (message: string) => console.log(`[coderpath] ${message}`);

// A development switch never works in an installed app: there the window always shows the built renderer.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
if (app.isPackaged && process.env.ELECTRON_RENDERER_URL) log('ignoring ELECTRON_RENDERER_URL in the packaged app');
const isDev = Boolean(devServerUrl);
const rendererRoot = join(__dirname, '..', 'renderer');
const appBase = devServerUrl ?? APP_INDEX_URL;
const csp = buildCsp(devServerUrl ? { devServerOrigin: new URL(devServerUrl).origin } : {});

// Before `ready`: app:// must be a standard, secure scheme to have an origin and IndexedDB.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;

function sendMenuCommand(command: MenuCommand) {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Every web contents (the window, and any frame's) may only navigate within the app, and opens no windows. */
function guardContents(contents: WebContents) {
  contents.on('will-frame-navigate', (event) => {
    if (navigationDecision(event.url, appBase) === 'deny') {
      log(`blocked navigation to ${event.url}`);
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event) => {
    if (navigationDecision(event.url, appBase) === 'deny') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => windowOpenDecision());
}

async function createMainWindow(): Promise<BrowserWindow> {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const restored = restoreWindowState(await loadWindowState(stateFile), workAreas);
  const window = new BrowserWindow({
    ...restored.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'CoderPath',
    backgroundColor: '#f7f8fa',
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  if (restored.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = () => {
    if (window.isDestroyed()) return;
    void saveWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }).catch(() => {});
  };
  window.on('close', remember);
  await window.loadURL(appBase);
  return window;
}

function hardenSession() {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  // app:// pages get the CSP from the protocol handler; responses from the dev server get it here.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, csp));
}

function registerIpc() {
  const backupsDir = join(app.getPath('userData'), 'backups');
  mkdirSync(backupsDir, { recursive: true });
  // Temp files left by a backup write that a crash or power cut interrupted: never a backup, only clutter.
  void removeStaleTempFiles(backupsDir, new Date()).then(
    (removed) => removed.length > 0 && log(`removed ${removed.length} unfinished backup temp file(s)`),
    (error: unknown) => log(`could not clean backup temp files: ${error instanceof Error ? error.message : String(error)}`),
  );
  const handlers = createHandlers({
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      dataPath: app.getPath('userData'),
      backupsPath: backupsDir,
    }),
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) => {
      const opts = { ...options, properties: ['openFile' as const] };
      return mainWindow ? dialog.showOpenDialog(mainWindow, opts) : dialog.showOpenDialog(opts);
    },
    showNotification: (title, body) => {
      if (!Notification.isSupported()) return false;
      new Notification({ title, body }).show();
      return true;
    },
    printToPdf: async () => {
      if (!mainWindow) throw new Error('No window to print.');
      const pdf = await mainWindow.webContents.printToPDF({ printBackground: true, pageSize: 'Letter' });
      return new Uint8Array(pdf);
    },
    openExternal: (url) => shell.openExternal(url),
    backupsDir,
    log,
  });
  registerHandlers(ipcMain, handlers, appBase, log);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // No window, frame or webview is ever created or navigated outside the guards.
  app.on('web-contents-created', (_event, contents) => guardContents(contents));

  void app.whenReady().then(async () => {
    app.setAppUserModelId('com.coderpath.app');
    hardenSession();
    registerIpc();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ appName: app.getName(), isMac: process.platform === 'darwin', isDev, send: sendMenuCommand }),
      ),
    );
    mainWindow = await createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', async () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = await createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
