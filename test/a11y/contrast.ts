/**
 * Measured colour contrast of a widget in a real browser: text (WCAG 1.4.3), the boundaries of controls and their
 * focus rings (1.4.11, 3:1), and the project's own rule that accent-colored text never sits on the host's
 * background. Everything is read from getComputedStyle, composited through every background and `opacity` on the
 * way up the flat tree (slots and shadow roots included) to the host page's body/html, then measured per WCAG 2.x.
 * What cannot be measured from CSS (a background image or gradient under translucent layers, a filter or blend mode,
 * a native checkbox, the UA's `outline-style: auto` ring) is reported as "not measurable", never as a pass.
 *
 * Conventions the widgets must follow for their controls to be measurable:
 *
 *   Checkboxes and radios. A native box (`appearance: auto`) is drawn by the engine, not by CSS, so its boundary
 *   cannot be measured: it is reported as "native control, not measurable". Draw the box with CSS instead, in one of
 *   two ways:
 *     a. `appearance: none` on the input itself, with a border (≥ 1px) or a fill: the input is measured;
 *     b. the input hidden (opacity: 0, or visually hidden) and the box drawn by the input's NEXT ELEMENT SIBLING,
 *        e.g. `<input type="checkbox" class="native"><span class="box" aria-hidden="true"></span>`, with a border
 *        (≥ 1px) or a fill, on the sibling itself or on its ::before. The sibling is measured as the boundary.
 *   Either border or fill passes when it reaches 3:1 against the background behind the control (for a border: every
 *   side that is drawn must reach it; the weakest side is reported).
 *
 *   Buttons, selects, inputs, [role=button], links with a border or fill: measured the same way (border or fill,
 *   3:1). A button or link with neither passes on its text contrast (measured as text). A select, text input or
 *   checkbox with neither fails: nothing shows where it is.
 *
 *   Focus rings. Each control in the tab order is focused with `focus({ focusVisible: true })` (in Chromium, Firefox
 *   and WebKit this makes `:focus-visible` match, checked each time); its ring is read from `outline-*` and
 *   `box-shadow` of the focused element — or, for an input hidden in favour of a drawn box (b. above), of that box,
 *   styled e.g. `input:focus-visible + .box { outline: … }`. A ring drawn on an ancestor instead (up to the host
 *   element: a card's `:focus-within`, `:has(:focus-visible)`, `:host(:focus-within)`) counts too: any ancestor whose
 *   outline or box-shadow changed when focus arrived is measured, against the background behind that ancestor.
 *   A ring passes when one of its parts (the outline, or
 *   one box-shadow) is ≥ 2px wide (outline-width; a shadow's spread) and ≥ 3:1 against the background behind the
 *   control (the control's own fill for an inset shadow or a negative outline-offset). `outline-style: auto` (the
 *   UA's ring) is not measurable. Note: WebKit computes `box-shadow` to `none` on a button that keeps its native
 *   appearance (`appearance: auto`), so a ring made only of box-shadow needs `appearance: none` there.
 *
 *   Disabled controls (`:disabled`, `aria-disabled="true"`, inside a disabled fieldset) are exempt (WCAG exempts
 *   inactive components) and listed separately. Visually hidden text (clip-path: inset(50%), clip: rect(0 0 0 0),
 *   a box of 1px or less) and invisible text (opacity 0, visibility hidden, display none) is skipped. Visible
 *   `aria-hidden` text is measured like any other.
 *
 *   A modal dialog (`dialog:modal`) in the shadow root: only its contents are measured, against the dialog's own
 *   background (the page behind it is inert and under its backdrop). Iframes are not entered.
 *
 * Limits: positions are not looked at — the background behind an element is that of its ancestors in the flat tree,
 * so an absolutely positioned element that overlaps a sibling's fill is measured against its ancestors (axe's
 * color-contrast rule, run alongside, looks at the stacking). Out-of-gamut colours are clipped to sRGB.
 */

// ─── Colours ────────────────────────────────────────────────────────────────────────────────────────────────────

/** A colour in sRGB: r, g, b from 0 to 255 (not rounded), alpha from 0 to 1. */
export interface RGBA {
  r: number;
  g: number;
  b: number;
  a: number;
}

const TRANSPARENT: RGBA = Object.freeze({ r: 0, g: 0, b: 0, a: 0 });
const WHITE: RGBA = Object.freeze({ r: 255, g: 255, b: 255, a: 1 });

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const toLinear = (c: number) => {
  const sign = c < 0 ? -1 : 1;
  const abs = Math.abs(c);
  return abs <= 0.04045 ? c / 12.92 : sign * ((abs + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => {
  const sign = c < 0 ? -1 : 1;
  const abs = Math.abs(c);
  return abs <= 0.0031308 ? c * 12.92 : sign * (1.055 * abs ** (1 / 2.4) - 0.055);
};
type Vec3 = [number, number, number];
type Mat3 = [Vec3, Vec3, Vec3];
const mul = (m: Mat3, v: Vec3): Vec3 => [
  m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
  m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
  m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]
];

// Matrices from CSS Color 4 (sample code of §18).
const XYZ65_TO_LSRGB: Mat3 = [
  [3.2409699419045226, -1.537383177570094, -0.4986107602930034],
  [-0.9692436362808796, 1.8759675015077202, 0.04155505740717559],
  [0.05563007969699366, -0.20397695888897652, 1.0569715142428786]
];
const XYZ50_TO_XYZ65: Mat3 = [
  [0.955473421488075, -0.02309845494876471, 0.06325924320057072],
  [-0.0283697093338637, 1.0099953980813041, 0.021041441191917323],
  [0.012314014864481998, -0.020507649298898964, 1.330365926242124]
];
const LP3_TO_XYZ65: Mat3 = [
  [0.4865709486482162, 0.26566769316909306, 0.1982172852343625],
  [0.2289745640697488, 0.6917385218365064, 0.079286914093745],
  [0, 0.04511338185890264, 1.043944368900976]
];
const D50_WHITE: Vec3 = [0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585];

function linearSrgbToRgba([r, g, b]: Vec3, a: number): RGBA {
  return { r: clamp01(fromLinear(r)) * 255, g: clamp01(fromLinear(g)) * 255, b: clamp01(fromLinear(b)) * 255, a };
}

function oklabToLinearSrgb(L: number, a: number, b: number): Vec3 {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s
  ];
}

/** OKLab of an sRGB colour (alpha ignored), for ΔE. */
export function toOklab(c: RGBA): Vec3 {
  const [r, g, b] = [c.r, c.g, c.b].map((x) => toLinear(x / 255));
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s
  ];
}

