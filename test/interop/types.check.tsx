// Compile-time checks of the generated JSX types (dist/types/jsx.d.ts, `@embracesexualwellness/widgets/jsx`), run by
// `npm run lint` (vue-tsc -p test/interop). Each @ts-expect-error must meet an error, or the check fails: types
// that stopped checking anything would fail the build.
import type {} from '@embracesexualwellness/widgets/jsx';

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
