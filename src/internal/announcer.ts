import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long a line stays in the live region: long enough to be read out, gone before someone reading on meets it. */
export const ANNOUNCEMENT_CLEAR_MS = 5000;

/**
 * A widget's one polite voice. Its live region is rendered, empty, from the first render (screen readers miss a
 * region that appears together with its text). `say()` puts a short line in it; the same line again is cleared
 * first and set a moment later, so a repeated action is heard again; every line is removed a few seconds later, so
 * a person reading the page straight through doesn't hear a stale message after the buttons.
 */
export class Announcer implements ReactiveController {
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(text: string): void {
    clearTimeout(this.timer);
    const repeat = text === this.text;
    this.text = repeat ? '' : text;
    this.host.requestUpdate();
    if (text)
      this.timer = setTimeout(() => (repeat ? this.say(text) : this.say('')), repeat ? 100 : ANNOUNCEMENT_CLEAR_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.text = '';
  }

  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.text}</p>`;
  }
}
