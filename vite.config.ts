import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { contentPlugin } from './build/content/plugin.ts';
import { cspPlugin } from './build/csp.ts';

/** Names content and string chunks after what they hold, e.g. "content-module-sv-jav". */
function readableChunkName(moduleId: string | null): string {
  const id = moduleId ?? '';
  if (id.startsWith('\0mutkollen-content/')) return `content-${id.split('/').slice(1).join('-')}`;
  const strings = /locales\/(\w+)\/(\w+)\.json$/.exec(id);
  if (strings) return `strings-${strings[1]}-${strings[2]}`;
  return '[name]';
}

export default defineConfig({
  // Relative asset paths: the built app runs from any sub-path of any static server.
  base: './',
  plugins: [
    react(),
    contentPlugin(fileURLToPath(new URL('./content', import.meta.url))),
    cspPlugin(),
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
    restoreMocks: true,
  },
});
