import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { Lazy } from './lazy.js';

/** One action in a "More actions" menu. */
export interface MenuAction {
  /** What the item says. */
  label: string;
  /** Its accessible name, when the label alone does not say what it acts on ("Remove Karen Jones"). */
  name?: string;
  /** Shown but not usable (focusable, as the menu pattern asks, so it can be read). */
  disabled?: boolean;
  /** A toggle (`menuitemcheckbox`): on or off. */
  checked?: boolean;
  /** A line before this item: the start of a new group. */
  startsGroup?: boolean;
  /** Marked for data the action would delete. */
  destructive?: boolean;
  run: () => void;
}

/** What the button that opens a menu says: its visible words and its accessible name. */
export interface MenuButton {
  label: string;
  name: string;
}

type Host = ReactiveElement & { renderRoot: HTMLElement | DocumentFragment };

/** The open menu (its items and keys), fetched the first time any menu opens. */
const panel = new Lazy(() => import('./action-menu-panel.js'));
const prefetch = () => void panel.ready();

/**
 * "More actions" menus for an element's items, after the WAI-ARIA menu
 * button pattern: one open at a time; arrow keys, Home, End and an item's
 * first letter move through it; Escape closes it and returns focus to its
 * button; Tab, a click elsewhere or focus leaving close it. Choosing an
 * action closes the menu and puts focus back on the button before the
 * action runs, so an action that moves focus itself (to a form, to Undo)
 * has the last word. This part draws the buttons; the open menu is a
 * module of its own (action-menu-panel.ts), fetched on first use.
 */
export class ActionMenus implements ReactiveController {
  /** The id of the open menu, or null. */
  openId: string | null = null;
  /** Which item takes focus once the menu just opened has rendered: the first or the last. */
  focusOnOpen: 'first' | 'last' | null = null;

  constructor(readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onPointerDownAnywhere, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointerDownAnywhere, true);
    this.openId = null;
  }

  hostUpdated(): void {
    if (this.openId) panel.value?.afterRender(this);
  }

  /** Closes the open menu; with `returnFocus`, focus goes back to its button. */
  close(returnFocus = false): void {
    if (!this.openId) return;
    const button = this.find('menu-button');
    this.openId = null;
    this.host.requestUpdate();
    if (returnFocus) button?.focus();
  }

  /** Whether menu `id` is open and drawn (for a host that renders its items only when something they show changed). */
  isOpen(id: string): boolean {
    return this.openId === id && !!panel.value;
  }

  /** The button and, when open, its menu. `id` must be unique in the element and usable in an id. */
  render(id: string, button: MenuButton, actions: readonly MenuAction[]): TemplateResult {
    const open = this.isOpen(id);
    // Fetched when someone comes near a menu, so it is usually here by the time they open one.
    return html`<div class="action-menu" data-menu=${id} @keydown=${(event: KeyboardEvent) => this.onKey(event, id)} @focusout=${this.onFocusOut} @focusin=${prefetch} @pointerover=${prefetch}>
      <button
        type="button"
        class="button small menu-button"
        id="menu-button-${id}"
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? `menu-${id}` : nothing}
        aria-label=${button.name}
        @click=${() => (open ? this.close(true) : this.show(id, 'first'))}
      >
        ${button.label}
      </button>
      ${open ? panel.value!.renderMenu(this, id, actions) : nothing}
    </div>`;
  }

  /** The open menu's element with this id prefix (`menu`, `menu-button`). */
  find(prefix: 'menu' | 'menu-button'): HTMLElement | null {
    return this.openId ? this.host.renderRoot.querySelector<HTMLElement>(`#${prefix}-${CSS.escape(this.openId)}`) : null;
  }

  private show(id: string, focus: 'first' | 'last'): void {
    this.openId = id;
    this.focusOnOpen = focus;
    // Offline without the menu's module, the button stays as it was.
    void (panel.ready() ?? Promise.resolve()).then(() => this.host.requestUpdate());
  }

  private onKey(event: KeyboardEvent, id: string): void {
    if (this.openId === id && panel.value) return panel.value.onMenuKey(this, event);
    if ((event.target as Element).matches('.menu-button') && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      this.show(id, event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  /** Focus leaving the button and its menu (Tab, a click elsewhere in the element) closes it. */
  private onFocusOut = (event: FocusEvent): void => {
    const container = event.currentTarget as HTMLElement;
    const to = event.relatedTarget as Node | null;
    if (this.openId === container.dataset.menu && to && !container.contains(to)) this.close();
  };

  private onPointerDownAnywhere = (event: PointerEvent): void => {
    const container = this.find('menu-button')?.parentElement;
    if (container && !event.composedPath().includes(container)) this.close();
  };
}
