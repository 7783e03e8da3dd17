import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading, type HeadingLevel } from '../internal/heading.js';
import { tick } from '../internal/tick.js';
import type { PlannedStep } from './planner.js';
import type { Session } from './session.js';
import type { ImageryTimerStrings } from './strings.js';

/**
 * What `<imagery-timer>` draws in each of its views, as plain functions of what it knows: the element decides, these
 * only draw. Three kinds of button, from most to least prominent: `primary` (filled; its words in a span of their own
 * color, see `.solid`), `ghost` (outlined) and `quiet` (words only, for End).
 */
export function button(label: string, action: () => void, kind: 'primary' | 'ghost' | 'quiet' = 'ghost') {
  return kind === 'primary'
    ? html`<button part="button" type="button" class="primary solid" @click=${action}><span>${label}</span></button>`
    : html`<button part="button" type="button" class=${kind} @click=${action}>${label}</button>`;
}

/** A choice before starting: a native checkbox in the drawn box. */
export interface Toggle {
  label: string;
  on: boolean;
  set(on: boolean): void;
}

const toggle = ({ label, on, set }: Toggle) =>
  html`<label
    ><span class="check"
      ><input
        type="checkbox"
        .checked=${on}
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
      />${tick}</span
    >
    <span>${label}</span></label
  >`;

/** The start screen: what the practice is, that the person is in charge, its steps and length, the choices. */
export function idleView(
  t: ImageryTimerStrings,
  steps: readonly PlannedStep[],
  total: number,
  toggles: Toggle[],
  voiceNote: boolean,
  start: () => void
): TemplateResult {
  return html`<p>${t.intro} ${t.total(total)} ${t.schedule}</p>
    <p>${t.inCharge}</p>
    <p class="label" id="steps-label">${t.stepsLabel}</p>
    <ol part="steps" class="steps" aria-labelledby="steps-label">
      ${steps.map((step) => {
        const sec = Math.round(step.length / 1000);
        return html`<li>
          <span>${step.title}${step.optional ? html` <span class="muted">${t.optionalTag}</span>` : nothing}</span>
          <span class="muted">${t.length(Math.floor(sec / 60), sec % 60)}</span>
        </li>`;
      })}
    </ol>
    <div part="options" class="options">
      ${toggles.map(toggle)} ${voiceNote ? html`<p class="muted">${t.voiceOnline}</p>` : nothing}
    </div>
    ${button(t.start, start, 'primary')}`;
}

/** The element's public controls, which the running view's buttons call. */
interface Controls {
  pause(): void;
  resume(): void;
  previous(): void;
  next(): void;
}

/**
 * A step in progress: its number, title and guidance, the pacer on breath steps (saying "Paused" while paused instead
 * of a frozen "Breathe in"), the step bar, the time left (the session's; the step's too for a screen reader, which
 * cannot see the bar, and which reads it on demand: the timer is not a live region), and the controls: one
 * filled Pause/Resume, outlined Previous/Next, End in words only.
 */
export function runView(
  t: ImageryTimerStrings,
  sub: HeadingLevel,
  session: Session,
  breath: [number, number],
  el: Controls
): TemplateResult {
  const { index, steps, away } = session;
  const step = steps[index];
  const paused = session.phase === 'paused';
  const [left, stepLeft] = session.left();
  return html`${away ? html`<p class="note">${t.welcomeBack}</p>` : nothing}
    <div part="step" class="step">
      <p class="muted">${t.stepOf(index + 1, steps.length)}</p>
      ${renderHeading(sub, step.title, 'now')} ${step.text ? html`<p>${step.text}</p>` : nothing}
      ${step.breath ? html`<p class="visually-hidden">${t.breathPace(...breath)}</p>` : nothing}
    </div>
    ${
      step.breath
        ? html`<div part="pacer" class="pacer" aria-hidden="true">
            <span class="orb"></span>
            ${
              paused
                ? html`<span class="held">${t.paused}</span>`
                : html`<span class="in">${t.breatheIn}</span> <span class="out">${t.breatheOut}</span>`
            }
          </div>`
        : nothing
    }
    <div part="bar" class="bar" aria-hidden="true"><span class="fill"></span></div>
    <p part="time" class="time" role="timer">
      ${paused ? `${t.paused}. ` : ''}${t.left(left)}<span class="visually-hidden">, ${t.stepLeft(stepLeft)}</span>
    </p>
    <div part="controls" class="controls">
      ${paused ? button(t.resume, () => el.resume(), 'primary') : button(t.pause, () => el.pause(), 'primary')}
      <span class="moves">${button(t.previous, () => el.previous())} ${button(t.next, () => el.next())}</span>
      ${button(t.end, () => session.end(), 'quiet')}
    </div>`;
}

/** The end: finished (with a reflection), or stopped by the person (met kindly, and not called complete). */
export function doneView(
  t: ImageryTimerStrings,
  sub: HeadingLevel,
  stopped: boolean,
  away: boolean,
  again: () => void
): TemplateResult {
  return html`${renderHeading(sub, stopped ? t.stoppedHeading : t.doneHeading, 'done')}
    ${away ? html`<p class="note">${t.doneAway}</p>` : nothing}
    <p>${stopped ? t.stoppedText : t.doneText}</p>
    ${stopped ? nothing : html`<p>${t.reflection}</p>`} ${button(t.again, again, 'primary')}`;
}
