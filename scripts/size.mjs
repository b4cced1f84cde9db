#!/usr/bin/env node
// Prints the gzip size of what the first page loads, of each route on arrival, and of each lazy
// chunk in dist/. With --check, fails when a budget is exceeded (first-load JS 125 KB, a route
// 150 KB, a lazy chunk 60 KB).
import { budgetFailures, budgets, bundleReport, kb } from './bundle-report.mjs';

const report = bundleReport();
console.log('First page (gzip):');
for (const f of report.firstLoad.files) console.log(`  ${f}`);
console.log(
  `  JavaScript ${kb(report.firstLoad.js)} (budget ${kb(budgets.firstLoadJs)}), CSS ${kb(report.firstLoad.css)}, index.html ${kb(report.firstLoad.html)} (the prerendered start page, with the CSS inline)`,
);
console.log(`Each route on arrival, in Swedish (gzip JS, budget ${kb(budgets.route)}):`);
for (const r of report.routes)
  console.log(`  ${r.route.padEnd(36)} ${kb(r.js).padStart(9)}   CSS ${kb(r.css)}`);
console.log(
  `Lazy chunks (gzip), ${report.lazy.length} in all; the ten largest (budget ${kb(budgets.lazyChunk)}):`,
);
for (const c of report.lazy.slice(0, 10))
  console.log(`  ${c.file.padEnd(52)} ${kb(c.size).padStart(9)}`);
console.log(
  `Course content: Swedish ${kb(report.content.sv)}, English ${kb(report.content.en)} (gzip, all chunks)`,
);

if (process.argv.includes('--check')) {
  const failures = budgetFailures(report);
  if (failures.length > 0) {
    console.error(`Size budget exceeded:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Size budgets: OK');
}
