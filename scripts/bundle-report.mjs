// Sizes of the production build in dist/, read from Vite's manifest: what the
// first page loads, what each route loads on arrival (in Swedish), every lazy
// chunk, and the content per language. Shared by size.mjs and bench.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const budgets = { firstLoadJs: 125 * 1024, route: 150 * 1024, lazyChunk: 60 * 1024 };

/** What each route loads besides the first page: its page module, strings and content. */
const firstModule = 'what-is-corruption';
export const routes = {
  '/ (start page)': ['src/app/routes/start-page.tsx', 'src/locales/sv/catalogue.json'],
  '/modules/:id': ['src/app/routes/module-page.tsx', 'src/locales/sv/catalogue.json'],
  '/modules/:id/lessons/:id': [
    'src/app/routes/lesson-page.tsx',
    'src/locales/sv/lesson.json',
    `mutkollen-content/module/sv/${firstModule}`,
  ],
  '/modules/:id/quiz/:n': [
    'src/app/routes/quiz-question-page.tsx',
    'src/locales/sv/quiz.json',
    `mutkollen-content/module/sv/${firstModule}`,
  ],
  '/modules/:id/scenarios/:id/:step': [
    'src/app/routes/scenario-step-page.tsx',
    'src/locales/sv/scenario.json',
    `mutkollen-content/module/sv/${firstModule}`,
  ],
  '/progress': ['src/app/routes/progress-page.tsx', 'src/locales/sv/progress.json'],
  '/certificate': ['src/app/routes/certificate-page.tsx', 'src/locales/sv/certificate.json'],
  '/practice': ['src/app/routes/practice-page.tsx', 'src/locales/sv/practice.json'],
  '/self-check': ['src/app/routes/self-check-page.tsx', 'src/locales/sv/selfcheck.json'],
  '/trainer': ['src/app/routes/trainer-page.tsx', 'src/locales/sv/trainer.json'],
  '/trainer/assign': ['src/app/routes/builder-page.tsx', 'src/locales/sv/assignment.json'],
  '/trainer/results': ['src/app/routes/results-page.tsx', 'src/locales/sv/assignment.json'],
  '/about': ['src/app/routes/about-page.tsx', 'src/locales/sv/about.json'],
};
const everyRoute = ['src/locales/sv/common.json', 'mutkollen-content/catalogue/sv'];

export function bundleReport(dist = 'dist') {
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile))
    throw new Error(`No ${manifestFile}: run \`npm run build\` first.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const sizes = new Map();
  const gz = (file) => {
    if (!sizes.has(file))
      sizes.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
    return sizes.get(file);
  };
  const closure = (keys) => {
    const files = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const dep of chunk.imports ?? []) visit(dep);
    };
    keys.forEach(visit);
    return files;
  };
  const sum = (files, ext) =>
    [...files].filter((f) => f.endsWith(ext)).reduce((n, f) => n + gz(f), 0);

  const initial = closure(['index.html']);
  const firstLoad = {
    js: sum(initial, '.js'),
    css: sum(initial, '.css'),
    // With the prerendered start page and, in the web build, the stylesheet inline (decision 7).
    html: gzipSync(readFileSync(join(dist, 'index.html')), { level: 9 }).length,
    files: [...initial],
  };
  const routeSizes = Object.entries(routes).map(([route, keys]) => {
    const files = closure(['index.html', ...everyRoute, ...keys]);
    return { route, js: sum(files, '.js'), css: sum(files, '.css') };
  });
  const lazy = Object.values(manifest)
    .filter((c) => c.file.endsWith('.js') && !initial.has(c.file))
    .map((c) => ({ file: c.file, size: gz(c.file) }))
    .sort((a, b) => b.size - a.size);
  const content = Object.fromEntries(
    ['sv', 'en'].map((lang) => [
      lang,
      Object.entries(manifest)
        .filter(([key]) => key.startsWith('mutkollen-content/') && key.split('/').includes(lang))
        .reduce((n, [, c]) => n + gz(c.file), 0),
    ]),
  );
  return { firstLoad, routes: routeSizes, lazy, content };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Budget failures, in words; empty when every budget holds. */
export function budgetFailures(report) {
  const failures = [];
  if (report.firstLoad.js > budgets.firstLoadJs) {
    failures.push(`first-load JS ${kb(report.firstLoad.js)} is over ${kb(budgets.firstLoadJs)}`);
  }
  for (const r of report.routes) {
    if (r.js > budgets.route)
      failures.push(`route ${r.route}: ${kb(r.js)} JS is over ${kb(budgets.route)}`);
  }
  for (const c of report.lazy) {
    if (c.size > budgets.lazyChunk)
      failures.push(`${c.file} ${kb(c.size)} is over ${kb(budgets.lazyChunk)}`);
  }
  return failures;
}
