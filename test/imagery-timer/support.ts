// What the timer's tests share: reading its shadow tree as a person would (words, the live region, buttons by label).
import { expect } from '@open-wc/testing';
import type { ImageryTimer } from '../../src/classes.js';

export const $ = <T extends Element = HTMLElement>(el: ImageryTimer, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const words = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const status = (el: ImageryTimer) => words($(el, '[role="status"]'));
export const button = (el: ImageryTimer, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => words(b) === label) ?? null;
export const press = async (el: ImageryTimer, label: string) => {
  const b = button(el, label);
  expect(b, `a "${label}" button`).to.exist;
  b!.click();
  await el.updateComplete;
};
