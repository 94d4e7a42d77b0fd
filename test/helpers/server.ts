import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves a built site on a free loopback port, the way a static host would (404.html for misses). */
export async function serveSite(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const assets = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => {
    if (base !== '/' && req.url?.startsWith(base)) req.url = req.url.slice(base.length - 1);
    assets(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      assets(req, res, () => void res.end('Not found'));
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
