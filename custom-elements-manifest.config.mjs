// `cem analyze` reads the JSDoc on each element class (@summary, @tag, @slot, @csspart, @cssprop, @fires) and the
// Lit decorators. The manifest drives Storybook's controls and API tables, so what isn't here isn't documented.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false
};
