// Stands in for `storybook/actions/decorator` when test/embed/snippets.test.ts imports the stories (see
// ../snippet-server.mjs): the test skips decorators, as the snippet panels do (`excludeDecorators`).
export function withActions(): never {
  throw new Error('withActions is not available outside Storybook (test/embed/snippets.test.ts)');
}
