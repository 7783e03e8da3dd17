import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onChange` when the element is connected and whenever the content written inside it (its light DOM: the
 * no-JavaScript fallback that also configures the widget) changes, so a CMS that edits or streams it in is followed.
 */
export class LightDomController implements ReactiveController {
  private readonly observer: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void
  ) {
    this.observer = new MutationObserver(() => onChange());
    host.addController(this);
  }

  hostConnected(): void {
    this.onChange();
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
