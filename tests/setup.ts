import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// The one content seam: every test reads course content through tests/unit/content-seam.ts.
vi.mock('virtual:content', async () => (await import('./unit/content-seam')).virtualContent);

afterEach(() => {
  cleanup();
  localStorage.clear();
});
