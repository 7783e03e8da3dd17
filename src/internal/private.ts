import { html, nothing, type TemplateResult } from 'lit';

/**
 * A `<div>` that the common session-replay tools leave out of their recordings with their default settings: each
 * one's own marker (rrweb and the tools built on it, PostHog, Sentry, FullStory, Hotjar, Microsoft Clarity,
 * LogRocket, Datadog). For what is the person's alone: the timer's practice count (the checklist writes the same
 * markers inline, so that this helper stays in the timer's file and out of the chunk every page loads).
 */
export const privateBlock = (part: string, classes: string, content: unknown): TemplateResult =>
  html`<div
    part=${part || nothing}
    class="${classes} rr-block ph-no-capture sentry-block fs-exclude"
    data-hj-suppress
    data-clarity-mask="true"
    data-private
    data-dd-privacy="hidden"
  >
    ${content}
  </div>`;
