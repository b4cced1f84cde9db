#!/usr/bin/env node
// `npm run bench`: builds for production, measures bundle sizes, measures the start page side by side
// with a floor app of the mandated libraries (scripts/side-by-side.mjs), runs Lighthouse (mobile
// preset, Debian's Chromium, a Swedish browser) on the start page and a lesson, prints one table and
// writes docs/performance.md. With --check (CI), the side-by-side measure is left out (it takes
// minutes) and its last figures are kept; Lighthouse accessibility must be 100.
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { budgets, bundleReport, kb } from './bundle-report.mjs';
import { sideBySide } from './side-by-side.mjs';

const port = 4175;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Pages measured for performance (mobile) and accessibility. */
const pages = {
  'start page': '/',
  lesson: '/modules/what-is-corruption/lessons/definition',
};
/** More main routes, measured for accessibility only. */
const accessibilityPages = {
  quiz: '/modules/what-is-corruption/quiz',
  dilemma: '/modules/what-is-corruption/scenarios/friend-consultant',
  progress: '/progress',
  'self-check': '/self-check',
  trainer: '/trainer',
  about: '/about',
};

if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
const report = bundleReport();
const check = process.argv.includes('--check');

/** The side-by-side rows: measured now, or (with --check) kept from the last docs/performance.md. */
const SIDE_BY_SIDE = /^\| (side by side|usable)/;
let sideBySideRows;
let sideBySideResult;
if (check) {
  const previous = existsSync('docs/performance.md')
    ? readFileSync('docs/performance.md', 'utf8').split('\n')
    : [];
  sideBySideRows = previous.filter((line) => SIDE_BY_SIDE.test(line));
} else {
  console.log('Side by side with the floor app (4× CPU slowdown, fast 3G, five rounds):');
  sideBySideResult = await sideBySide({ chromePath });
  const ms = (value) => `${Math.round(value).toLocaleString('en-GB')} ms`;
  sideBySideRows = [
    `| usable, floor app of the mandated libraries (${kb(sideBySideResult.floorJs)} JS; median of 5) | ${ms(sideBySideResult.floor)} |`,
    `| usable, start page (median of 5) | ${ms(sideBySideResult.ours)} |`,
    `| side by side: start page ÷ floor (target ≤ 0.5) | ${sideBySideResult.ratio.toFixed(2)} |`,
  ];
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
await waitFor(`http://127.0.0.1:${port}/`);

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    // A Swedish browser: a first visit follows the browser's language, and the start page
    // prerendered into index.html is the Swedish one.
    '--lang=sv-SE',
    '--accept-lang=sv-SE',
  ],
});
const lighthouseResults = {};
const accessibilityResults = {};
try {
  for (const [name, path] of Object.entries(accessibilityPages)) {
    const result = await lighthouse(
      `http://127.0.0.1:${port}/#${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] },
      undefined,
    );
    accessibilityResults[name] = Math.round(result.lhr.categories.accessibility.score * 100);
  }
  for (const [name, path] of Object.entries(pages)) {
    const result = await lighthouse(
      `http://127.0.0.1:${port}/#${path}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      undefined,
    );
    const lhr = result.lhr;
    lighthouseResults[name] = {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      lcp: lhr.audits['largest-contentful-paint'].numericValue / 1000,
      tbt: lhr.audits['total-blocking-time'].numericValue,
    };
  }
} finally {
  await chrome.kill();
  process.kill(-server.pid);
}

const lines = [
  '| what | figure |',
  '| --- | --- |',
  `| first-load JS (gzip) | ${kb(report.firstLoad.js)} (budget ${kb(budgets.firstLoadJs)}) |`,
  `| first-load CSS (gzip) | ${kb(report.firstLoad.css)} (inline in index.html) |`,
  `| index.html with the prerendered start page (gzip) | ${kb(report.firstLoad.html)} |`,
  ...report.routes.map(
    (r) => `| route ${r.route}: JS / CSS on arrival (gzip) | ${kb(r.js)} / ${kb(r.css)} |`,
  ),
  `| largest lazy chunk (gzip) | ${kb(report.lazy[0].size)} (${report.lazy[0].file}; budget ${kb(budgets.lazyChunk)}) |`,
  `| course content, Swedish (gzip, all modules) | ${kb(report.content.sv)} |`,
  `| course content, English (gzip, all modules) | ${kb(report.content.en)} |`,
  ...sideBySideRows,
  ...Object.entries(lighthouseResults).flatMap(([name, r]) => [
    `| Lighthouse performance, ${name} (mobile) | ${r.performance} |`,
    `| Lighthouse accessibility, ${name} | ${r.accessibility} |`,
    `| LCP, ${name} (mobile) | ${r.lcp.toFixed(2)} s |`,
    `| total blocking time, ${name} (mobile) | ${Math.round(r.tbt)} ms |`,
  ]),
  ...Object.entries(accessibilityResults).map(
    ([name, score]) => `| Lighthouse accessibility, ${name} | ${score} |`,
  ),
];
const table = lines.join('\n');
console.log(table);
writeFileSync(
  'docs/performance.md',
  `# Performance\n\nGenerated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Lighthouse mobile preset, Debian's Chromium in Swedish, \`vite preview\` on this machine; the side-by-side figures from a static server with gzip, 4× CPU slowdown and fast 3G, \`scripts/side-by-side.mjs\`). Do not edit by hand.\n\n${table}\n\nBudgets enforced in CI (\`npm run size -- --check\`): first-load JS ${kb(budgets.firstLoadJs)}, any route ${kb(budgets.route)}, any lazy chunk ${kb(budgets.lazyChunk)}. Timings are reported, not enforced.\n`,
);
console.log('\nWrote docs/performance.md');
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench.json',
  JSON.stringify(
    {
      bundle: report,
      sideBySide: sideBySideResult,
      lighthouse: lighthouseResults,
      accessibility: accessibilityResults,
    },
    null,
    2,
  ),
);

// --check: accessibility must be 100 everywhere; timings are reported, never enforced.
const accessibilityScores = [
  ...Object.values(lighthouseResults).map((r) => r.accessibility),
  ...Object.values(accessibilityResults),
];
if (check && accessibilityScores.some((score) => score < 100)) {
  console.error('Lighthouse accessibility is below 100 on a main route.');
  process.exit(1);
}
process.exit(0);

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}
