// A tiny static server on 127.0.0.1 for the benchmarks: the page at `/`,
// and the built CDN bundle (with its lazy chunks) or given files by path.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';

/** Serves `page` at every path except `.js` files, which come from `files` or dist/cdn. */
export async function serve(page, files = {}) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.endsWith('.js')) {
      const local = join('dist/cdn', normalize(path).replace(/^(\.\.[/\\])+/, ''));
      const body = files[path] ?? (existsSync(local) ? readFileSync(local) : null);
      res.writeHead(body === null ? 404 : 200, { 'content-type': 'text/javascript' });
      res.end(body ?? '');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
