/**
 * The body of one of the pages in test/no-js/ (what a council page sends),
 * parsed and ready to insert here, without its module scripts (the caller
 * has already imported the elements). Shared by the no-js tests and the
 * stories that show the same markup with JavaScript on. The pages are our
 * own static files, never data.
 */
export function pageBody(pageSource: string): Node[] {
  const source = new DOMParser().parseFromString(pageSource, 'text/html');
  source.querySelectorAll('script[type="module"]').forEach((script) => script.remove());
  return [...source.body.childNodes].map((node) => document.importNode(node, true));
}
