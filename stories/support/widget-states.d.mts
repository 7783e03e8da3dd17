export type EmbraceTag = 'practice-provider' | 'consult-cta' | 'care-checklist' | 'article-card' | 'imagery-timer';

/** One visual state of one element. */
export interface WidgetState {
  /** `<element>--<state>`, unique, kebab-case: also the screenshot's file name. */
  readonly id: string;
  /** The element the state is about (its tag name). */
  readonly element: EmbraceTag;
  /** What the state shows, for people. */
  readonly title: string;
  /** The markup placed inside the host page's `<main>`. */
  readonly html: string;
  /**
   * Brings the state about with the DOM and the elements' public API only, after every element in `main` is defined
   * and rendered; resolves once it has rendered. Throws an Error naming what was missing when the state cannot be
   * reached.
   */
  readonly act?: (main: HTMLElement) => Promise<void> | void;
  /** Whether the state needs the page's full width (grids). */
  readonly wide?: boolean;
}

/** The elements this library defines, in registration order. */
export declare const EMBRACE_TAGS: readonly EmbraceTag[];

/** Every visual state of every element. */
export declare const WIDGET_STATES: readonly WidgetState[];

/**
 * Waits until every embrace element in `main` is defined (rejects after 5 s if one never is) and has finished
 * rendering, twice over, for providers around widgets.
 */
export declare function settle(main: ParentNode): Promise<void>;

/**
 * Sets `main.innerHTML` to the state's markup, settles, runs its `act`, settles again. Rejects with an Error whose
 * message starts with the state's id when `act` throws.
 */
export declare function show(main: HTMLElement, state: WidgetState): Promise<void>;
