// The results as Markdown: one table per benchmark, with the machine and browser on top.
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const ms = (n, digits = 2) => `${n.toFixed(digits)} ms`;
const x = (r) => (r ? `${r.r.toFixed(2)}× (${r.low.toFixed(2)}–${r.high.toFixed(2)})` : '');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)
  ].join('\n');

export function report(results) {
  const { machine } = results;
  const out = [
    '# embrace-widgets benchmarks',
    '',
    `${machine.date.slice(0, 10)} · ${machine.browser} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · ` +
      `Node ${machine.node} · ${machine.os}${machine.quick ? ' · **quick run: too few samples to quote**' : ''}`,
    '',
    'Reproduce with `npm run bench` (about 5 minutes). Ratios compare variants measured side by side in this one run;',
    'intervals are 95 % confidence intervals.',
    '',
    '## 1. Bytes',
    '',
    'Every bundle built by the same rollup + terser pipeline as our CDN file; gzip level 9, brotli quality 11.',
    '',
    table(
      ['bundle', 'raw', 'gzip', 'brotli', '× floor', '× Lit'],
      results.bytes.map((r) => [
        r.peer ? r.name : `**${r.name}**`,
        kb(r.raw),
        kb(r.gzip),
        kb(r.brotli),
        `${r.toFloor.toFixed(1)}×`,
        `${r.toLit.toFixed(2)}×`
      ])
    ),
    '',
    '## 2. Render',
    '',
    'Time from inserting N copies to all of them rendered, styled and laid out (a forced layout), in one page where',
    'every variant is loaded; variants and N interleaved in random order each round. The floor is the very markup and',
    'CSS the widget renders, as declarative shadow DOM built by the parser with no script.',
    ''
  ];
  for (const throttle of [1, 4]) {
    const rows = results.render.filter((r) => r.throttle === throttle);
    out.push(`### ${throttle === 1 ? 'No throttling' : '4× CPU throttling'} (${rows[0]?.n ?? 0} samples per cell)`, '');
    out.push(
      table(
        ['element', 'variant', 'N', 'mean (95 % CI)', 'per element', '× floor', '× Shoelace'],
        rows.map((r) => [
          r.element,
          r.variant,
          r.count,
          `${ms(r.mean)} (±${r.half.toFixed(2)})`,
          ms(r.perElement, 3),
          x(r.toFloor),
          x(r.toShoelace)
        ])
      ),
      ''
    );
  }
  out.push(
    '## 3. Host page',
    '',
    "The practice's article page (static copy in `bench/pages/`) without and with all four widgets; Lighthouse 12.2.3,",
    'mobile emulation with simulated throttling; medians.',
    '',
    table(
      ['page', 'runs', 'TBT', 'CLS (max)', 'LCP', 'FCP', 'bytes', 'score'],
      results.hostPage.map((r) => [
        r.name,
        r.runs,
        ms(r.tbt, 0),
        `${r.cls.toFixed(3)} (${r.clsMax.toFixed(3)})`,
        ms(r.lcp, 0),
        ms(r.fcp, 0),
        kb(r.bytes),
        Math.round(r.score * 100)
      ])
    ),
    '',
    '## 4. Timer accuracy',
    '',
    '`<imagery-timer>` is not on `main`: issue 4 is blocked on the bundle-size budget, so there is nothing to measure',
    'against a naive `setInterval` timer yet. The harness belongs with the element when it lands.',
    '',
    '## 5. Interaction and idle cost',
    '',
    'Click (from script) to the next frame: a requestAnimationFrame and a task queued from it. "Over 50 ms": samples',
    'whose click-to-frame took longer than a long task.',
    '',
    table(
      ['interaction', 'variant', 'CPU', 'mean (95 % CI)', 'median', '× floor', 'over 50 ms'],
      results.interaction.map((r) => [
        r.what,
        r.variant,
        r.throttle === 1 ? '1×' : '4×',
        `${ms(r.mean)} (±${r.half.toFixed(2)})`,
        ms(r.median),
        x(r.toFloor),
        `${r.over50} of ${r.n}`
      ])
    ),
    '',
    'Idle: main-thread task time while the page sits still (after its first second), DevTools Performance metrics.',
    '',
    table(
      ['page', 'main-thread time per minute', 'tasks > 50 ms', 'seconds observed'],
      results.idle.map((r) => [r.name, ms(r.msPerMinute, 1), r.longTasks, r.seconds.toFixed(0)])
    ),
    '',
    '## 6. Memory',
    '',
    'Each element created, rendered and removed one at a time, after 100 warm-up cycles; heap after two forced',
    'garbage collections. "Left behind": listeners on window/document and pending timeouts, intervals and animation',
    'frames, counted by `bench/pages/instrument.js`.',
    '',
    table(
      [
        'element',
        'cycles',
        'heap before',
        'heap after',
        'delta',
        'per cycle',
        'left behind (listeners / timeouts / intervals / frames)'
      ],
      results.memory.map((r) => [
        r.tag,
        r.cycles,
        kb(r.before),
        kb(r.after),
        `${(r.delta / 1024).toFixed(1)} KB`,
        `${(r.delta / r.cycles).toFixed(0)} B`,
        `${r.leftAfter.listeners} / ${r.leftAfter.timeouts} / ${r.leftAfter.intervals} / ${r.leftAfter.frames} ` +
          `(before: ${r.leftBefore.listeners} / ${r.leftBefore.timeouts} / ${r.leftBefore.intervals} / ${r.leftBefore.frames})`
      ])
    ),
    '',
    `Total run time: ${machine.minutes.toFixed(1)} minutes.`,
    ''
  );
  return out.join('\n');
}