function labToLinearSrgb(L: number, a: number, b: number): Vec3 {
  const kappa = 24389 / 27;
  const epsilon = 216 / 24389;
  const fy = (L + 16) / 116;
  const fx = a / 500 + fy;
  const fz = fy - b / 200;
  const xyz50: Vec3 = [
    (fx ** 3 > epsilon ? fx ** 3 : (116 * fx - 16) / kappa) * D50_WHITE[0],
    (L > kappa * epsilon ? ((L + 16) / 116) ** 3 : L / kappa) * D50_WHITE[1],
    (fz ** 3 > epsilon ? fz ** 3 : (116 * fz - 16) / kappa) * D50_WHITE[2]
  ];
  return mul(XYZ65_TO_LSRGB, mul(XYZ50_TO_XYZ65, xyz50));
}

function hslToRgb(h: number, s: number, l: number): Vec3 {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

class UnsupportedColor extends Error {}

/**
 * Parses a CSS colour as getComputedStyle gives it in Chromium, Firefox and WebKit: `rgb()`/`rgba()` (what most
 * colours compute to), `color(srgb …)` (what `color-mix(in srgb, …)` and relative colours compute to), `oklab()`,
 * `oklch()`, `lab()`, `lch()` (what color-mix in those spaces computes to), `color(display-p3 | srgb-linear |
 * xyz | xyz-d50 | xyz-d65 …)`, `hsl()`, `transparent` and hex (for constants in tests). Throws an Error naming the
 * form for anything else — it never guesses black.
 */
export function parseColor(css: string): RGBA {
  const text = css.trim().toLowerCase();
  if (text === 'transparent') return { ...TRANSPARENT };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text);
  if (hex) {
    let digits = hex[1];
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const n = (i: number) => parseInt(digits.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: digits.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^([a-z-]+)\((.*)\)$/.exec(text);
  if (!fn) throw new UnsupportedColor(`parseColor: unsupported colour form "${css}"`);
  const [, name, body] = fn;
  const [main, alphaPart] = body.split('/');
  let parts = main.includes(',') ? main.split(',') : main.trim().split(/\s+/);
  parts = parts.map((p) => p.trim()).filter(Boolean);
  let alphaText: string | undefined = alphaPart?.trim();
  if (alphaText === undefined && main.includes(',') && parts.length === 4) alphaText = parts.pop();
  const num = (p: string | undefined, percentScale = 1): number => {
    if (p === undefined || p === 'none') return 0;
    const value = parseFloat(p);
    if (Number.isNaN(value)) throw new UnsupportedColor(`parseColor: cannot read "${p}" in "${css}"`);
    return p.endsWith('%') ? (value / 100) * percentScale : value;
  };
  const alpha = alphaText === undefined ? 1 : clamp01(num(alphaText, 1));
  const hue = (p: string | undefined) => num(p) % 360; // computed hues are plain numbers (degrees)
  switch (name) {
    case 'rgb':
    case 'rgba': {
      const [r, g, b] = parts.map((p) => num(p, 255));
      return {
        r: Math.min(255, Math.max(0, r)),
        g: Math.min(255, Math.max(0, g)),
        b: Math.min(255, Math.max(0, b)),
        a: alpha
      };
    }
    case 'hsl':
    case 'hsla': {
      const [r, g, b] = hslToRgb(hue(parts[0]), clamp01(num(parts[1], 1)), clamp01(num(parts[2], 1)));
      return { r, g, b, a: alpha };
    }
    case 'color': {
      const [space, ...channels] = parts;
      const [c1, c2, c3] = channels.map((p) => num(p, 1));
      switch (space) {
        case 'srgb':
          return { r: clamp01(c1) * 255, g: clamp01(c2) * 255, b: clamp01(c3) * 255, a: alpha };
        case 'srgb-linear':
          return linearSrgbToRgba([c1, c2, c3], alpha);
        case 'display-p3':
          return linearSrgbToRgba(
            mul(XYZ65_TO_LSRGB, mul(LP3_TO_XYZ65, [toLinear(c1), toLinear(c2), toLinear(c3)])),
            alpha
          );
        case 'xyz':
        case 'xyz-d65':
          return linearSrgbToRgba(mul(XYZ65_TO_LSRGB, [c1, c2, c3]), alpha);
        case 'xyz-d50':
          return linearSrgbToRgba(mul(XYZ65_TO_LSRGB, mul(XYZ50_TO_XYZ65, [c1, c2, c3])), alpha);
        default:
          throw new UnsupportedColor(`parseColor: unsupported colour space color(${space} …) in "${css}"`);
      }
    }
    case 'oklab':
      return linearSrgbToRgba(oklabToLinearSrgb(num(parts[0], 1), num(parts[1], 0.4), num(parts[2], 0.4)), alpha);
    case 'oklch': {
      const [L, C, h] = [num(parts[0], 1), num(parts[1], 0.4), (hue(parts[2]) * Math.PI) / 180];
      return linearSrgbToRgba(oklabToLinearSrgb(L, C * Math.cos(h), C * Math.sin(h)), alpha);
    }
    case 'lab':
      return linearSrgbToRgba(labToLinearSrgb(num(parts[0], 100), num(parts[1], 125), num(parts[2], 125)), alpha);
    case 'lch': {
      const [L, C, h] = [num(parts[0], 100), num(parts[1], 150), (hue(parts[2]) * Math.PI) / 180];
      return linearSrgbToRgba(labToLinearSrgb(L, C * Math.cos(h), C * Math.sin(h)), alpha);
    }
    default:
      throw new UnsupportedColor(`parseColor: unsupported colour form ${name}() in "${css}"`);
  }
}

/** `top` painted over `bottom` (source-over). */
export function composite(top: RGBA, bottom: RGBA): RGBA {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { ...TRANSPARENT };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2.x relative luminance of the colour's opaque part. */
export function luminance(c: RGBA): number {
  const [r, g, b] = [c.r, c.g, c.b].map((x) => toLinear(x / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2.x contrast ratio (1 to 21). A translucent `a` is painted over `b` first; a translucent `b` over white (what
 * a page with nothing under it shows).
 */
export function contrast(a: RGBA, b: RGBA): number {
  const under = b.a < 1 ? composite(b, WHITE) : b;
  const over = a.a < 1 ? composite(a, under) : a;
  const [l1, l2] = [luminance(over), luminance(under)];
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** ΔE in OKLab (0 = same colour; about 0.02 is just noticeable). Alpha ignored. */
export function deltaE(a: RGBA, b: RGBA): number {
  const [p, q] = [toOklab(a), toOklab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** `#rrggbb`, or `#rrggbb @ 40%` for a translucent colour: what a message shows. */
export function formatColor(c: RGBA): string {
  const h = (x: number) => Math.round(x).toString(16).padStart(2, '0');
  const hex = `#${h(c.r)}${h(c.g)}${h(c.b)}`;
  return c.a >= 0.999 ? hex : `${hex} @ ${Math.round(c.a * 100)}%`;
}

// ─── Walking the flat tree ──────────────────────────────────────────────────────────────────────────────────────

/** The node's parent in the flat tree: its slot, its parent element, or its shadow root's host. */
export function flatParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

const matches = (el: Element, selector: string) => {
  try {
    return el.matches(selector);
  } catch {
    return false; // a selector this engine does not know
  }
};
const inTopLayer = (el: Element) => matches(el, ':modal') || matches(el, ':popover-open');

/** `tag#id.class` of one element. */
function describeOne(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const classes = [...el.classList]
    .slice(0, 3)
    .map((c) => `.${c}`)
    .join('');
  return `${el.localName}${id}${classes}`;
}

/**
 * Where an element is, for a message: `consult-cta » div.base › a.action` inside a shadow root (the host's tag, then
 * the path from the shadow root), `(light) p › a` in a page's own DOM.
 */
export function describePath(node: Node): string {
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return '(text)';
  const segments: string[] = [];
  for (let at: Element | null = el; at; at = at.parentElement) segments.unshift(describeOne(at));
  const root = el.getRootNode();
  if (root instanceof ShadowRoot) {
    const host = root.host.getRootNode() instanceof ShadowRoot ? describePath(root.host) : describeOne(root.host);
    return `${host} » ${segments.join(' › ')}`;
  }
  // Light DOM: from the nearest custom element (the widget it is slotted into), else from body.
  let start = segments.indexOf(segments.find((s) => s.startsWith('body')) ?? '') + 1;
  segments.forEach((s, i) => {
    if (/^[a-z]+-[a-z-]*/.test(s)) start = i;
  });
  return `(light) ${segments.slice(start).join(' › ')}`;
}

/** A measured colour, or why it could not be measured. */
export type Measured = { color: RGBA; reason?: undefined } | { color: null; reason: string };

/** The page's own background: what is under everything (html's, else body's, over white). */
export function pageBackground(doc: Document = document): RGBA {
  let color = WHITE;
  for (const el of [doc.documentElement, doc.body].reverse()) {
    if (!el) continue;
    color = composite(parseColor(getComputedStyle(el).backgroundColor), color);
  }
  return color;
}

/**
 * `paint` (a colour already composited from the leaf) painted at `start` and carried up the flat tree: over each
 * ancestor's background (`start`'s own unless `ownBackground` is false), through each ancestor's `opacity`, and
 * finally over the page's canvas, or, for an element in the top layer (a modal dialog, a popover), over its
 * ::backdrop and the page's background.
 */
function paintUp(start: Element | null, paint: RGBA, ownBackground = true): Measured {
  let g = paint;
  let first = true;
  for (let at = start; at; at = flatParent(at)) {
    const cs = getComputedStyle(at);
    if (!(first && !ownBackground)) {
      if (cs.backgroundImage !== 'none' && g.a < 0.999) {
        return {
          color: null,
          reason: `background-image on ${describePath(at)} (${cs.backgroundImage.slice(0, 60)}) shows through`
        };
      }
      g = composite(g, parseColor(cs.backgroundColor));
    }
    first = false;
    if (g.a < 0.999 && cs.backdropFilter && cs.backdropFilter !== 'none') {
      return { color: null, reason: `backdrop-filter on ${describePath(at)}` };
    }
    if ((cs.filter && cs.filter !== 'none') || (cs.mixBlendMode && cs.mixBlendMode !== 'normal')) {
      return { color: null, reason: `filter/mix-blend-mode on ${describePath(at)} (${cs.filter} ${cs.mixBlendMode})` };
    }
    const opacity = parseFloat(cs.opacity);
    if (opacity < 1) g = { ...g, a: g.a * opacity };
    if (inTopLayer(at)) {
      const backdrop = parseColor(getComputedStyle(at, '::backdrop').backgroundColor);
      return { color: composite(g, composite(backdrop, pageBackground(at.ownerDocument))) };
    }
  }
  return { color: composite(g, WHITE) };
}

/**
 * The opaque colour behind an element: its own background (unless `includeSelf` is false) and every ancestor's in
 * the flat tree, out of shadow roots, composited down to the page's body/html background. `{ color: null, reason }`
 * when a background image or gradient, a filter or a blend mode is in the way.
 */
export function backgroundBehind(el: Element, { includeSelf = true } = {}): Measured {
  return includeSelf ? paintUp(el, TRANSPARENT) : paintUp(flatParent(el), TRANSPARENT);
}

// ─── What to measure ────────────────────────────────────────────────────────────────────────────────────────────

/** One finding: a failure, something not measurable, or an exempt (disabled) element. */
export interface Finding {
  check: 'text' | 'non-text' | 'focus' | 'accent';
  /** Where: `consult-cta » div.base › a.action`. */
  path: string;
  /** The text (first 40 characters) or the control's label. */
  text: string;
  ratio?: number;
  required?: number;
  /** The foreground (text, border, ring) and background measured, as `#rrggbb`. */
  fg?: string;
  bg?: string;
  reason: string;
}

export interface Report {
  failures: Finding[];
  notMeasurable: Finding[];
  exempt: Finding[];
  /** How many things were measured (text nodes, controls, rings): a check that measured nothing proves nothing. */
  measured: number;
  /** The elements whose text was measured with a definite result (to tell which axe "incomplete" results we cover). */
  measuredElements: Set<Element>;
}

const newReport = (): Report => ({
  failures: [],
  notMeasurable: [],
  exempt: [],
  measured: 0,
  measuredElements: new Set()
});

/** One line per finding, ready for an assertion message. */
export function formatFindings(findings: Finding[]): string {
  return findings
    .map((f) => {
      const ratio = f.ratio === undefined ? '' : ` ${f.ratio.toFixed(2)}:1 < ${f.required}:1`;
      const colours = f.fg ? ` (${f.fg} on ${f.bg})` : '';
      const text = f.text ? ` "${f.text}"` : '';
      return `  [${f.check}] ${f.path}${text}:${ratio}${colours} ${f.reason}`.trimEnd();
    })
    .join('\n');
}

const snippet = (text: string | null | undefined) => {
  const words = (text ?? '').replace(/\s+/g, ' ').trim();
  return words.length > 40 ? `${words.slice(0, 39)}…` : words;
};

interface Scope {
  host: Element | null;
  shadow: ShadowRoot | null;
  /** The subtrees to look in: the shadow root (or the open modal dialog) and the light DOM slotted into it. */
  containers: Node[];
  modal: Element | null;
}

/**
 * What a check looks at for `target`: a widget (its shadow root and the page's own light DOM slotted into it), a
 * shadow root, or any element (its subtree). When the shadow root holds an open modal dialog, only the dialog.
 */
function scopeOf(target: Element | ShadowRoot): Scope {
  const shadow = target instanceof ShadowRoot ? target : target.shadowRoot;
  if (!shadow) return { host: null, shadow: null, containers: [target], modal: null };
  const modal = [...shadow.querySelectorAll('dialog, [popover]')].find(inTopLayer) ?? null;
  if (modal) return { host: shadow.host, shadow, containers: [modal], modal };
  const slotted = new Set<Node>();
  for (const slot of shadow.querySelectorAll('slot')) {
    for (const node of slot.assignedNodes({ flatten: true })) {
      // Light DOM authored inside another shadow tree belongs to that tree's widget, which reports it.
      if (node.getRootNode() instanceof Document) slotted.add(node);
    }
  }
  return { host: shadow.host, shadow, containers: [shadow, ...slotted], modal: null };
}

/** Every text node under the scope's containers, skipping the light DOM of nested shadow hosts in slotted content. */
function textNodes(scope: Scope): Text[] {
  const found: Text[] = [];
  for (const container of scope.containers) {
    if (container instanceof Text) {
      found.push(container);
      continue;
    }
    const light = !(container instanceof ShadowRoot) && container.getRootNode() instanceof Document;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) => {
        if (node instanceof Element) {
          if (light && node !== container && node.shadowRoot) return NodeFilter.FILTER_REJECT;
          if (/^(script|style|template|option|optgroup|textarea)$/.test(node.localName))
            return NodeFilter.FILTER_REJECT;
          return NodeFilter.FILTER_SKIP;
        }
        return (node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
  }
  return found;
}

/** Ancestors of a node in the flat tree, from its parent up to `stop` (included) or the document. */
function* ancestors(node: Node, stop: Element | null = null): Generator<Element> {
  for (let at = flatParent(node); at; at = flatParent(at)) {
    yield at;
    if (at === stop) return;
  }
}

const isVisuallyHiddenBox = (el: Element, cs = getComputedStyle(el)) =>
  /^inset\(50%\)/.test(cs.clipPath) ||
  /^rect\(0px,? 0px,? 0px,? 0px\)$/.test(cs.clip) ||
  (cs.overflow !== 'visible' && el.getBoundingClientRect().width <= 1 && el.getBoundingClientRect().height <= 1);

/** Why a text node is not seen, or null when it is. */
function hiddenReason(text: Text, host: Element | null): string | null {
  const range = document.createRange();
  range.selectNodeContents(text);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (!rects.length) return 'not rendered';
  const parent = text.parentElement!;
  if (getComputedStyle(parent).visibility !== 'visible') return 'visibility hidden';
  if (rects.every((r) => r.width <= 1 && r.height <= 1)) return 'visually hidden';
  for (const at of ancestors(text, host)) {
    const cs = getComputedStyle(at);
    if (isVisuallyHiddenBox(at, cs)) return 'visually hidden';
    if (parseFloat(cs.opacity) === 0) return 'opacity 0';
  }
  return null;
}

/** The disabled control the node is in (it or an ancestor, up to the host), or null. */
function disabledIn(node: Node, host: Element | null): Element | null {
  const start = node instanceof Element ? [node] : [];
  for (const at of [...start, ...ancestors(node, host)]) {
    if (matches(at, ':disabled') || at.getAttribute('aria-disabled') === 'true') return at;
  }
  return null;
}

const isLarge = (cs: CSSStyleDeclaration) => {
  const size = parseFloat(cs.fontSize);
  return size >= 24 || (size >= 18.66 && parseInt(cs.fontWeight, 10) >= 700);
};

const textColorOf = (cs: CSSStyleDeclaration) => {
  const fill = (cs as CSSStyleDeclaration & { webkitTextFillColor?: string }).webkitTextFillColor;
  return fill ? parseColor(fill) : parseColor(cs.color);
};

/** A visible text item: a text node or a form control showing its value (a select, a text input). */
interface TextItem {
  node: Node;
  el: Element;
  text: string;
}

function textItems(scope: Scope): TextItem[] {
  const items: TextItem[] = [];
  for (const text of textNodes(scope)) {
    const hidden = hiddenReason(text, scope.host);
    if (hidden) continue;
    items.push({ node: text, el: text.parentElement!, text: snippet(text.data) });
  }
  for (const container of scope.containers) {
    if (!(container instanceof Element || container instanceof ShadowRoot)) continue;
    const controls = container.querySelectorAll<HTMLSelectElement | HTMLInputElement>(
      'select:not([multiple]), input:is([type=text], [type=email], [type=tel], [type=url], [type=search], [type=number], :not([type]))'
    );
    for (const control of controls) {
      const rect = control.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || getComputedStyle(control).visibility !== 'visible') continue;
      const shown =
        control instanceof HTMLSelectElement ? control.selectedOptions[0]?.text : control.value || control.placeholder;
      if (!shown?.trim()) continue;
      items.push({ node: control, el: control, text: snippet(shown) });
    }
  }
  return items;
}

// ─── The checks ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Text contrast (WCAG 1.4.3): every visible text node in the widget's shadow root and the light DOM slotted into it,
 * and the value a select or text input shows. 4.5:1, or 3:1 for large text (≥ 24px, or ≥ 18.66px and bold).
 */
export function textContrastFailures(target: Element | ShadowRoot): Report {
  const report = newReport();
  const scope = scopeOf(target);
  for (const item of textItems(scope)) {
    const cs = getComputedStyle(item.el);
    const path = describePath(item.el);
    const disabled = disabledIn(item.node, scope.host);
    if (disabled) {
      report.exempt.push({ check: 'text', path, text: item.text, reason: `inside disabled ${describeOne(disabled)}` });
      continue;
    }
    // item.el is the text's parent (or the control showing a value): its own background is behind the text.
    let fg: Measured;
    let bg: Measured;
    try {
      fg = paintUp(item.el, textColorOf(cs));
      bg = paintUp(item.el, TRANSPARENT);
    } catch (error) {
      report.notMeasurable.push({ check: 'text', path, text: item.text, reason: (error as Error).message });
      continue;
    }
    if (!fg.color || !bg.color) {
      report.notMeasurable.push({ check: 'text', path, text: item.text, reason: bg.reason ?? fg.reason ?? '' });
      continue;
    }
    report.measured += 1;
    report.measuredElements.add(item.el);
    const required = isLarge(cs) ? 3 : 4.5;
    const ratio = contrast(fg.color, bg.color);
    if (ratio < required) {
      report.failures.push({
        check: 'text',
        path,
        text: item.text,
        ratio,
        required,
        fg: formatColor(fg.color),
        bg: formatColor(bg.color),
        reason: `${isLarge(cs) ? 'large ' : ''}text ${cs.fontSize} ${cs.fontWeight}`
      });
    }
  }
  return report;
}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;
type BoxStyle = CSSStyleDeclaration & Record<string, string>;

interface Boundary {
  /** The weakest drawn border side, or null when no side is drawn. */
  border: { ratio: number; color: RGBA; side: string } | null;
  /** The fill, or null when transparent. */
  fill: { ratio: number; color: RGBA } | null;
  behind: RGBA;
}

/** The border and fill of `box` (an element, or an element's ::before) against the background behind it. */
function measureBoundary(el: Element, pseudo: '' | '::before' = ''): Boundary | { reason: string } {
  const cs = getComputedStyle(el, pseudo || null) as BoxStyle;
  // A pseudo-element is painted inside its element: what is behind it is the element's own background.
  const behind = pseudo ? paintUp(el, TRANSPARENT) : backgroundBehind(el, { includeSelf: false });
  if (!behind.color) return { reason: behind.reason };
  const ownBg = parseColor(cs.backgroundColor);
  if (cs.backgroundImage !== 'none') return { reason: `background-image on ${describePath(el)}${pseudo}` };
  const wrap = (paint: RGBA, withOwn: boolean): Measured => {
    if (!pseudo) return paintUp(el, paint, withOwn);
    // The pseudo's own opacity, then the element's background and everything above.
    const opacity = parseFloat(cs.opacity);
    const own = withOwn ? composite(paint, ownBg) : paint;
    return paintUp(el, { ...own, a: own.a * opacity });
  };
  let border: Boundary['border'] = null;
  for (const side of SIDES) {
    const width = parseFloat(cs[`border${side}Width`]);
    const style = cs[`border${side}Style`];
    if (width < 1 || style === 'none' || style === 'hidden') continue;
    const color = parseColor(cs[`border${side}Color`]);
    if (color.a === 0) continue;
    const under = cs.backgroundClip === 'border-box' ? ownBg : TRANSPARENT;
    const painted = wrap(composite(color, under), false);
    if (!painted.color) return { reason: painted.reason };
    const ratio = contrast(painted.color, behind.color);
    if (!border || ratio < border.ratio) border = { ratio, color: painted.color, side: side.toLowerCase() };
  }
  let fill: Boundary['fill'] = null;
  if (ownBg.a > 0) {
    const painted = wrap(TRANSPARENT, true);
    if (!painted.color) return { reason: painted.reason };
    fill = { ratio: contrast(painted.color, behind.color), color: painted.color };
  }
  return { border, fill, behind: behind.color };
}

const CONTROLS =
  'input:not([type=hidden]), select, textarea, button, a[href], [role=button], [role=checkbox], [role=radio], [role=switch]';

const isHiddenInput = (input: Element) => {
  const cs = getComputedStyle(input);
  return parseFloat(cs.opacity) === 0 || isVisuallyHiddenBox(input, cs);
};

const appearanceOf = (cs: CSSStyleDeclaration) =>
  cs.appearance || (cs as CSSStyleDeclaration & { webkitAppearance?: string }).webkitAppearance || 'auto';

function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return snippet(aria);
  if (el instanceof HTMLInputElement && el.labels?.[0]) return snippet(el.labels[0].textContent);
  return snippet(el.textContent);
}

/** The element whose boundary identifies a control (see the conventions at the top), or why there is none. */
function boundaryElement(
  control: Element
): { box: Element; how: string } | { notMeasurable: string } | { fail: string } {
  const checkable = control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type);
  if (!checkable) return { box: control, how: '' };
  if (isHiddenInput(control)) {
    const box = control.nextElementSibling;
    if (!box) return { fail: `hidden ${control.type} with no drawn box after it (convention: input + .box)` };
    return { box, how: ` (drawn box ${describeOne(box)})` };
  }
  if (appearanceOf(getComputedStyle(control)) !== 'none') {
    return {
      notMeasurable: `native ${control.type} (appearance: ${appearanceOf(getComputedStyle(control))}), not measurable: draw the box with CSS`
    };
  }
  return { box: control, how: '' };
}

/**
 * Non-text contrast of controls (WCAG 1.4.11): the identifying boundary of every control in the shadow root — its
 * border (≥ 1px) or its fill — against the background behind it, 3:1. See the conventions at the top.
 */
export function nonTextContrastFailures(target: Element | ShadowRoot): Report {
  const report = newReport();
  const scope = scopeOf(target);
  const containers = scope.containers.filter((c) => !scope.shadow || !(c.getRootNode() instanceof Document));
  const controls = containers.flatMap((c) =>
    c instanceof Element || c instanceof ShadowRoot ? [...c.querySelectorAll(CONTROLS)] : []
  );
  for (const control of controls) {
    const path = describePath(control);
    const text = labelOf(control);
    const rect = control.getBoundingClientRect();
    const checkable = control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type);
    if (!checkable && (rect.width === 0 || rect.height === 0 || isVisuallyHiddenBox(control))) continue;
    if (getComputedStyle(control).visibility !== 'visible') continue;
    if (disabledIn(control, scope.host)) {
      report.exempt.push({ check: 'non-text', path, text, reason: 'disabled control' });
      continue;
    }
    const subject = boundaryElement(control);
    if ('notMeasurable' in subject) {
      report.notMeasurable.push({ check: 'non-text', path, text, reason: subject.notMeasurable });
      continue;
    }
    if ('fail' in subject) {
      report.failures.push({ check: 'non-text', path, text, reason: subject.fail });
      continue;
    }
    let measured: Boundary | { reason: string };
    try {
      measured = measureBoundary(subject.box);
      if ('border' in measured && !measured.border && !measured.fill && subject.box !== control) {
        measured = measureBoundary(subject.box, '::before');
      }
    } catch (error) {
      report.notMeasurable.push({ check: 'non-text', path, text, reason: (error as Error).message });
      continue;
    }
    if ('reason' in measured) {
      report.notMeasurable.push({ check: 'non-text', path, text, reason: measured.reason });
      continue;
    }
    report.measured += 1;
    const { border, fill, behind } = measured;
    if (!border && !fill) {
      const textOnly = /^(a|button)$/.test(control.localName) || control.getAttribute('role') === 'button';
      if (!textOnly) {
        report.failures.push({
          check: 'non-text',
          path,
          text,
          bg: formatColor(behind),
          reason: `no visible boundary${subject.how}: no border ≥ 1px, transparent background`
        });
      }
      continue; // a text-only link or button: its text contrast is what identifies it
    }
    const best = Math.max(border?.ratio ?? 0, fill?.ratio ?? 0);
    if (best < 3) {
      const strongest = (border?.ratio ?? 0) >= (fill?.ratio ?? 0) ? border! : fill!;
      const parts = [
        border ? `border (${border.side}) ${formatColor(border.color)} ${border.ratio.toFixed(2)}:1` : 'no border',
        fill ? `fill ${formatColor(fill.color)} ${fill.ratio.toFixed(2)}:1` : 'no fill'
      ];
      report.failures.push({
        check: 'non-text',
        path,
        text,
        ratio: best,
        required: 3,
        fg: formatColor(strongest.color),
        bg: formatColor(behind),
        reason: `boundary${subject.how}: ${parts.join(', ')}`
      });
    }
  }
  return report;
}

const FOCUSABLE =
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** One part of a focus ring: the outline or one box-shadow. */
interface RingPart {
  what: string;
  color: RGBA;
  width: number;
  /** Drawn over the element's own fill (inset shadow, negative outline-offset) rather than outside it. */
  inside: boolean;
}

/** Splits a computed `box-shadow` into its shadows (commas inside colour functions kept). */
function splitShadows(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function ringParts(cs: CSSStyleDeclaration): { parts: RingPart[]; auto: boolean } {
  const parts: RingPart[] = [];
  const auto = cs.outlineStyle === 'auto';
  if (cs.outlineStyle !== 'none' && !auto) {
    parts.push({
      what: `outline ${cs.outlineStyle} ${cs.outlineWidth}`,
      color: parseColor(cs.outlineColor),
      width: parseFloat(cs.outlineWidth),
      inside: parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth) <= 0
    });
  }
  if (cs.boxShadow && cs.boxShadow !== 'none') {
    for (const shadow of splitShadows(cs.boxShadow)) {
      const colorMatch = /([a-z-]+\([^)]*\)|#[0-9a-f]+|transparent)/i.exec(shadow);
      if (!colorMatch) continue;
      const lengths = shadow
        .replace(colorMatch[0], '')
        .replace('inset', '')
        .trim()
        .split(/\s+/)
        .map((n) => parseFloat(n));
      const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
      const width = blur > 0 ? Math.max(0, spread) : Math.max(0, spread) + Math.min(Math.abs(x), Math.abs(y));
      parts.push({
        what: `box-shadow ${shadow}`,
        color: parseColor(colorMatch[0]),
        width,
        inside: /\binset\b/.test(shadow)
      });
    }
  }
  return { parts, auto };
}

interface RingResult {
  what: string;
  width: number;
  ratio: number;
  fg?: RGBA;
  bg?: RGBA;
  reason?: string;
}

const ringSignature = (el: Element) => {
  const cs = getComputedStyle(el);
  return `${cs.outlineStyle}|${cs.outlineWidth}|${cs.outlineColor}|${cs.outlineOffset}|${cs.boxShadow}`;
};

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * Focus rings (WCAG 1.4.11 and 2.4.7): every control in the tab order in the shadow root is focused as the keyboard
 * would (`focus({ focusVisible: true })`, `:focus-visible` checked) and its ring measured: one part (outline or
 * box-shadow) ≥ 2px and ≥ 3:1 against the background behind the control. Focus is left on nothing.
 */
export async function focusRingFailures(target: Element | ShadowRoot): Promise<Report> {
  const report = newReport();
  const scope = scopeOf(target);
  const containers = scope.containers.filter((c) => c instanceof ShadowRoot || c === scope.modal || !scope.shadow);
  const controls = containers.flatMap((c) =>
    c instanceof Element || c instanceof ShadowRoot ? [...c.querySelectorAll<HTMLElement>(FOCUSABLE)] : []
  );
  if (scope.modal?.matches(FOCUSABLE)) controls.unshift(scope.modal as HTMLElement);
  for (const control of controls) {
    if (control.tabIndex < 0 || control.localName === 'iframe') continue;
    const path = describePath(control);
    const text = labelOf(control);
    const checkable = control instanceof HTMLInputElement && /^(checkbox|radio)$/.test(control.type);
    const rect = control.getBoundingClientRect();
    if (!checkable && (rect.width === 0 || rect.height === 0)) continue;
    if (getComputedStyle(control).visibility !== 'visible') continue;
    if (disabledIn(control, scope.host)) {
      report.exempt.push({ check: 'focus', path, text, reason: 'disabled control' });
      continue;
    }
    const drawn = checkable && isHiddenInput(control) ? control.nextElementSibling : null;
    const ringOn = drawn ?? control;
    const before = new Map<Element, string>();
    for (const at of ancestors(ringOn, scope.host)) before.set(at, ringSignature(at));
    control.focus({ focusVisible: true, preventScroll: true } as FocusOptions);
    const active = (control.getRootNode() as ShadowRoot | Document).activeElement;
    if (active !== control) {
      report.failures.push({ check: 'focus', path, text, reason: 'could not be focused from a script (inert?)' });
      continue;
    }
    if (!matches(control, ':focus-visible')) {
      report.notMeasurable.push({
        check: 'focus',
        path,
        text,
        reason: ':focus-visible does not match after focus({ focusVisible: true })'
      });
      control.blur();
      continue;
    }
    // Rings that appeared on an ancestor when focus arrived (a card's :focus-within, :has(:focus-visible)).
    const carriers: Element[] = [ringOn];
    for (const at of ancestors(ringOn, scope.host)) {
      if (ringSignature(at) !== before.get(at)) carriers.push(at);
    }
    for (const carrier of carriers) {
      for (const animation of carrier.getAnimations()) {
        if (typeof CSSTransition !== 'undefined' && animation instanceof CSSTransition) animation.finish();
      }
    }
    await nextFrame();
    try {
      const where = drawn ? ` (ring on the drawn box ${describeOne(drawn)})` : '';
      const results: RingResult[] = [];
      let auto = false;
      for (const carrier of carriers) {
        const found = ringParts(getComputedStyle(carrier));
        auto ||= found.auto;
        const on = carrier === ringOn ? '' : ` on ${describeOne(carrier)}`;
        const outside = backgroundBehind(carrier, { includeSelf: false });
        const inside = backgroundBehind(carrier);
        for (const part of found.parts) {
          const against = part.inside ? inside : outside;
          const painted = part.inside ? paintUp(carrier, part.color) : paintUp(carrier, part.color, false);
          const what = `${part.what}${on}`;
          if (!against.color || !painted.color)
            results.push({ what, width: part.width, ratio: 0, reason: against.reason ?? painted.reason });
          else
            results.push({
              what,
              width: part.width,
              ratio: contrast(painted.color, against.color),
              fg: painted.color,
              bg: against.color
            });
        }
      }
      if (!results.length) {
        const reason = auto
          ? `the UA's focus ring (outline-style: auto), not measurable: draw it with outline${where}`
          : `no focus ring: outline-style none and no box-shadow${where}, nor on an ancestor`;
        (auto ? report.notMeasurable : report.failures).push({ check: 'focus', path, text, reason });
        continue;
      }
      report.measured += 1;
      if (results.some((r) => r.ratio >= 3 && r.width >= 2)) continue;
      const measurable = results.filter((r) => r.fg);
      if (!measurable.length) {
        report.notMeasurable.push({
          check: 'focus',
          path,
          text,
          reason: results.map((r) => `${r.what}: ${r.reason}`).join('; ')
        });
        continue;
      }
      const best = measurable.reduce((a, b) => (b.ratio > a.ratio ? b : a));
      const problems = results.map((r) =>
        r.fg
          ? `${r.what}: ${r.ratio.toFixed(2)}:1${r.width < 2 ? `, only ${r.width}px wide` : ''}`
          : `${r.what}: ${r.reason}`
      );
      report.failures.push({
        check: 'focus',
        path,
        text,
        ratio: best.ratio,
        required: 3,
        fg: formatColor(best.fg!),
        bg: formatColor(best.bg!),
        reason: `focus ring${where}: ${problems.join('; ')} (needs a part ≥ 2px and ≥ 3:1)`
      });
    } finally {
      control.blur();
    }
  }
  return report;
}

/**
 * The issue's "no accent-colored text on the host's background": text whose colour is within `maxDeltaE` (OKLab) of
 * `accent` while nothing the widget owns — no opaque fill (alpha ≥ 0.99) or image of an element inside the shadow
 * root or of the host element itself — is between the text and the host page.
 */
export function accentTextOnHostFailures(target: Element | ShadowRoot, accent = '#6a2b63', maxDeltaE = 0.05): Report {
  const report = newReport();
  const scope = scopeOf(target);
  const accentColor = parseColor(accent);
  for (const item of textItems(scope)) {
    // Slotted text is the host's own content in the host's own colours (a written-in link in its link colour, say):
    // only what the widget colours itself is its accent on the host's background.
    if (scope.shadow && item.el.getRootNode() !== scope.shadow) continue;
    const path = describePath(item.el);
    let color: RGBA;
    try {
      color = textColorOf(getComputedStyle(item.el));
    } catch (error) {
      report.notMeasurable.push({ check: 'accent', path, text: item.text, reason: (error as Error).message });
      continue;
    }
    report.measured += 1;
    if (color.a === 0 || deltaE(color, accentColor) > maxDeltaE) continue;
    let owned: Element | null = null;
    const chain =
      item.node instanceof Element
        ? [item.node, ...ancestors(item.node, scope.host)]
        : [...ancestors(item.node, scope.host)];
    for (const at of chain) {
      const cs = getComputedStyle(at);
      if (parseColor(cs.backgroundColor).a >= 0.99 || cs.backgroundImage !== 'none' || inTopLayer(at)) {
        owned = at;
        break;
      }
      if (at === scope.host) break;
    }
    if (owned) continue;
    const behind = paintUp(item.el, TRANSPARENT);
    report.failures.push({
      check: 'accent',
      path,
      text: item.text,
      fg: formatColor(color),
      bg: behind.color ? formatColor(behind.color) : behind.reason,
      reason: `accent-colored text (ΔE ${deltaE(color, accentColor).toFixed(3)} from ${accent}) on the host's background, no widget-owned fill under it`
    });
  }
  return report;
}

/**
 * Every widget in `root` (any element with a shadow root and a custom-element name), including widgets inside other
 * widgets' shadow roots, in document order.
 */
export function widgetsIn(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot || !el.localName.includes('-')) continue;
    found.push(el);
    found.push(...widgetsIn(el.shadowRoot));
  }
  return found;
}
