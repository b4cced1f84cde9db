#!/usr/bin/env node
// Prints the gzip size of what the first page loads and of each lazy chunk in dist/.
// With --check, fails when a budget is exceeded (first-load JS 125 KB, a lazy chunk 60 KB).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const budgets = { firstLoadJs: 125 * 1024, lazyChunk: 60 * 1024 };
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No dist/index.html: run `npm run build` first.');
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);
const initialJs = initial.filter((f) => f.endsWith('.js'));
const initialCss = initial.filter((f) => f.endsWith('.css'));
const lazy = readdirSync(join(dist, 'assets'))
  .map((f) => `assets/${f}`)
  .filter((f) => f.endsWith('.js') && !initialJs.includes(f))
  .map((f) => ({ file: f, size: gz(f) }))
  .sort((a, b) => b.size - a.size);

const firstJs = initialJs.reduce((sum, f) => sum + gz(f), 0);
const firstCss = initialCss.reduce((sum, f) => sum + gz(f), 0);

console.log('First page (gzip):');
for (const f of initial) console.log(`  ${f.padEnd(44)} ${kb(gz(f)).padStart(9)}`);
console.log(
  `  ${'JavaScript in all'.padEnd(44)} ${kb(firstJs).padStart(9)}  (budget ${kb(budgets.firstLoadJs)})`,
);
console.log(`  ${'CSS in all'.padEnd(44)} ${kb(firstCss).padStart(9)}`);
console.log(`Lazy chunks (gzip), ${lazy.length} in all, largest first:`);
for (const { file, size } of lazy) console.log(`  ${file.padEnd(44)} ${kb(size).padStart(9)}`);

if (process.argv.includes('--check')) {
  const failures = [];
  if (firstJs > budgets.firstLoadJs)
    failures.push(`first-load JS ${kb(firstJs)} is over ${kb(budgets.firstLoadJs)}`);
  for (const { file, size } of lazy) {
    if (size > budgets.lazyChunk)
      failures.push(`${file} ${kb(size)} is over ${kb(budgets.lazyChunk)}`);
  }
  if (failures.length > 0) {
    console.error(`Size budget exceeded:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Size budgets: OK');
}
