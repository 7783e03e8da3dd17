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
    'Reproduce with `npm run bench` (about 20 minutes). Ratios compare variants measured side by side in this one run;',
    'intervals are 95 % confidence intervals.',
    '',
    ...(machine.merged ?? []).flatMap((m) => [
      `${m.sections.length > 1 ? 'Sections' : 'Section'} ${m.sections.join(', ')} ${m.sections.length > 1 ? 'come' : 'comes'} ` +
        `from a later run on ${m.date.slice(0, 10)} (${m.browser}, ${m.minutes.toFixed(1)} minutes), merged in with ` +
        `\`--only ${m.sections.join(',')} --merge\`.`,
      ''
    ]),
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
    ...pageCostSection(results),
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
  out.push(...coldSection(results));
  out.push(
    '## 3. Host page',
    '',
    "The practice's article page (static copy in `bench/pages/`) without widgets, with all five through `loader.js`",
    'and with all five from the all-in-one file; Lighthouse 12.2.3, mobile emulation with simulated throttling',
    '(4× CPU); medians. "Longest task": the longest main-thread task of the median run as observed in its trace',
    '(Lighthouse simulates it 4× longer: 12.5 ms observed is the 50 ms line), when it started and what took longest',
    'inside it; "after FCP": the same for the longest task after first contentful paint, the only ones TBT counts.',
    '',
    table(
      ['page', 'runs', 'TBT (max)', 'CLS (max)', 'LCP', 'FCP', 'bytes', 'score', 'longest task', 'after FCP'],
      results.hostPage.map((r) => [
        r.name,
        r.runs,
        `${ms(r.tbt, 0)} (${ms(r.tbtMax ?? r.tbt, 0)})`,
        `${r.cls.toFixed(3)} (${r.clsMax.toFixed(3)})`,
        ms(r.lcp, 0),
        ms(r.fcp, 0),
        kb(r.bytes),
        Math.round(r.score * 100),
        task(r.longest),
        task(r.longest?.afterFcp)
      ])
    ),
    '',
    ...timerSection(results),
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

/** A longest task for the host-page table: "14.2 ms at 812 ms (before FCP): Layout 9.1 ms, …". */
const task = (t) =>
  t?.ms ? `${ms(t.ms, 1)} at ${ms(t.at, 0)}${t.beforeFcp ? ' (before FCP)' : ''}: ${t.parts.join(', ')}` : '–';

/** 1b. What a page with one element fetches through a loader, ours and Shoelace's. */
function pageCostSection(results) {
  if (!results.pageCost?.length) return [];
  return [
    '### 1b. Page cost through a loader',
    '',
    'A page holding one element (or two or three) and a loader, opened in Chromium: every script it fetched, as',
    'recorded from the network, compressed here the same way (brotli 11). "Before issue 29": the same page on',
    'fd5e14b, in bytes. Shoelace 2.20.1: its autoloader and `sl-card`, rebuilt from its published modules by the same',
    'code-splitting rollup + terser pipeline (its theme CSS, also needed, is in the bytes table).',
    '',
    table(
      ['page', 'requests', 'raw', 'gzip', 'brotli', 'before issue 29 → now (B)', 'files (brotli KB)'],
      results.pageCost.map((r) => [
        r.peer ? r.name : `**${r.name}**`,
        r.requests,
        kb(r.raw),
        kb(r.gzip),
        kb(r.brotli),
        r.before
          ? `${r.before.toLocaleString('en-US')} → ${r.brotli.toLocaleString('en-US')} (${r.brotli - r.before > 0 ? '+' : r.brotli < r.before ? '−' : '±'}${Math.abs(r.brotli - r.before).toLocaleString('en-US')})`
          : '',
        r.files.join(', ')
      ])
    ),
    ''
  ];
}

/** 2b. Cold pages. */
function coldSection(results) {
  if (!results.cold) return [];
  const { rows, profiles } = results.cold;
  const part = (measure) =>
    table(
      ['element', 'variant', 'N', 'mean (95 % CI)', 'median', 'per element', '× floor', '× peer'],
      rows
        .filter((r) => r.measure === measure)
        .map((r) => [
          r.element,
          r.variant === 'floor' ? r.variant : `**${r.variant}**`,
          r.count,
          `${ms(r.mean)} (±${r.half.toFixed(2)})`,
          ms(r.median),
          ms(r.mean / r.count, 3),
          x(r.toFloor),
          r.toOther == null ? '' : `${r.toOther.toFixed(2)}×`
        ])
    );
  const out = [
    '### 2b. Cold pages',
    '',
    'Every sample is a fresh browser context (empty caches, no template prepared, no stylesheet parsed) opening one',
    `page; variants and N in random order each round; ${rows[0]?.n ?? 0} samples per cell, no throttling.`,
    '',
    "**Instances on a cold page.** The element's own file (`dist/cdn/<tag>.js`) has defined the tag and nothing else",
    'has happened; N copies are inserted and timed until all are rendered, styled and laid out. The floor: the same',
    'markup and CSS as declarative shadow DOM (`setHTMLUnsafe`) in its own fresh page. Goal: within 1.3× the floor.',
    "Shoelace: the render benchmark's composition (sl-card and its sl-button, light theme) on its own cold page;",
    '"× peer" is ours over it, the median of the per-round ratios.',
    '',
    part('instances'),
    '',
    '**Page load.** A page holding N copies, from navigation start until every copy is rendered and laid out: the',
    'floor (the same declarative shadow DOM in the HTML), the one-line loader (two round trips: the loader, then the',
    "element's file and its shared chunks together) and the all-in-one file (one round trip, all five elements).",
    "Two deliveries that are not shipped say where the loader's time goes: **loader, preloaded** (the page also has a",
    '`<link rel="modulepreload">` for every file the loader asks for, so nothing is left to fetch when it runs) and',
    '**loader, one file** (the same loader asking for the element as one self-contained file, Lit inside, instead of',
    'its file and the shared ones; `npm run size -- --split`). "× peer" is each loader variant over the all-in-one',
    'file, the median of the per-round ratios (goal for the loader: within 1.1×).',
    '',
    part('page load'),
    '',
    'Where the time of "instances on a cold page" with N = 100 goes (one CPU profile each, self time by function,',
    'mapped through the source maps; "(program)" is the browser\'s own work: style, layout, parsing):',
    ''
  ];
  for (const [tag, profile] of Object.entries(profiles))
    out.push(
      `- **${tag}** (${ms(profile.totalMs, 0)} profiled): ` +
        profile.top.map((f) => `${f.name.replace(/\|/g, '/')} ${ms(f.ms, 1)}`).join('; ')
    );
  out.push('');
  return out;
}

const seconds = (n, digits = 2) => (n == null ? '–' : `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(digits)} s`);
const mmss = (s) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

/** 4. The imagery timer: main-thread cost (4a) and accuracy with the page hidden (4b). */
function timerSection(results) {
  const cpu = results.timerCpu ?? [];
  const accuracy = results.timerAccuracy;
  const out = ['## 4. Imagery timer', ''];
  out.push('### 4a. Main-thread cost while it runs', '');
  if (!cpu.length) out.push('Not measured in this run (`--only timer-cpu` measures it alone).', '');
  else {
    const floor = cpu.find((r) => r.name.startsWith('floor'));
    const sources = (r) =>
      r.taskSources.map((t) => `${t.source.replace(/^\S+ /, '')} ${t.perSecond.toFixed(1)}/s`).join(', ');
    out.push(
      '`<imagery-timer minutes="10">` started with `start()` and moved on with `next()`, against the idle page, a bare',
      '1 Hz `setTimeout` loop and the floor: a bare custom element (no Lit) that rewrites one text node in its shadow',
      `root once a second. Each variant alone in a fresh, visible page (800 × 900), one page at a time, in random order;`,
      `${cpu[0].windows} window(s) of ${(cpu[0].seconds / cpu[0].windows).toFixed(0)} s each after 2 s to settle.`,
      'Main-thread task time from DevTools Performance metrics (`TaskDuration`, less our own DevTools commands), per',
      'minute of real time; script, style and layout from the same metrics, paint (PrePaint, Paint, Layerize) from a',
      'light trace kept on in every window, "other" the rest; "Paint events" counts one per layer painted. Goals: at',
      'most 1.2× the floor, and no task over 50 ms. One window per variant is one sample: compare runs for the spread.',
      '',
      table(
        [
          'variant',
          'main thread per minute',
          '× floor',
          'script',
          'style',
          'layout',
          'paint',
          'other',
          'Paint events per minute',
          'tasks > 50 ms'
        ],
        cpu.map((r) => [
          r.ours ? `**${r.name}**` : r.name,
          ms(r.msPerMinute, 1),
          r === floor ? '1.00×' : `${r.toFloor.toFixed(2)}×`,
          ms(r.script, 1),
          ms(r.style, 1),
          ms(r.layout, 1),
          ms(r.paint, 1),
          ms(r.other, 1),
          r.paintEvents.toFixed(0),
          r.longTasks
        ])
      ),
      '',
      'Where the main-thread tasks came from (a separate short trace after each window, by the code that posted them):',
      '',
      ...cpu.map((r) => `- ${r.name}: ${sources(r) || 'nothing'}`),
      ''
    );
    for (const r of cpu.filter((row) => row.ours)) {
      const composited = r.animations.filter((a) => a.composited);
      const failed = r.animations.filter((a) => !a.composited);
      out.push(
        `${r.name}: step index ${r.setup?.stepIndex}, ${r.animations.length} animation(s) ` +
          `(${r.animations.map((a) => a.node.replace(/^SPAN class='(.*)'$/, '.$1')).join(', ')}); ` +
          (failed.length
            ? `**not composited: ${failed.map((a) => `${a.node} (${a.reasons.join(', ')})`).join('; ')}**.`
            : `all ${composited.length} on the compositor (Blink traced no \`compositeFailed\`).`),
        ''
      );
    }
    const top = cpu.find((r) => r.ours)?.taskSources[0];
    if (top?.source.includes('DidPresentCompositorFrame')) {
      out.push(
        `Most of our time is "other": \`${top.source.replace(/^\S+ /, '')}\` tasks, about ${top.perSecond.toFixed(0)} a second.`,
        'The compositor tells the main thread about every frame it presents. The step bar and the pacer move in',
        '`steps()` (four a second for the bar, about twelve for the orb and its words), so a frame is made only when',
        'something moved; a gliding 60 fps bar would send 60 a second and cost about as much as the floor. No script,',
        'style, layout or paint runs for these frames; our own script runs only at a step change and at each',
        'half-minute text change.',
        ''
      );
    }
  }

  out.push('### 4b. Accuracy with the page hidden', '');
  if (!accuracy) {
    out.push('Not measured in this run (`--only timer-accuracy` measures it alone).', '');
    return out;
  }
  out.push(
    '`<imagery-timer>` and a naive countdown (`setInterval(…, 1000)` decrementing a counter) started in the same task',
    'on the same page; end error = when each said it was done minus the true end (`Date.now()` at start + the',
    "session's length). The scenarios run at the same time, each in its own window of one headless Chromium",
    `${accuracy.browser} started by the harness with this project's flags only (\`${accuracy.flags.join(' ')}\`), so`,
    "background throttling is Chromium's own (Playwright's launch turns it off and keeps every page visible). Hiding",
    'is a second tab brought to the front in the same window; the page recorded `document.visibilityState` each time.',
    'Hidden timers run at most once a second, and after a minute hidden (a loaded page) at most once a minute. "No',
    'JavaScript" is CDP `Debugger.pause` for that long on a visible page: no task runs while both clocks keep going, as',
    'after a sleep (a real suspend may also stop the monotonic clock, which this does not model). A naive countdown',
    'that has not finished is projected: what it still had to count, one second per second from the end of the run.',
    '"Right after": from the tab coming to the front (or the page let run again) to the first frame showing the right',
    'step; "page told" is Chromium\'s part of it, until the page\'s `visibilitychange` (or its first task) ran.',
    '',
    table(
      [
        'scenario',
        'session',
        'hidden / paused',
        'ours: end error',
        '`complete` events',
        'naive: end error',
        'first frame after: step shown (expected)',
        'right after',
        'ours: remaining error',
        'naive behind then',
        'visibility seen'
      ],
      accuracy.scenarios.map((r) => {
        const f = r.firstFrame;
        const when = r.paused
          ? `no JS ${mmss(r.paused.from)}–${mmss(r.paused.from + r.paused.seconds)}`
          : r.hideAt != null
            ? `hidden ${mmss(r.hideAt)}–${mmss(r.showAt)}`
            : '';
        const naive =
          r.naive.endError != null
            ? seconds(r.naive.endError, 1)
            : `${seconds(r.naive.projectedEndError, 0)} (projected: showed ${r.naive.shownAtObservation} at the end)`;
        return [
          r.name,
          `${r.minutes} min`,
          when,
          `${seconds(r.ours.endError)}${r.ours.endedWhileHidden ? ' (while hidden)' : ''}`,
          r.ours.completeEvents,
          naive,
          f
            ? `${f.state === 'complete' ? 'complete' : `step ${f.stepIndex + 1}`} (${f.expectedIndex == null ? 'complete' : `step ${f.expectedIndex + 1}`})` +
              `${f.welcomeBack ? ', with "welcome back"' : ''}`
            : '–',
          f
            ? f.rightAfterMs == null
              ? 'not within 5 s'
              : `${f.rightAfterBackMs ?? f.rightAfterMs} ms (page told: ${f.rightAfterBackMs == null ? '?' : f.rightAfterBackMs - f.rightAfterMs} ms)`
            : '–',
          f ? seconds(f.remainingError, 3) : '–',
          f ? seconds(f.naiveBehind, 0) : '–',
          [r.seen.atStart, r.seen.whenHidden, r.seen.whenShown].filter(Boolean).join(' → ')
        ];
      })
    ),
    ''
  );
  return out;
}
