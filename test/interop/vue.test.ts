// Vue 3 renders every element of examples/vue (with `isCustomElement` from examples/vite.config.ts), in Debian's
// Chromium: attributes, `.prop` bindings, one custom event per widget through `@event-name`, a provider prop change
// reaching the widgets, and unmount.
import { createApp, h, nextTick, ref, type App as VueApp } from 'vue';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../examples/vue/src/App.vue';
import { expectConfigured, expectEventsReachTheFramework, upgraded } from './drive.js';

describe('Vue 3', () => {
  let container: HTMLElement;
  let app: VueApp;
  const partner = ref('vue-clinic');

  beforeEach(async () => {
    partner.value = 'vue-clinic';
    container = document.createElement('div');
    document.body.append(container);
    app = createApp({ render: () => h(App, { partner: partner.value }) });
    app.config.warnHandler = (message) => {
      throw new Error(`Vue warned: ${message}`); // e.g. "Failed to resolve component": isCustomElement missing
    };
    app.mount(container);
    await nextTick();
  });

  afterEach(() => {
    app.unmount();
    container.remove();
  });

  it('renders every element with its attributes and properties', async () => {
    await expectConfigured(container, 'vue-clinic');
  });

  it('hands each widget’s custom event to its @event-name listener', async () => {
    await expectEventsReachTheFramework(container, 'vue-clinic');
  });

  it('a changed prop on <practice-provider> reaches every widget inside', async () => {
    partner.value = 'another-clinic';
    await nextTick();
    const { 'article-card': card } = await upgraded(container);
    await card.updateComplete;
    await expectConfigured(container, 'another-clinic');
  });

  it('unmounting removes the elements without errors', async () => {
    app.unmount();
    app = createApp({ render: () => null });
    app.mount(container);
    expect(container.querySelector('consult-cta')).toBeNull();
  });
});
