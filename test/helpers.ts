import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
/** Raw text of every file under src (served by the wtr config). */
export async function sourceFiles(): Promise<{ path: string; text: string }[]> {
  return (await (await fetch('/__kith/sources.json')).json()) as { path: string; text: string }[];
}

/** Any CSS colour (rgb, hex, oklab, color-mix results…) as 0–255 RGB, via a canvas. */
export function toRgb(colour: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour.trim();
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** Adopts a theme file on the test page, above the default theme; returns a function that removes it. */
export function useTheme(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
  };
}

/** Sets a field's value as typing does, with the input event a person's typing fires. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Picks a value in a select (or date/number field), with the change event a person's choice fires. */
export function choose(field: HTMLSelectElement | HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Polls until `check` gives something truthy, and returns it; fails after `ms`, naming what it waited for. */
export async function until<T>(check: () => T, what = 'the condition', ms = 5000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let value: T;
  while (!(value = check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return value as NonNullable<T>;
}

/**
 * Presses a key or chord (`Enter`, `Space`, `Control+Shift+z`) or types text
 * as a person would, in every engine: the project's `kith-keys` command
 * (scripts/keyboard.mjs) gives Chromium, Firefox and WebKit the same names.
 */
export async function sendKeys(keys: { press: string } | { type: string }): Promise<void> {
  await executeServerCommand('kith-keys', keys);
}

/**
 * Emulates a media feature (forced colours, reduced motion) where the
 * engine's driver can; where it cannot (only Chromium's DevTools protocol
 * can today: the README lists these tests), the test is skipped and counted
 * as skipped, never passed.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Parameters<typeof emulateMedia>[0]): Promise<void> {
  try {
    await emulateMedia(media);
  } catch {
    test.skip();
  }
}

/** A PNG (or any image Blob) as RGBA pixels, decoded by the browser. */
export async function pixelsOf(image: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** How many pixels are opaque and within `tolerance` (per channel) of `rgb`; without `rgb`, how many are opaque at all. */
export function countPixels(pixels: ImageData, rgb?: number[], tolerance = 24): number {
  let count = 0;
  const { data } = pixels;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! < 200) continue;
    if (!rgb || (Math.abs(data[i]! - rgb[0]!) <= tolerance && Math.abs(data[i + 1]! - rgb[1]!) <= tolerance && Math.abs(data[i + 2]! - rgb[2]!) <= tolerance)) count += 1;
  }
  return count;
}

/** The element, its light DOM and every shadow root inside, as one list. */
export function everyElement(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const child of node.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  found.push(root);
  visit(root);
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** An SVG document drawn by the browser at its own size (1000 × 1000 unless it says), as pixels. */
export async function rasterise(svgText: string, size = 1000): Promise<ImageData> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image(size, size);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0, size, size);
    return context.getImageData(0, 0, size, size);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The element in `root` whose accessible name (aria-label, else its words) is `name` (with `prefix`, starts with it). */
export function named<T extends HTMLElement = HTMLButtonElement>(root: ParentNode, name: string, selector = 'button', prefix = false): T | undefined {
  return [...root.querySelectorAll<T>(selector)].find((each) => {
    const accessible = each.getAttribute('aria-label') ?? each.textContent!.replace(/\s+/g, ' ').trim();
    return prefix ? accessible.startsWith(name) : accessible === name;
  });
}

/**
 * Chooses an action from a "More actions" menu as a pointer user does:
 * clicks the menu's button (named `menu`), then the item named `action`
 * (with `prefix`, names that start so). Fails, naming what is there, when
 * either is missing.
 */
export async function chooseAction(host: HTMLElement & { updateComplete: Promise<unknown> }, menu: string, action: string, { prefix = false } = {}): Promise<void> {
  const root = host.shadowRoot!;
  const opener = named(root, menu, '.menu-button', prefix);
  if (!opener) throw new Error(`no menu named “${menu}”`);
  opener.click();
  await until(() => root.querySelector('[role="menu"]') !== null, `menu “${menu}” opens`);
  await host.updateComplete;
  const items = [...root.querySelectorAll<HTMLElement>('[role="menu"] [role^="menuitem"]')];
  const item = named(root, action, '[role="menu"] [role^="menuitem"]', prefix);
  if (!item) throw new Error(`menu “${menu}” has no “${action}” (it has: ${items.map((i) => i.getAttribute('aria-label') ?? i.textContent!.trim()).join('; ')})`);
  item.click();
  await host.updateComplete;
}
