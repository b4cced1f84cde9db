import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jsdom's browser speaks American English; a first visit follows the browser's language
// (src/lib/browser-language.ts), so tests start from a Swedish browser, as most learners have.
Object.defineProperty(window.navigator, 'languages', { value: ['sv-SE'], configurable: true });
Object.defineProperty(window.navigator, 'language', { value: 'sv-SE', configurable: true });

// The one content seam: every test reads course content through tests/unit/content-seam.ts.
vi.mock('virtual:content', async () => (await import('./unit/content-seam')).virtualContent);

afterEach(() => {
  cleanup();
  localStorage.clear();
});
