import { describe, expect, it } from 'vitest';
import { inlineBlocks } from '../../../pipeline/csp';
import { startScriptsAfterPaint } from '../../../pipeline/prerender';

const built = `<html><head>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
    <link rel="modulepreload" crossorigin href="./assets/start-page-c.js">
  </head><body><div id="root" data-prerendered><h1>Mutkollen</h1></div></body></html>`;

/** Runs the loader against a pretend document; returns what it added to <head>, and when. */
function runLoader(html: string, prerender: 'off' | null) {
  const added: Record<string, string>[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const document = {
    documentElement: { getAttribute: () => prerender },
    createElement: (tag: string) => ({ tag }),
    head: { appendChild: (element: Record<string, string>) => added.push(element) },
  };
  const [loader] = inlineBlocks(html, 'script');
  new Function('document', 'requestAnimationFrame', 'setTimeout', loader!)(
    document,
    (f: () => void) => frames.push(f),
    (f: () => void) => timers.push(f),
  );
  return { added, frames, timers };
}

describe('the scripts of the prerendered page', () => {
  it('leave <head> for a loader at the end of <body>, with every preload', () => {
    const html = startScriptsAfterPaint(built);
    expect(html).not.toMatch(/<script type="module"|<link rel="modulepreload"/);
    expect(html).toMatch(/<script>[^<]+<\/script>\s*<\/body>/);
  });

  it('start after the first frame when the prerendered page shows, once', () => {
    const { added, frames, timers } = runLoader(startScriptsAfterPaint(built), null);
    expect(added).toEqual([]);
    frames.forEach((f) => f());
    timers.forEach((f) => f());
    expect(added.map((e) => e.src ?? e.href)).toEqual([
      './assets/vendor-b.js',
      './assets/start-page-c.js',
      './assets/index-a.js',
    ]);
    expect(added.at(-1)).toMatchObject({ tag: 'script', type: 'module' });
  });

  it('start at once when the page is hidden (not the right page)', () => {
    const { added } = runLoader(startScriptsAfterPaint(built), 'off');
    expect(added).toHaveLength(3);
  });

  it('refuse a page with no module script', () => {
    expect(() => startScriptsAfterPaint('<html><body></body></html>')).toThrow();
  });
});
