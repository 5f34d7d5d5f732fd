type Field = HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;

/**
 * Keeps what a person has typed in a form that a re-render may rebuild —
 * for example a row's editor in a list the host has just added someone to,
 * where the row's DOM is reused for another person and the form made anew.
 * Call it before an update; call what it returns after. When the form
 * matching `selector` is then a new one for the same thing (the same
 * accessible name, so the same fields in the same order), what the old
 * form's fields still hold is copied into it, and the focus if it went with
 * the old form.
 */
export function keepTyped(root: ShadowRoot, selector: string): () => void {
  const old = root.querySelector<HTMLFormElement>(selector);
  const before = [...(old?.elements ?? [])] as Field[];
  const focused = before.indexOf(root.activeElement as Field);
  return () => {
    const form = root.querySelector<HTMLFormElement>(selector);
    if (!form || !old || form === old || form.ariaLabel !== old.ariaLabel) return;
    ([...form.elements] as Field[]).forEach((field, i) => {
      field.value = before[i]!.value;
      field.checked = before[i]!.checked;
      if (i === focused && !root.activeElement) field.focus();
    });
  };
}
