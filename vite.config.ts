import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults, defineConfig } from 'vitest/config';
import { contentPlugin } from './pipeline/content/plugin.ts';
import { cspPlugin } from './pipeline/csp.ts';
import { preloadStartPagePlugin } from './pipeline/preload-start-page.ts';
import { prerenderPlugin } from './pipeline/prerender.ts';

/** Names content and string chunks after what they hold, e.g. "content-module-sv-jav". */
function readableChunkName(moduleId: string | null): string {
  const id = moduleId ?? '';
  if (id.startsWith('\0mutkollen-content/')) return `content-${id.split('/').slice(1).join('-')}`;
  const strings = /locales\/(\w+)\/(\w+)\.json$/.exec(id);
  if (strings) return `strings-${strings[1]}-${strings[2]}`;
  return '[name]';
}

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the built app runs from any sub-path of any static server.
  base: './',
  plugins: [
    react(),
    contentPlugin(fileURLToPath(new URL('./content', import.meta.url))),
    preloadStartPagePlugin(),
    // Before the CSP, which hashes the inline blocks this writes.
    prerenderPlugin(),
    cspPlugin(),
    VitePWA({
      // Off inside SCORM packages: the LMS serves the course, often from a path a worker cannot own.
      disable: mode === 'scorm',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Mutkollen',
        short_name: 'Mutkollen',
        description: 'Utbildning om mutor, jäv och korruption för offentligt anställda.',
        lang: 'sv',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d3a5f',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The shell and every module in both languages, so the course works offline after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The LMS packages (dist/lms/, copied by build:scorm) are downloads, not the app.
        globIgnores: ['lms/**', '**/node_modules/**'],
        cleanupOutdatedCaches: true,
        navigateFallback: null,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // The CSP forbids inline scripts, so nothing may be inlined as a data: script.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Read by scripts/bundle-report.mjs to size each route.
    manifest: true,
    rolldownOptions: {
      output: {
        // The libraries every page needs, in one long-cached chunk. Libraries used by one
        // page only (qrcode on the assignment builder) stay in that page's lazy chunk.
        advancedChunks: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules\/(react|react-dom|scheduler|react-router|i18next|react-i18next|i18next-resources-to-backend|zustand|use-sync-external-store|zod)\//,
            },
            // Small shared building blocks travel together: fewer requests on a slow connection.
            // The shell's own UI blocks (loading, heading, buttons) come with the first page; the
            // rest (fields, confirm, rich text, badges) load with the pages that use them.
            {
              name: 'shared',
              test: /\/src\/(components\/ui\/(loading|page-heading|button|button-link)\.tsx|hooks\/|lib\/(progress-status|paths|i18n|content|practice)\/)/,
            },
          ],
        },
        chunkFileNames: (chunk) => `assets/${readableChunkName(chunk.facadeModuleId)}-[hash].js`,
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts'],
    // The draft check runs only when asked for: DRAFT=<module-id> (docs/content-authoring.md).
    exclude: [
      ...configDefaults.exclude,
      ...(process.env.DRAFT ? [] : ['tests/content/draft.test.ts']),
    ],
    setupFiles: ['tests/setup.ts'],
    // Property tests over the whole course take seconds on a busy two-core machine.
    testTimeout: 30_000,
    restoreMocks: true,
  },
}));
