#!/usr/bin/env node
// Writes docs/quality.md from what the last check run measured: the unit and e2e reports
// (reports/unit.json, reports/e2e.json), the bundle, Lighthouse (reports/bench.json), the storage
// fixtures, the property-based tests and npm audit. Run by scripts/check-all.sh; never typed by hand.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleReport, kb } from './bundle-report.mjs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
const bench = read('reports/bench.json');
const bundle = bundleReport();

// Every e2e test, flattened, with its title and annotations.
const e2eTests = [];
const walk = (suite, titles = []) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      e2eTests.push({
        title: [...titles, spec.title].join(' › '),
        // Flaky: failed, then passed on CI's one retry (playwright.config.ts); listed below by name.
        ok: test.status === 'expected' || test.status === 'flaky',
        flaky: test.status === 'flaky',
        annotations: test.annotations ?? [],
      });
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...titles, child.title].filter(Boolean));
};
for (const suite of e2e?.suites ?? []) walk(suite);

const axeRoutes = new Set(
  e2eTests.map((t) => /no axe violations on (\S+) \((sv|en)\)/.exec(t.title)?.[1]).filter(Boolean),
);
const axeStates = new Set(
  e2eTests
    .map((t) => /no axe violations in state: (.+) \((sv|en)\)/.exec(t.title)?.[1])
    .filter(Boolean),
);
const axeTests = e2eTests.filter((t) => /axe violations/.test(t.title));
const axeFailures = axeTests.filter((t) => !t.ok).length;
const keyboardSteps = e2eTests
  .flatMap((t) => t.annotations)
  .find((a) => a.type === 'keyboard-steps')?.description;

const fixtures = readdirSync('tests/fixtures/storage').filter((f) => /^v\d+\.json$/.test(f));

