// Compile-time checks of the generated JSX types (dist/types/jsx.d.ts, `@embracesexualwellness/widgets/jsx`), run by
// `npm run test:interop` (tsc -p test/interop/tsconfig.react.json, as a React 19 app would compile them). Each
// `@ts-expect-error` must meet an error, or the check fails: types that stopped checking anything fail the build.
import { useRef, type Ref } from 'react';
import type {} from '@embracesexualwellness/widgets/jsx';
import type {
  ArticleCard,
  CareChecklist,
  ConsultCta,
  ImageryTimer,
  PracticeProvider
} from '@embracesexualwellness/widgets';

export const fine = (
  <practice-provider partner="clinic" states="IL, KS">
    <consult-cta variant="banner" open="dialog" ask-location onconsult-cta-click={(event) => event.detail.href} />
    <care-checklist name="care" checked={['pain']} oncare-checklist-change={(event) => event.detail.level} />
    <article-card slug="guided-imagery" layout="compact" onarticle-card-click={(event) => event.detail.slug} />
    <imagery-timer
      minutes={2}
      breath-in={3}
      heading-level={3}
      remember
      steps={[{ title: 'Arrive', text: 'Settle in.', weight: 2, breath: true }]}
      onimagery-timer-step={(event) => `${event.detail.index}: ${event.detail.title}`}
      onimagery-timer-complete={(event) => event.detail.elapsed + event.detail.steps}
    />
  </practice-provider>
);

// @ts-expect-error: not a variant
export const badVariant = <consult-cta variant="popup" />;
// @ts-expect-error: not a layout
export const badLayout = <article-card layout="grid" />;
// @ts-expect-error: the change event never carries the answers
export const noAnswers = <care-checklist oncare-checklist-change={(event) => event.detail.answers} />;
// @ts-expect-error: `strings` takes the element's own keys
export const badStrings = <consult-cta strings={{ nonsense: 'x' }} />;
// @ts-expect-error: a step event names its step by `index` and `title`, not `name`
export const badStepDetail = <imagery-timer onimagery-timer-step={(event) => event.detail.name} />;
// @ts-expect-error: `steps` is an array of steps, not one
export const badSteps = <imagery-timer steps={{ title: 'Arrive', text: '' }} />;

// `ref`: React's own `Ref<Element>` on every element. An object from useRef, typed with or without `| null`.
export function ObjectRefs() {
  const provider = useRef<PracticeProvider>(null);
  const cta = useRef<ConsultCta>(null);
  const timer = useRef<ImageryTimer>(null);
  const checklist = useRef<CareChecklist>(null);
  const card = useRef<ArticleCard>(null);
  const orNull = {
    provider: useRef<PracticeProvider | null>(null),
    cta: useRef<ConsultCta | null>(null),
    timer: useRef<ImageryTimer | null>(null),
    checklist: useRef<CareChecklist | null>(null),
    card: useRef<ArticleCard | null>(null)
  };
  return (
    <practice-provider ref={provider}>
      <consult-cta ref={cta} />
      <imagery-timer ref={timer} />
      <care-checklist ref={checklist} />
      <article-card ref={card} />
      <practice-provider ref={orNull.provider}>
        <consult-cta ref={orNull.cta} />
        <imagery-timer ref={orNull.timer} />
        <care-checklist ref={orNull.checklist} />
        <article-card ref={orNull.card} />
      </practice-provider>
    </practice-provider>
  );
}

// A callback ref, which React also calls with `null`; it may return a cleanup function.
export const callbackRefs = (
  <practice-provider ref={(el: PracticeProvider | null) => void el?.settings}>
    <consult-cta ref={(el: ConsultCta | null) => void el?.bookingHref} />
    <imagery-timer ref={(el: ImageryTimer | null) => void el?.state} />
    <care-checklist ref={(el: CareChecklist | null) => void el?.level} />
    <article-card ref={(el: ArticleCard | null) => void el?.href} />
    <care-checklist
      ref={(el) => {
        void el?.level; // `el` is a CareChecklist or null, without a type written
        return () => el?.clear(); // a cleanup function
      }}
    />
    <consult-cta ref={(el: HTMLElement | null) => void el} />
  </practice-provider>
);

// A ref handed down as a prop, as a component that wraps the element would.
export const passedRef = ({ cta }: { cta: Ref<ConsultCta> }) => <consult-cta ref={cta} />;

export function WrongObjectRef() {
  const input = useRef<HTMLInputElement>(null);
  // @ts-expect-error: a ref to an <input> is not a ref to <consult-cta>
  return <consult-cta ref={input} />;
}
export function OtherElementRef() {
  const card = useRef<ArticleCard>(null);
  // @ts-expect-error: nor is a ref to another widget
  return <consult-cta ref={card} />;
}
// @ts-expect-error: a callback for an <input> cannot take a <consult-cta>
export const wrongCallbackRef = <consult-cta ref={(el: HTMLInputElement | null) => void el} />;
// @ts-expect-error: React calls a callback ref with null when the element goes: `el` may be null
export const nullIgnored = <care-checklist ref={(el) => void el.level} />;

// `style`: React's CSSProperties, with every shared token and each element's own properties, strings or numbers.
export const tokens = (
  <practice-provider
    style={{
      '--embrace-accent': '#0b5d5b',
      '--embrace-on-accent': '#ffffff',
      '--embrace-surface': 'transparent',
      '--embrace-border-color': '#ccc',
      '--embrace-control-border-color': '#555',
      '--embrace-muted-color': '#444',
      '--embrace-radius': '4px',
      '--embrace-space': '1rem',
      '--embrace-focus-color': 'currentColor',
      '--embrace-font-family': 'Georgia, serif',
      '--embrace-heading-font-family': 'inherit',
      '--embrace-heading-font-weight': 400,
      '--embrace-line-height': 1.5
    }}
  >
    <div style={{ '--embrace-accent': '#0b5d5b', '--embrace-radius': 0 }} />
    <consult-cta style={{ '--consult-cta-accent': '#0b5d5b', '--embrace-space': '0.75rem', display: 'block' }} />
    <imagery-timer style={{ '--imagery-timer-gap': '2rem' }} />
    <care-checklist style={{ '--care-checklist-accent': '#0b5d5b' }} />
    <article-card style={{ '--article-card-image-ratio': '4 / 3', maxWidth: 480 }} />
  </practice-provider>
);

// @ts-expect-error: a misspelt token is not a CSS property
export const misspeltToken = <div style={{ '--embrace-acent': '#0b5d5b' }} />;
// @ts-expect-error: nor on a widget, whose `style` is React's CSSProperties too
export const misspeltTokenOnWidget = <practice-provider style={{ '--embrace-acent': '#0b5d5b' }} />;
// @ts-expect-error: a misspelt element property
export const misspeltOwnProperty = <consult-cta style={{ '--consult-cta-acent': '#0b5d5b' }} />;
// @ts-expect-error: a misspelt standard property
export const misspeltStandard = <consult-cta style={{ colour: 'red' }} />;
// @ts-expect-error: a token's value is a string or a number
export const tokenValue = <div style={{ '--embrace-radius': true }} />;
