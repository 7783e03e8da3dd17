import {
  adoptStyles,
  css,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult
} from 'lit';
import type { ConsultCtaStrings } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The dialog's own styles, in this file (loaded only by a call to action with `open="dialog"`), not in the
 * element's: a page whose button opens the booking page in the tab never fetches them (issue 29). Added to the
 * element's shadow root beside its own sheets when the dialog's code arrives, before any click.
 */
const styles = css`
  dialog {
    width: min(100vw - 2rem, 56rem);
    height: min(100dvh - 2rem, 48rem);
    max-width: none;
    max-height: none;
    margin: auto;
    padding: 0;
    border: 0;
    border-radius: var(--_cta-radius);
    background: Canvas;
    color: CanvasText;
    overscroll-behavior: contain;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .dialog-bar {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em 0.5em 0.5em 1em;
    border-bottom: 1px solid color-mix(in srgb, CanvasText 20%, transparent);
  }
  .dialog-bar .heading {
    flex: 1;
    min-width: 0;
    font-size: 1.05em; /* wraps rather than cut "Book your free consulta…" at 320 px or 200 % text */
    overflow-wrap: break-word; /* a word wider than the bar ("consultation" at 200 %) breaks, never overflows */
  }
  .close {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .close:focus-visible {
    outline-offset: -4px; /* inside the bar: the dialog's edge would clip it */
  }
  .close:hover {
    background: color-mix(in srgb, CanvasText 8%, transparent);
  }
  .close svg {
    width: 22px;
    height: 22px;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .frame {
    position: relative;
    display: grid;
    flex: 1 1 auto;
    min-height: 0;
  }
  .frame > * {
    grid-area: 1 / 1;
  }
  /* Under the booking page until it has loaded (the frame is transparent until then): a slow page leaves these words
     in view. A site that refuses to be framed shows the browser's own message instead (its load event fires all
     the same, and a cross-origin frame cannot be read), so the new-tab link stays in the footer in every case. */
  .loading {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 1em;
    padding: 2em 1em;
    text-align: center;
  }
  .spinner {
    width: 2em;
    height: 2em;
    border: 3px solid color-mix(in srgb, CanvasText 20%, transparent);
    border-top-color: CanvasText;
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .loaded .loading {
    visibility: hidden;
  }
  .slow-only {
    display: none;
  }
  .slow .slow-only {
    display: block;
  }
  iframe {
    width: 100%;
    height: 100%;
    min-height: 0;
    border: 0;
    background: transparent;
  }
  .dialog-foot {
    display: flex;
    flex-flow: row wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0.5em 1em;
    border-top: 1px solid color-mix(in srgb, CanvasText 20%, transparent);
    font-size: 0.9em;
    line-height: 1.3;
  }
  .dialog-foot a,
  .loading a {
    font-weight: 600;
  }
  .back {
    min-height: 44px; /* a 44 px target in the footer's smaller text */
    padding: 0.25em 0.9em;
    border: 1px solid color-mix(in srgb, CanvasText 70%, transparent);
    border-radius: calc(var(--_cta-radius) * 0.75);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  @media (max-width: 40em) {
    dialog {
      width: 100%;
      height: 100%;
      max-height: none;
      margin: 0;
      border-radius: 0;
    }
    /* A full-screen dialog on a phone: the ✕ is right there, and Tab from the booking page comes round to it
       after the new-tab link. The booking page keeps the height, also at 200 % text. */
    .back {
      display: none;
    }
  }
`;

/** After this long without the booking page, the dialog says it may open more easily in its own tab. */
const SLOW_MS = 6000;

/**
 * One scroll lock per page, counted: the page's own `overflow` is saved by the first dialog that opens and put back
 * when the last one closes, whatever the order. It lives on the document under a global symbol, so two copies (or
 * versions) of the library on one page share it too.
 */
const LOCK = Symbol.for('embrace-widgets.scroll-lock');
function scrollLock(doc: Document, on: boolean): void {
  const lock: { n: number; overflow: string } = ((doc as unknown as Record<symbol, typeof lock>)[LOCK] ??= {
    n: 0,
    overflow: ''
  });
  const { style } = doc.documentElement;
  if (on && !lock.n++) {
    lock.overflow = style.overflow; // CSSOM, not a style attribute: allowed under a strict style-src
    style.overflow = 'hidden';
  } else if (!on && lock.n && !--lock.n) style.overflow = lock.overflow;
}

/**
 * The booking page in a native modal `<dialog>`, done the way the popular booking embeds don't: labeled by its
 * heading, focus moved in and kept inside (focus guards, because a cross-origin iframe swallows key events), Escape
 * and a real close button, focus back on the trigger, the page's scroll locked while open and restored after. The
 * iframe exists only while the dialog is open, so nothing is requested before the person asks. It has no `sandbox`:
 * booking pages need their own scripts, storage and forms (`allow-scripts allow-same-origin`), and a sandbox with
 * those two keeps only a few limits (no alerts, no navigating this page without a click) while Chromium logs a
 * warning at every opening, which teaches people to ignore the widget's real warnings. The booking page is the
 * practice's own choice, and another origin: the browser keeps it apart from the host page. A link to open the page
 * in a new tab is always there, for booking sites that refuse to be framed.
 */
