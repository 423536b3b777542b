import type { Platform } from './platform';

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    async appInfo() {
      return {
        name: 'CoderPath',
        version: import.meta.env.VITE_APP_VERSION ?? 'dev',
        platform: 'browser',
        dataPath: `This browser's storage for ${location.origin}`,
        backupsPath: 'Automatic backups are made by the desktop app only',
      };
    },
    async saveFile({ suggestedName, mimeType, contents }) {
      const part: BlobPart = typeof contents === 'string' ? contents : new Uint8Array(contents);
      download(suggestedName, new Blob([part], { type: mimeType }));
      return { saved: true, where: `Downloads (${suggestedName})` };
    },
    async openFile(filters) {
      const accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
      const file = await pickFile(accept);
      return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    },
    async notify(title, body) {
      if (typeof Notification === 'undefined') return false;
      const permission =
        Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
      if (permission !== 'granted') return false;
      new Notification(title, { body });
      return true;
    },
    async savePageAsPdf() {
      window.print();
      return { saved: false };
    },
    async pagePdf() {
      return null;
    },
    async openExternal(url) {
      if (!url.startsWith('https://')) return false;
      // With noopener, window.open returns null even when the tab opened.
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    autoBackups: null,
    onMenuCommand: () => () => {},
  };
}
