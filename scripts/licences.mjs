#!/usr/bin/env node
// Lists the runtime dependencies (package.json "dependencies") with their version, licence and
// the gzip size of what the app actually bundles from each (from the production build's source map
// when available, else the package's main file). Run after `npm run build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const names = Object.keys(pkg.dependencies ?? {});

// Bytes each package contributes to the built JavaScript, from the source maps if the build made them.
const contributed = new Map();
const assets = existsSync('dist/assets')
  ? readdirSync('dist/assets').filter((f) => f.endsWith('.js.map'))
  : [];
for (const file of assets) {
  const map = JSON.parse(readFileSync(join('dist/assets', file), 'utf8'));
  map.sources.forEach((source, i) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (!match) return;
    const text = map.sourcesContent?.[i] ?? '';
    contributed.set(match[1], (contributed.get(match[1]) ?? '') + text);
  });
}

const rows = names.map((name) => {
  const meta = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
  const source = contributed.get(name);
  const size = source
    ? `${(gzipSync(source).length / 1024).toFixed(1)} KB (source, gzip)`
    : 'n/a (build with sourcemaps)';
  return `| ${name} | ${meta.version} | ${meta.license ?? 'unknown'} | ${size} |`;
});
console.log(
  [
    '| package | version | licence | size in the bundle |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n'),
);
const unknown = names.filter((name) => {
  const licence =
    JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')).license ?? '';
  return !/^(MIT|ISC|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|0BSD)$/.test(licence);
});
if (unknown.length > 0) {
  console.error(`Licences to review: ${unknown.join(', ')}`);
  process.exit(1);
}
