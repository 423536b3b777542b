/**
 * The preload: no logic, only the one typed API object of the shared contract, exposed through contextBridge.
 * Sandboxed preloads may only require 'electron', so this file is bundled on its own.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, DESKTOP_API_KEY, type DesktopApi, type MenuCommand } from '../shared/ipc/contract';

const api: DesktopApi = {
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  notify: (request) => ipcRenderer.invoke(CHANNELS.notify, request),
  savePdf: (request) => ipcRenderer.invoke(CHANNELS.savePdf, request),
  backupsList: () => ipcRenderer.invoke(CHANNELS.backupsList),
  backupsCreate: (request) => ipcRenderer.invoke(CHANNELS.backupsCreate, request),
  backupsRead: (request) => ipcRenderer.invoke(CHANNELS.backupsRead, request),
  // The main process cannot see user gestures; this isolated world can, and the page cannot fake one.
  openExternal: (request) =>
    navigator.userActivation.isActive
      ? ipcRenderer.invoke(CHANNELS.openExternal, request)
      : Promise.resolve({ ok: false, error: 'Links open in your browser only when you click them.' }),
  onMenuCommand: (listener) => {
    const wrapped = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(CHANNELS.menuCommand, wrapped);
    return () => ipcRenderer.removeListener(CHANNELS.menuCommand, wrapped);
  },
};

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, api);
