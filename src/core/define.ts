type KithConstructor = CustomElementConstructor & { kithVersion?: string };

const warned = new Set<string>();

/**
 * Registers a custom element. Safe to call twice. When another class (say,
 * a second copy of Kith bundled by another part of the page) already holds
 * the name, ours is skipped with one warning naming both versions, instead
 * of the DOMException `customElements.define` would throw.
 */
export function define(tag: string, constructor: KithConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering: nothing to register
  const existing = registry.get(tag) as KithConstructor | undefined;
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `Kith: <${tag}> is already defined by kith-ui ${existing.kithVersion ?? '(unknown version)'}; ` +
      `this copy (kith-ui ${constructor.kithVersion ?? '(unknown version)'}) was not registered.`,
  );
}
