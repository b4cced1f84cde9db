/**
 * Adds <link rel="modulepreload"> for what the start page needs in Swedish (the
 * default language): its page chunk, the common and catalogue strings and the
 * catalogue. They then download alongside the main script instead of after it,
 * which takes one round trip off the first paint of the course. English loads
 * as before, on demand; the hints cost an English first visit about 6 KB.
 */
import type { Plugin } from 'vite';

const START_PAGE = [
  'src/app/routes/start-page.tsx',
  'src/locales/sv/common.json',
  'src/locales/sv/catalogue.json',
  '\0mutkollen-content/catalogue/sv',
];

export function preloadStartPagePlugin(): Plugin {
  return {
    name: 'mutkollen-preload-start-page',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = chunks.find((c) => c.fileName === fileName);
          for (const imported of chunk?.imports ?? []) add(imported);
        };
        for (const id of START_PAGE) {
          const chunk = chunks.find(
            (c) => c.facadeModuleId?.endsWith(id) || c.facadeModuleId === id,
          );
          if (chunk) add(chunk.fileName);
        }
        const already = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]));
        const links = [...files]
          .filter((f) => !already.has(f))
          .map((f) => `    <link rel="modulepreload" crossorigin href="./${f}">`)
          .join('\n');
        return html.replace('</head>', `${links}\n  </head>`);
      },
    },
  };
}
