import { html, nothing, type TemplateResult } from 'lit';
import type { ActionMenus, MenuAction } from './action-menu.js';

/** The open "More actions" menu: its items, and the keys that move through it (see action-menu.ts). */

export function renderMenu(menus: ActionMenus, id: string, actions: readonly MenuAction[]): TemplateResult {
  return html`<div class="menu" role="menu" id="menu-${id}" aria-labelledby="menu-button-${id}">
    ${actions.map(
      (action) => html`${action.startsGroup ? html`<div role="separator" class="menu-separator"></div>` : nothing}
        <button
          type="button"
          class="menu-item${action.destructive ? ' destructive' : ''}"
          role=${action.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked=${action.checked === undefined ? nothing : String(action.checked)}
          aria-disabled=${action.disabled ? 'true' : nothing}
          aria-label=${action.name ?? nothing}
          tabindex="-1"
          @click=${() => choose(menus, action)}
        >
          ${action.label}
        </button>`,
    )}
  </div>`;
}

/** After a render: a menu that just opened takes focus; one whose row went is forgotten. */
export function afterRender(menus: ActionMenus): void {
  const items = itemsOf(menus);
  if (items.length === 0) return void (menus.openId = null);
  if (menus.focusOnOpen) (menus.focusOnOpen === 'first' ? items[0] : items.at(-1))?.focus();
  menus.focusOnOpen = null;
}

export function onMenuKey(menus: ActionMenus, event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    return menus.close(true);
  }
  if (event.key === 'Tab') return menus.close();
  const items = itemsOf(menus);
  const next = nextItem(items, items.indexOf(event.target as HTMLElement), event.key);
  if (next === undefined) return;
  event.preventDefault();
  items[next]?.focus();
}

function choose(menus: ActionMenus, action: MenuAction): void {
  if (action.disabled) return;
  menus.close(true);
  action.run();
}

function itemsOf(menus: ActionMenus): HTMLElement[] {
  return [...(menus.find('menu')?.querySelectorAll<HTMLElement>('.menu-item') ?? [])];
}

/** Where a key moves focus in the open menu, or undefined for keys the menu leaves alone. */
function nextItem(items: HTMLElement[], at: number, key: string): number | undefined {
  const count = items.length;
  if (key === 'ArrowDown') return (at + 1) % count;
  if (key === 'ArrowUp') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key.length !== 1 || key === ' ') return undefined;
  // Type-ahead: the next item after this one whose words start with the letter.
  const letter = key.toLocaleLowerCase();
  for (let step = 1; step <= count; step++) {
    const index = (at + step) % count;
    if (items[index]!.textContent!.trim().toLocaleLowerCase().startsWith(letter)) return index;
  }
  return undefined;
}
