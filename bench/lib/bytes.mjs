// 1. Bytes: our CDN bundle and each element alone against the floor (a bare custom element), Lit alone and the
// peers, all built by the same rollup + terser pipeline as our CDN bundle (scripts/size.mjs) and compressed the same
// way (gzip 9, brotli 11). Cal.com's embed.js is measured as npm ships it (already minified).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bundle, ELEMENT_ENTRIES, measure } from '../../scripts/size.mjs';

export const BUILD_DIR = 'bench/.build';

const PEERS = [
  { name: 'floor: bare custom element', entry: 'bench/entries/vanilla.js', file: 'vanilla.js' },
  { name: 'Lit alone (one LitElement)', entry: 'bench/entries/lit.js', file: 'lit.js' },
  { name: 'Shoelace sl-button', entry: 'bench/entries/shoelace-button.js', file: 'shoelace-button.js' },
  {
    name: 'Shoelace sl-card + sl-button + sl-checkbox',
    entry: 'bench/entries/shoelace-set.js',
    file: 'shoelace-set.js'
  },
  { name: 'Material Web md-filled-button', entry: 'bench/entries/material-button.js', file: 'material-button.js' }
];

/** Builds the peer bundles into bench/.build (the render benchmark loads them) and measures everything. */
export async function measureBytes() {
  mkdirSync(BUILD_DIR, { recursive: true });
  const rows = [
    { name: 'embrace-widgets CDN bundle (all elements)', ...measure(readFileSync('dist/cdn/embrace-widgets.js')) }
  ];
  for (const { name, input } of ELEMENT_ENTRIES) rows.push({ name: `${name} alone`, ...measure(await bundle(input)) });
  for (const peer of PEERS) {
    const code = await bundle(peer.entry, { strict: false });
    writeFileSync(`${BUILD_DIR}/${peer.file}`, code);
    rows.push({ name: peer.name, peer: true, ...measure(code) });
  }
  rows.push({
    name: 'Shoelace light theme CSS (needed with any sl-*)',
    peer: true,
    ...measure(readFileSync('node_modules/@shoelace-style/shoelace/dist/themes/light.css'))
  });
  rows.push({
    name: 'Cal.com embed.js (@calcom/embed-core)',
    peer: true,
    ...measure(readFileSync('node_modules/@calcom/embed-core/dist/embed/embed.js'))
  });
  const floor = rows.find((row) => row.name.startsWith('floor')).brotli;
  const lit = rows.find((row) => row.name.startsWith('Lit alone')).brotli;
  return rows.map((row) => ({ ...row, toFloor: row.brotli / floor, toLit: row.brotli / lit }));
}
