/**
 * Tracks `lang` and `dir` for connected Kith elements. One shared
 * MutationObserver watches the whole document (attributes only), created on
 * first connect, so nothing touches the DOM at module scope (SSR-safe).
 */
export interface LanguageAware {
  syncLanguage(): void;
}

const watched = new Set<LanguageAware>();
let observer: MutationObserver | undefined;

export function watchLanguage(element: LanguageAware): void {
  watched.add(element);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => watched.forEach((each) => each.syncLanguage()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
}

export function unwatchLanguage(element: LanguageAware): void {
  watched.delete(element);
  if (watched.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** The nearest `attribute` on the element or an ancestor, crossing shadow roots. */
export function closestAttribute(element: Element, attribute: string): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute(attribute)) return node.getAttribute(attribute);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export function resolveDirection(element: Element): 'ltr' | 'rtl' {
  try {
    // :dir() also honours dir="auto" and direction inherited into shadow trees.
    return element.matches(':dir(rtl)') ? 'rtl' : 'ltr';
  } catch {
    return closestAttribute(element, 'dir') === 'rtl' ? 'rtl' : 'ltr';
  }
}
