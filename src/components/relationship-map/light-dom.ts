/**
 * Reads a map from the list a page shows without JavaScript:
 *
 *   <p data-focus data-id="sam">Sam</p>
 *   <ul data-ring="1">
 *     <li data-id="mum" data-kind="family" data-relationship="close" data-direction="both">Mum</li>
 *   </ul>
 *   <ul data-ring="4">
 *     <li data-id="gp" data-kind="professional" data-notes="Sees Sam monthly">Dr Rao</li>
 *   </ul>
 *
 * Each item is a person in that ring; `data-relationship` (with optional
 * `data-direction` and `data-label`) draws a relationship between them and
 * the focus person. Ids default to `person-<n>`, kinds to `person`. The
 * result goes through the same validation as any other input, so a typo in
 * a kind or ring shows the usual error.
 */
export function readList(host: Element): { focus: string; people: Record<string, unknown>[]; relationships: Record<string, unknown>[] } | null {
  const lists = [...host.querySelectorAll<HTMLElement>(':scope > ul[data-ring], :scope > ol[data-ring]')];
  if (lists.length === 0) return null;
  const focusElement = host.querySelector<HTMLElement>(':scope > [data-focus]');
  const focus = focusElement?.dataset['id'] ?? 'focus';
  const people: Record<string, unknown>[] = [{ id: focus, name: focusElement?.textContent?.trim() ?? '', kind: focusElement?.dataset['kind'] ?? 'person' }];
  const relationships: Record<string, unknown>[] = [];
  let n = 0;
  for (const list of lists) {
    for (const item of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
      n += 1;
      const data = item.dataset;
      const id = data['id'] ?? `person-${n}`;
      people.push({
        id,
        name: item.textContent?.trim() ?? '',
        kind: data['kind'] ?? 'person',
        ring: Number(list.dataset['ring']),
        ...(data['initials'] ? { initials: data['initials'] } : {}),
        ...(data['notes'] ? { notes: data['notes'] } : {}),
        ...(data['paid'] !== undefined ? { paid: data['paid'] !== 'false' } : {}),
      });
      if (data['relationship']) {
        relationships.push({
          id: `${focus}-${id}`,
          from: focus,
          to: id,
          type: data['relationship'],
          ...(data['direction'] ? { direction: data['direction'] } : {}),
          ...(data['label'] ? { label: data['label'] } : {}),
        });
      }
    }
  }
  return { focus, people, relationships };
}
