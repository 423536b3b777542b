/**
 * The preload: no logic, only the one typed API of the shared contract (one function per IPC table row), exposed
 * through contextBridge. It imports channel names and types only, never the schemas: sandboxed preloads may only
 * require 'electron', and validation belongs to the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_API_KEY, IPC_CHANNELS, MENU_COMMAND_CHANNEL, type IpcMethod } from '../shared/ipc/channels';
import type { DesktopApi, MenuCommand } from '../shared/ipc/contract';

const invoke = (method: IpcMethod) => (request?: unknown) => ipcRenderer.invoke(IPC_CHANNELS[method], request);

const api = {
  ...(Object.fromEntries(Object.keys(IPC_CHANNELS).map((method) => [method, invoke(method as IpcMethod)])) as Omit<DesktopApi, 'onMenuCommand'>),
  // The main process cannot see user gestures; this isolated world can, and the page cannot fake one.
  openExternal: (request) =>
    navigator.userActivation.isActive
      ? ipcRenderer.invoke(IPC_CHANNELS.openExternal, request)
      : Promise.resolve({ ok: false, error: 'Links open in your browser only when you click them.' }),
  onMenuCommand: (listener) => {
    const wrapped = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, api);
