import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every stylesheet under src/, so a new one is checked too. */
function stylesheets(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

// Physical sides break the layout in a right-to-left language: use logical properties
// (margin-inline-start, border-inline-start, inset-inline-end, text-align: start …).
const PHYSICAL =
  /(^|[\s;{])((margin|padding|border|inset)-(left|right)[\w-]*|left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/m;

describe('stylesheets', () => {
  it('use logical properties only, so the layout follows the language direction', () => {
    expect(stylesheets().length).toBeGreaterThan(0);
    for (const file of stylesheets()) {
      const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const lines = css.split('\n').filter((line) => PHYSICAL.test(line));
      expect(lines, file).toEqual([]);
    }
  });
});