// Property-based test cases: each fc.assert runs numRuns cases (fast-check's default is 100).
const propertyFiles = [];
const collect = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) collect(path);
    else if (/\.test\.tsx?$/.test(entry.name)) propertyFiles.push(path);
  }
};
collect('tests/unit');
let fuzzCases = 0;
let properties = 0;
for (const file of propertyFiles) {
  const text = readFileSync(file, 'utf8');
  const asserts = (text.match(/fc\.assert\(/g) ?? []).length;
  if (asserts === 0) continue;
  properties += asserts;
  const constants = Object.fromEntries(
    [...text.matchAll(/(\w+):\s*(\d[\d_]*)/g)].map((m) => [m[1], Number(m[2].replaceAll('_', ''))]),
  );
  const runs = [...text.matchAll(/numRuns:\s*([\w.]+)/g)].map((m) => {
    const value = m[1];
    return /^\d+$/.test(value) ? Number(value) : (constants[value.split('.').pop()] ?? 100);
  });
  fuzzCases += runs.reduce((a, b) => a + b, 0) + Math.max(0, asserts - runs.length) * 100;
}

let audit;
try {
  const out = execSync('npm audit --omit=dev --json', {
    stdio: ['ignore', 'pipe', 'ignore'],
  }).toString();
  const counts = JSON.parse(out).metadata?.vulnerabilities ?? {};
  audit = `${counts.high ?? 0} high, ${counts.critical ?? 0} critical`;
} catch (error) {
  const out = error.stdout?.toString() ?? '';
  try {
    const parsed = JSON.parse(out);
    const counts = parsed.metadata?.vulnerabilities;
    audit = counts
      ? `${counts.high ?? 0} high, ${counts.critical ?? 0} critical`
      : `not available: the registry's audit service refused the request${/\b(\d{3})\b/.exec(parsed.message ?? '')?.[1] ? ` (HTTP ${/\b(\d{3})\b/.exec(parsed.message)[1]})` : ''}`;
  } catch {
    audit = 'not available: the registry here does not offer the audit service';
  }
}

const lh = bench?.lighthouse ?? {};
const rows = [
  [
    'unit, component and content tests',
    unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'not run',
  ],
  [
    'end-to-end tests in Chromium',
    e2e
      ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.flaky} flaky`
      : 'not run',
  ],
  [
    'axe-core violations (any impact)',
    e2e ? String(axeFailures === 0 ? 0 : `${axeFailures} failing sweeps`) : 'not run',
  ],
  ['routes swept by axe, in Swedish and English', String(axeRoutes.size)],
  [
    'states inside pages swept by axe (feedback, results, dilemma steps and endings, dialogs, trainer views)',
    String(axeStates.size),
  ],
  ['axe sweeps run (routes and states × languages, plus journeys)', String(axeTests.length)],
  ['keyboard-only journey: steps with focus asserted', keyboardSteps ?? 'not run'],
  ['first-load JS (gzip)', kb(bundle.firstLoad.js)],
  ['first-load CSS (gzip)', kb(bundle.firstLoad.css)],
  [
    'heaviest route on arrival (gzip JS)',
    (() => {
      const r = [...bundle.routes].sort((a, b) => b.js - a.js)[0];
      return `${r.route}: ${kb(r.js)}`;
    })(),
  ],
  [
    'largest lazy chunk (gzip)',
    `${kb(bundle.lazy[0].size)} (${bundle.lazy[0].file.replace(/-[\w-]{8}\.js$/, '')})`,
  ],
  ...Object.entries(lh).flatMap(([page, r]) => [
    [`Lighthouse performance, ${page} (mobile)`, String(r.performance)],
    [`LCP, ${page} (mobile, simulated)`, `${r.lcp.toFixed(2)} s`],
    [`total blocking time, ${page}`, `${Math.round(r.tbt)} ms`],
  ]),
  [
    'Lighthouse accessibility, main routes',
    bench
      ? [
          ...Object.entries(lh).map(([p, r]) => `${p} ${r.accessibility}`),
          ...Object.entries(bench.accessibility).map(([p, s]) => `${p} ${s}`),
        ].join(', ')
      : 'not run',
  ],
  [
    'stored-state fixtures migrated to today without loss',
    `${fixtures.length} (${fixtures.join(', ')})`,
  ],
  ['property-based (fast-check) properties', String(properties)],
  ['fuzz cases run per test run', String(fuzzCases)],
  ['npm audit --omit=dev', audit],
];

// The figures the accessibility statement (#/accessibility) quotes, and the day they were measured.
// Written only after a run that had both the e2e and the Lighthouse report, so a partial run never
// dates the statement with figures it did not measure.
if (e2e && bench) {
  const reflowRoutes = e2eTests.filter((t) => /reflows at 320 px/.test(t.title) && t.ok).length;
  const checks = {
    checkedOn: new Date().toISOString().slice(0, 10),
    axeViolations: axeFailures,
    axeRoutes: axeRoutes.size,
    axeStates: axeStates.size,
    keyboardSteps: Number(keyboardSteps ?? 0),
    reflowRoutes,
    lighthouseAccessibility: Object.fromEntries([
      ...Object.entries(lh).map(([p, r]) => [p, r.accessibility]),
      ...Object.entries(bench.accessibility ?? {}),
    ]),
  };
  writeFileSync('src/config/accessibility-checks.json', `${JSON.stringify(checks, null, 2)}\n`);
}

const flaky = e2eTests.filter((t) => t.flaky).map((t) => `- ${t.title}`);
const flakyList = e2e
  ? `\n\nEnd-to-end tests that failed once and passed on the retry: ${flaky.length === 0 ? 'none.' : `\n\n${flaky.join('\n')}`}`
  : '';

const table = [
  '| check | figure |',
  '| --- | --- |',
  ...rows.map(([k, v]) => `| ${k} | ${v} |`),
].join('\n');
writeFileSync(
  'docs/quality.md',
  `# Quality figures\n\nGenerated by \`scripts/quality-report.mjs\` at the end of \`npm run check\` on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand: run \`npm run check\` to regenerate.\n\n${table}${flakyList}\n\nRuntime dependencies and their licences: \`npm run licences\`. Performance details: [performance.md](performance.md).\n`,
);
console.log(table);
