type KithConstructor = CustomElementConstructor & { kithVersion?: string };

/**
 * Whether this copy of Kith has already said it is not the first on the
 * page. One warning per copy, not per element: a second bundle clashes on
 * every element it holds, for one cause.
 */
let warned = false;

/**
 * Registers a custom element. Safe to call twice. When another class (say,
 * a second copy of Kith bundled by another part of the page) already holds
 * the name, ours is skipped — with one warning per copy, naming both
 * versions — instead of the DOMException `customElements.define` would throw.
 */
export function define(tag: string, constructor: KithConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering: nothing to register
  const existing = registry.get(tag) as KithConstructor | undefined;
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor || warned) return;
  warned = true;
  console.warn(
    `Kith: <${tag}> is already defined by kith-ui ${existing.kithVersion ?? '(another library)'}; this copy (kith-ui ${constructor.kithVersion}) was not registered (one warning per copy).`,
  );
}
