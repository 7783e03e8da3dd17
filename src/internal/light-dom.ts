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
    // Changes to the host's own attributes are the element's business (and some, like a CSSOM style write, come
    // from the element itself); only what is written inside it counts here.
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => record.target !== host)) onChange();
    });
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
