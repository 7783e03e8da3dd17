// React 19 renders every element of examples/react from JSX, in Debian's Chromium: attributes, properties, one
// custom event per widget through `on<event-name>` props, a provider prop change reaching the widgets, and unmount.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../examples/react/src/App.js';
import { expectConfigured, expectEventsReachTheFramework, upgraded } from './drive.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('React 19', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(async () => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root.render(<App partner="react-clinic" />));
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('renders every element with its attributes and properties', async () => {
    await expectConfigured(container, 'react-clinic');
  });

  it('hands each widget’s custom event to its on<event-name> prop', async () => {
    await expectEventsReachTheFramework(container, 'react-clinic');
  });

  it('a token set through `style` on <practice-provider> reaches every widget inside', async () => {
    const widgets = await upgraded(container);
    for (const [tag, el] of Object.entries(widgets)) {
      expect(getComputedStyle(el).getPropertyValue('--embrace-accent').trim(), tag).toBe('#0b5d5b');
    }
  });

  it('a changed prop on <practice-provider> reaches every widget inside', async () => {
    await act(async () => root.render(<App partner="another-clinic" />));
    const { 'article-card': card } = await upgraded(container);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).toContain('utm_source=another-clinic');
    await expectConfigured(container, 'another-clinic');
  });

  it('unmounting removes the elements without errors', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    act(() => root.unmount());
    root = createRoot(container); // afterEach unmounts again
    window.removeEventListener('error', onError);
    expect(container.querySelector('consult-cta')).toBeNull();
    expect(errors).toEqual([]);
  });
});
