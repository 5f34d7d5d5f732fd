// Pages opened the way a reader's browser opens them, in every engine: in an
// iframe of the test page, from this test server. No driver-specific API
// (Playwright's routes and contexts), so Chromium, Firefox and WebKit run the
// same checks.

import { until } from '../helpers.js';

const squash = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** Adds an iframe at `src` (optionally sandboxed) and waits for its document. */
async function openFrame(src: string, sandbox?: string[]): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox) frame.setAttribute('sandbox', sandbox.join(' '));
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px; border: 0';
  frame.title = 'Page under test';
  const loaded = nextLoad(frame);
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

function nextLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

export type NoJsResult = { posted: { method: string; body: string } | null; visibleText: string; headings: string[]; upgraded: number };
/** `check`: CSS selectors of boxes to tick; `fill`: {label: text}; `click`: a button's name; `route`: where that must post. */
export type NoJsVisit = { page: string; element: string; check?: string[]; fill?: Record<string, string>; click?: string; route?: string };

/**
 * Opens `page` with JavaScript off — an iframe sandboxed without
 * `allow-scripts`, so the browser itself runs none of the page's scripts and
 * shows its `<noscript>` — reads what a reader sees, then ticks, fills and
 * clicks as they would. The test server answers any POST with what it
 * received (scripts/test-pages.mjs), so `posted` is what the browser sent.
 */
export async function visitWithoutJavaScript(visit: NoJsVisit): Promise<NoJsResult> {
  const frame = await openFrame(visit.page, ['allow-same-origin', 'allow-forms']);
  try {
    const doc = frame.contentDocument!;
    const upgraded = doc.querySelectorAll(`${visit.element}:defined`).length;
    const visibleText = doc.body.innerText;
    const headings = [...doc.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((heading) => heading.innerText);
    for (const selector of visit.check ?? []) {
      const box = doc.querySelector<HTMLInputElement>(selector);
      if (!box) throw new Error(`no box to tick at ${selector}`);
      if (!box.checked) box.click();
    }
    for (const [label, value] of Object.entries(visit.fill ?? {})) {
      const field = [...doc.querySelectorAll('label')].find((each) => squash(each.textContent) === label)?.control as HTMLInputElement | HTMLTextAreaElement | null | undefined;
      if (!field) throw new Error(`no field labelled “${label}”`);
      field.value = value;
    }
    let posted: NoJsResult['posted'] = null;
    if (visit.click) {
      const button = [...doc.querySelectorAll<HTMLButtonElement>('button, input[type="submit"]')].find((each) => squash(each.textContent || each.value) === visit.click);
      if (!button) throw new Error(`no button named “${visit.click}”`);
      const answered = nextLoad(frame);
      button.click();
      await answered;
      const postedTo = new URL(frame.contentWindow!.location.href).pathname;
      if (visit.route && postedTo !== visit.route) throw new Error(`the form posted to ${postedTo}, not ${visit.route}`);
      posted = JSON.parse(frame.contentDocument!.body.textContent ?? 'null') as NoJsResult['posted'];
    }
    return { posted, visibleText, headings, upgraded };
  } finally {
    frame.remove();
  }
}

/**
 * Opens the strict-CSP page (served with the policy as a real header by the
 * test server) with `module` as its only script, and waits for the report
 * the module builds as `window.cspReport`.
 */
export async function visitUnderStrictCsp<T>(module: string, timeoutMs = 30000): Promise<T & { policy: string }> {
  const frame = await openFrame(`/__kith/csp-page?module=${encodeURIComponent(module)}`);
  try {
    const view = frame.contentWindow as Window & { cspReport?: Promise<T> };
    await until(() => view.cspReport !== undefined, 'the strict-CSP page builds its report', timeoutMs);
    const policy = (await fetch(frame.src)).headers.get('content-security-policy') ?? '';
    return { policy, ...(await view.cspReport!) };
  } finally {
    frame.remove();
  }
}
