import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Where every served site also has axe-core's browser build, for the accessibility checks to load as a script of
 * the page's own origin (which the pages' Content-Security-Policy allows). As a file the browser caches and keeps
 * compiled, it loads in about a fifth of the time it takes to evaluate its source into each page.
 */
export const axeScriptPath = '/__tests__/axe.min.js';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

/** Serves a built site on a free loopback port, the way a static host would (404.html for misses). */
export async function serveSite(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const assets = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((req, res) => {
    if (req.url === axeScriptPath) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' }).end(axeSource);
      return;
    }
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
