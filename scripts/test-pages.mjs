// The test server's own pages, so page-level checks need no driver-specific
// API and run the same in every engine (test/reliability/pages.ts opens them
// in iframes):
//   /__kith/csp-page?module=/x.ts  a page served with STRICT_CSP as a real
//                                  header, whose only script is that module
//   any POST                       answered with what the browser sent, as
//                                  JSON {method, body}: what a no-JS form posts
//   `executeServerCommand('kith-unreachable', {paths})`: those paths answer
//                                  404 until the next call, as when a file
//                                  does not arrive (offline, left out of a build)

/** The policy a council page needs for Kith: nothing inline, nothing evaluated, Trusted Types on. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'; trusted-types lit-html kith";

const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const testPagesPlugin = {
  name: 'kith-test-pages',
  serve(context) {
    if (context.path !== '/__kith/csp-page') return undefined;
    const module = String(context.query.module ?? '');
    if (!module.startsWith('/')) return { body: 'module must be a path on this server', type: 'text', status: 400 };
    return {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kith under a strict CSP</title></head><body><script type="module" src="${attribute(module)}"></script></body></html>`,
      type: 'html',
      headers: { 'Content-Security-Policy': STRICT_CSP },
    };
  },
};

/** Koa middleware: a POST is answered with its own method and body. */
export async function echoPosts(context, next) {
  if (context.method !== 'POST') return next();
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  context.type = 'text/plain; charset=utf-8';
  context.body = JSON.stringify({ method: context.method, body: Buffer.concat(chunks).toString('utf8') });
}

/** Paths the server answers with 404 for now (`kith-unreachable`). */
const unreachable = new Set();

/**
 * Koa middleware: a path made unreachable is not found. (A browser that
 * kept the file from an earlier test page still has it: web-test-runner
 * lets browsers cache every file for a year; tests check for that.)
 */
export async function refuseUnreachable(context, next) {
  if (!unreachable.has(context.path)) return next();
  context.status = 404;
  context.body = 'Not found (made unreachable by the test)';
}

export const unreachablePlugin = {
  name: 'kith-unreachable',
  executeCommand({ command, payload }) {
    if (command !== 'kith-unreachable') return undefined;
    unreachable.clear();
    for (const path of payload?.paths ?? []) unreachable.add(path);
    return true;
  },
};
