// `npm run bench:receipts`: the receipts benchmark in jsdom, apart from the unit tests so that
// `npx vitest run` never runs it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'jsdom',
    include: ['tests/bench/**/*.bench.tsx'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
  },
});
