import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Announcer } from '../internal/announcer.js';
import { createStorage } from '../lib/storage.js';
import { PracticeLog } from './log.js';
import type { ImageryTimerStrings } from './strings.js';

/**
 * The practice log's part of `<imagery-timer>` (only with `remember`): after a practice, the offer to keep a private
 * count; once kept, the count and "Forget my practice history"; a quiet note when storage is not there. Nothing is
 * stored until the person chooses it. The element renders it inside its private block for session-replay tools
 * (each one's own marker, as the checklist's answers are): the count is the person's alone.
 */
export class LogPart {
  private readonly log = new PracticeLog(createStorage());
  /** The line shown: an offer, a quiet note, or '' (the count when kept, else nothing). */
  private note: 'offer' | 'off' | 'forgotten' | '' = '';
  /** Whether the practice that just finished counts (a finish, or an End after a minute). */
  private counts = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly announcer: Announcer,
    private readonly focusAfter: (selector: string) => unknown
  ) {}

  /** A new practice started: the last one's offer or note goes. */
  clear(): void {
    this.note = '';
  }

  /** A practice ended; `counts` says whether it goes in the count. */
  ended(counts: boolean): void {
    this.counts = counts;
    if (!this.log.kept) this.note = 'offer';
    else if (counts && !this.log.add()) this.note = 'off';
  }

  private set(note: LogPart['note'], said: string, focus: string): void {
    this.note = note;
    this.host.requestUpdate();
    this.announcer.say(said);
    this.focusAfter(focus); // the button pressed just went away
  }

  private readonly keep = (t: ImageryTimerStrings) => () => {
    const kept = this.log.add(Date.now(), this.counts);
    this.set(kept ? '' : 'off', kept ? t.count(this.log.countWeek()) : t.storageOff, kept ? '.log button' : '.primary');
  };

  private readonly forget = (t: ImageryTimerStrings) => () => {
    const gone = this.log.forget();
    this.set(gone ? 'forgotten' : 'off', gone ? t.forgotten : t.storageOff, '.primary');
  };

  render(t: ImageryTimerStrings): TemplateResult | typeof nothing {
    const note = this.note;
    const log = (content: TemplateResult, muted = false) =>
      html`<div part="log" class="log${muted ? ' muted' : ''}">${content}</div>`;
    // An outlined button, as the element's own (views.ts): written out here so this file imports nothing of the
    // element's and loads on its own.
    const button = (label: string, action: () => void) =>
      html`<button part="button" type="button" class="ghost" @click=${action}>${label}</button>`;
    if (note === 'off' || note === 'forgotten')
      return log(html`<p>${note === 'off' ? t.storageOff : t.forgotten}</p>`, true);
    if (this.log.kept)
      return log(
        html`<p>${t.count(this.log.countWeek())}</p>
          ${button(t.forget, this.forget(t))}`
      );
    return note === 'offer'
      ? log(
          html`<p>${t.rememberOffer}</p>
            ${button(t.remember, this.keep(t))}`
        )
      : nothing;
  }
}