export class BookingDialog implements ReactiveController {
  /** Whether the dialog is open (and its iframe exists). */
  isOpen = false;
  private trigger: HTMLElement | null = null;
  private scroll: [number, number] = [0, 0];
  /** Whether this dialog is shown and holds one count of the page's scroll lock. */
  private locked = false;
  /** Which call to open() is the latest. */
  private ticket = 0;
  /** The booking page has loaded (its frame covers the loading words), or is slow to. */
  private loaded = false;
  private slow = false;
  private slowTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: Host) {
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    try {
      // Beside the element's own sheets; where sheets cannot be adopted, as a <style> with Lit's nonce (as Lit does).
      if (!supportsAdoptingStyleSheets) adoptStyles(root, [styles]);
      else if (!root.adoptedStyleSheets.includes(styles.styleSheet!))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
    } catch {
      // A root that refuses the sheet (moved to another document): the native dialog still opens, unstyled.
    }
  }

  hostDisconnected(): void {
    // A shown dialog closes with its element. One still opening (a click listener that moved the widget) carries on
    // where the element is now, or gives up if it is gone: open() checks after rendering.
    if (this.locked) this.close();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector('dialog') ?? null;
  }

  private focusables(): HTMLElement[] {
    const dialog = this.dialog;
    if (!dialog) return [];
    return [...dialog.querySelectorAll<HTMLElement>('button, a[href], iframe')];
  }

  /** Opens the dialog; `trigger` gets focus back when it closes. */
  async open(trigger: HTMLElement): Promise<void> {
    if (this.isOpen) return;
    this.trigger = trigger;
    this.isOpen = true;
    this.loaded = this.slow = false;
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      this.slow = true;
      this.host.requestUpdate();
    }, SLOW_MS);
    const ticket = ++this.ticket;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (ticket !== this.ticket) return; // closed, and opened again, meanwhile: that later call carries on
    const dialog = this.dialog;
    // The host may have been removed while rendering (a click listener that takes the widget away).
    if (!dialog || !this.isOpen || !this.host.isConnected) return this.close();
    const doc = this.host.ownerDocument;
    const view = doc.defaultView;
    this.scroll = [view?.scrollX ?? 0, view?.scrollY ?? 0];
    try {
      dialog.showModal(); // focus lands once, on Close (autofocus), not on a focus guard first
    } catch {
      return this.close(); // not openable after all (disconnected in between, say): nothing is left locked
    }
    scrollLock(doc, true); // never twice: a second open() returns early while this one is open
    this.locked = true;
    view?.addEventListener('message', this.onMessage);
  }

  /** Closes the dialog, removes the iframe, restores scroll and focus. */
  close(): void {
    const dialog = this.dialog;
    if (dialog?.open) dialog.close(); // fires `close`, which comes back here with the dialog shut
    if (!this.isOpen) return;
    this.isOpen = false;
    clearTimeout(this.slowTimer);
    this.host.ownerDocument.defaultView?.removeEventListener('message', this.onMessage);
    if (this.locked) scrollLock(this.host.ownerDocument, false);
    this.locked = false;
    this.host.requestUpdate();
    if (this.host.isConnected) {
      this.trigger?.focus({ preventScroll: true });
      this.host.ownerDocument.defaultView?.scrollTo(...this.scroll);
    }
    this.trigger = null;
  }

  private readonly onClose = () => this.close();
  private readonly onLoad = () => {
    this.loaded = true;
    this.host.requestUpdate();
  };
  /**
   * A cooperating booking page may ask to close the dialog (after booking, say) with
   * `parent.postMessage({ type: 'consult-cta:close' }, '*')`. Only that message, only from the dialog's own frame,
   * only from the booking URL's origin, is accepted; anything else is ignored.
   */
  private readonly onMessage = (event: MessageEvent) => {
    const frame = this.dialog?.querySelector('iframe');
    if (
      frame &&
      event.source === frame.contentWindow &&
      event.origin === new URL(frame.src).origin &&
      event.data?.type === 'consult-cta:close'
    )
      this.close();
  };
  private readonly onFirstGuard = () => this.focusables().at(-1)?.focus();
  private readonly onLastGuard = () => this.focusables()[0]?.focus();

  render(heading: string, href: string, text: ConsultCtaStrings, practiceName: string): TemplateResult {
    // Its words say it opens a new tab already: no second, hidden "(opens in a new tab)".
    const newTab = html`<a href=${href} target="_blank" rel="noopener noreferrer" @click=${this.onClose}
      >${text.dialogNewTab}</a
    >`;
    return html`<dialog part="dialog" aria-labelledby="dialog-heading" @close=${this.onClose}>
      <span class="guard" tabindex="0" @focus=${this.onFirstGuard}></span>
      <div class="dialog-bar">
        <h2 id="dialog-heading" class="heading">${heading}</h2>
        <button
          type="button"
          part="dialog-close"
          class="close"
          aria-label=${text.dialogClose}
          ?autofocus=${this.isOpen}
          @click=${this.onClose}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
        </button>
      </div>
      ${
        this.isOpen
          ? html`<div class="frame ${this.loaded ? 'loaded' : ''} ${this.slow ? 'slow' : ''}">
              <div class="loading">
                <span class="spinner" aria-hidden="true"></span>
                <p>${text.dialogLoading}</p>
                <p class="slow-only">${text.dialogSlow}</p>
              </div>
              <iframe
                part="dialog-frame"
                title=${text.dialogFrameTitle(practiceName)}
                src=${href}
                referrerpolicy="no-referrer"
                @load=${this.onLoad}
              ></iframe>
            </div>`
          : nothing
      }
      <p class="dialog-foot">
        <button type="button" class="back" @click=${this.onClose}>${text.dialogBack}</button> ${newTab}
      </p>
      <span class="guard" tabindex="0" @focus=${this.onLastGuard}></span>
    </dialog>`;
  }
}
