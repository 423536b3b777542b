import type { DesktopApi, IpcResult } from '../../../shared/ipc/contract';
import type { Platform } from './platform';

/** Unwraps the IPC envelope: a refusal by the main process becomes an Error with its message. */
async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error);
  return settled.value;
}

export function desktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => unwrap(api.appInfo()),
    async saveFile({ suggestedName, filters, contents }) {
      const payload = typeof contents === 'string' ? contents : new Uint8Array(contents);
      const result = await unwrap(api.saveFile({ suggestedName, filters, contents: payload }));
      return result.saved ? { saved: true, where: result.path } : { saved: false };
    },
    openFile: (filters) => unwrap(api.openFile({ filters })),
    notify: (title, body) => unwrap(api.notify({ title, body })),
    async savePageAsPdf(suggestedName) {
      const result = await unwrap(api.savePageAsPdf({ suggestedName }));
      return result.saved ? { saved: true, where: result.path } : { saved: false };
    },
    pagePdf: () => unwrap(api.pagePdf()),
    openExternal: (url) => unwrap(api.openExternal({ url })),
    autoBackups: {
      list: () => unwrap(api.backupsList()),
      create: (contents, reason, keep) => unwrap(api.backupsCreate({ contents, reason, keep })),
      read: (fileName) => unwrap(api.backupsRead({ fileName })),
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
