import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Announcer } from '../internal/announcer.js';
import { warnOnce } from '../lib/warn.js';
import type { LogPart } from './log-part.js';
import type { ImageryTimerStrings } from './strings.js';

/**
 * The practice log's place in `<imagery-timer>`. Its code (storage included, `log-part.ts`) is a file of its own on
 * the CDN, loaded only by a timer with `remember`: a timer without it never carries or runs it. When the file cannot
 * be fetched (offline, blocked), no count is offered, with one warning; the practice itself is unaffected.
 */
export class LogSlot {
  private log?: LogPart;
  /** The code on its way (the element's `updateComplete` waits for it). */
  loading?: Promise<LogPart | null>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly announcer: Announcer,
    private readonly focusAfter: (selector: string) => unknown
  ) {}

  load(): Promise<LogPart | null> {
    return (this.loading ??= import('./log-part.js').then(
      (module) => {
        this.host.requestUpdate();
        return (this.log = new module.LogPart(this.host, this.announcer, this.focusAfter));
      },
      () => (warnOnce('<imagery-timer>: the practice log could not be loaded; no count is offered.'), null)
    ));
  }

  /** A new practice started: the last one's offer or note goes. */
  clear(): void {
    this.log?.clear();
  }

  /** A practice ended; `counts` says whether it goes in the count. */
  ended(counts: boolean): void {
    void this.load().then((log) => {
      log?.ended(counts);
      this.host.requestUpdate();
    });
  }

  render(t: ImageryTimerStrings): TemplateResult | typeof nothing {
    return this.log ? this.log.render(t) : nothing;
  }
}
