// Every element from React 19 JSX: attributes (strings and booleans), properties (objects, arrays, numbers) and
// one custom event per widget, handled with `on<event-name>` props. React 19 sets a prop as a property when the
// element has one, so `strings`, `checked` and `steps` arrive as real objects and `minutes` as a number; no wrappers.
// One ref: the checklist's starting level, read from the element (its event tells of the person's changes only).
// The `--embrace-*` tokens theme every widget from `style` (typed by `@embracesexualwellness/widgets/jsx`).
import { useLayoutEffect, useRef, useState } from 'react';
import '@embracesexualwellness/widgets';
import type {
  ArticleCardClickDetail,
  CareChecklist,
  CareChecklistChangeDetail,
  ConsultCtaClickDetail,
  ConsultCtaLocationDetail,
  ImageryStep,
  ImageryTimerStepDetail
} from '@embracesexualwellness/widgets';

// Objects and arrays for properties live outside the component: an inline literal is a new value on every render,
// and React would set the property again each time (for `checked`, undoing what the person ticked).
const CTA_STRINGS = { label: 'Book a free call' };
const PRECHECKED = ['pain'];
/** The clinic's own short practice in place of the seven default steps: lengths by weight, the second one paced. */
const IMAGERY_STEPS: ImageryStep[] = [
  { title: 'Arrive', text: 'Settle where you are and let your shoulders drop.' },
  { title: 'Breathe slowly', text: 'Long, easy breaths, each out a little longer than in.', weight: 2, breath: true },
  { title: 'Come back', text: 'Open your eyes when you are ready.' }
];

export interface AppProps {
  /** The referral partner id the widgets put on the practice's links. */
  partner?: string;
}

export function App({ partner = 'react-clinic' }: AppProps) {
  const [location, setLocation] = useState<ConsultCtaLocationDetail | null>(null);
  const [booking, setBooking] = useState<ConsultCtaClickDetail | null>(null);
  const checklist = useRef<CareChecklist>(null);
  const [care, setCare] = useState<CareChecklistChangeDetail>({ level: 'none', count: 0 });
  const [article, setArticle] = useState<ArticleCardClickDetail | null>(null);
  const [step, setStep] = useState<ImageryTimerStepDetail | null>(null);

  // `care-checklist-change` fires when the person changes an answer, not for the boxes `checked` ticks: the element's
  // `level` (and `checked`) say where it starts. A layout effect reads them before the first paint.
  useLayoutEffect(() => {
    const { level, checked } = checklist.current!;
    setCare({ level, count: checked.length });
  }, []);

  return (
    <practice-provider
      partner={partner}
      campaign="react-example"
      phone="312-555-0142"
      states="IL, KS"
      style={{ '--embrace-accent': '#0b5d5b' }}
    >
      <main>
        <h1>embrace-widgets in React</h1>
        <consult-cta
          ask-location
          heading="Talk with us first"
          strings={CTA_STRINGS}
          onconsult-cta-location={(event) => setLocation(event.detail)}
          onconsult-cta-click={(event) => {
            event.preventDefault(); // the example stays on its page
            setBooking(event.detail);
          }}
        />
        <imagery-timer
          heading="A two-minute practice"
          minutes={2}
          breath-in={3}
          steps={IMAGERY_STEPS}
          onimagery-timer-step={(event) => setStep(event.detail)}
        />
        <care-checklist
          ref={checklist}
          heading="Is it time to see someone?"
          hide-emergency={false}
          checked={PRECHECKED}
          oncare-checklist-change={(event) => setCare(event.detail)}
        />
        <article-card
          slug="guided-imagery"
          layout="horizontal"
          recommended-by="Our clinic"
          onarticle-card-click={(event) => {
            event.preventDefault();
            setArticle(event.detail);
          }}
        />
        <output aria-live="polite" data-testid="events">
          <p data-testid="location">
            {location ? `${location.state}: ${location.served ? 'served' : 'not served'}` : '—'}
          </p>
          <p data-testid="booking">{booking ? booking.href : '—'}</p>
          <p data-testid="care">{`${care.level} (${care.count})`}</p>
          <p data-testid="article">{article ? article.slug : '—'}</p>
          <p data-testid="imagery-step">{step ? `${step.index}: ${step.title}` : '—'}</p>
        </output>
      </main>
    </practice-provider>
  );
}
