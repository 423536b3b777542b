/**
 * A static server on 127.0.0.1 for the built renderer and the bench pages, at one origin so the bench pages and
 * the app share one IndexedDB. Files are sent uncompressed; gzip sizes are computed from the files themselves.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.zip': 'application/zip',
};

export interface StaticServer {
  origin: string;
  /** The file a URL path of this server is served from. */
  fileFor(pathname: string): string | undefined;
  close(): Promise<void>;
}

export async function serveStatic(appDir: string, benchDir: string): Promise<StaticServer> {
  const fileFor = (pathname: string): string | undefined => {
    const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    const [root, rest] = clean.startsWith('/bench/') ? [benchDir, clean.slice('/bench/'.length)] : [appDir, clean.slice(1)];
    const file = join(root, rest || 'index.html');
    return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  const server: Server = createServer((req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    // no-store: every run loads the renderer from the server, as a first visit would.
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    fileFor,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
