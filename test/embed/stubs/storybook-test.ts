// Stands in for `storybook/test` when test/embed/snippets.test.ts imports the stories (see ../snippet-server.mjs):
// the test renders stories and never runs a play function, so any use of these is a mistake and throws.
const unavailable = (name: string) => () => {
  throw new Error(`storybook/test's ${name} is not available outside Storybook (test/embed/snippets.test.ts)`);
};

export const expect = unavailable('expect');
export const waitFor = unavailable('waitFor');
export const fn = unavailable('fn');
export const within = unavailable('within');
export const userEvent = new Proxy({}, { get: (_target, key) => unavailable(`userEvent.${String(key)}`) });
