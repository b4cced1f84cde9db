/**
 * Puts the start page into the built index.html (not in the SCORM build, where the LMS decides
 * what the learner sees first): the markup React renders at build time (src/prerender.tsx),
 * the stylesheet inline so that the HTML alone paints the page, and a small inline script that
 * hides the markup before the first paint when it is not the right page (a deep link, stored
 * progress, another language); the app's scripts start after that first paint. The CSP plugin
 * pins each inline block by its hash.
 * See docs/decisions/0008-prerendered-start-page.md.
 */
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { PRERENDERED_ATTRIBUTE } from '../src/config/first-paint.ts';
import type { PrerenderedStartPage } from '../src/prerender.tsx';

/** The namespaces main.tsx loads before it hydrates the start page. */
const HYDRATION_NAMESPACES = ['common', 'catalogue'];

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'mutkollen-prerender',
    // After the start-page preload plugin, whose script links it marks too.
    enforce: 'post',
    apply: (_, env) => env.command === 'build' && env.mode !== 'scorm' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const page = await renderInVite(config);
        const late = page.namespaces.filter((ns) => !HYDRATION_NAMESPACES.includes(ns));
        if (late.length > 0) {
          this.warn(
            `The start page uses the string namespaces ${late.join(', ')}, which are not loaded ` +
              'before it hydrates: add them to HYDRATION_NAMESPACES and to src/main.tsx.',
          );
        }
        const root = '<div id="root"></div>';
        if (!html.includes(root)) throw new Error(`index.html has no ${root}`);
        return startScriptsAfterPaint(inlineStylesheets(html, ctx.bundle))
          .replace(
            '<meta name="viewport"',
            `<script>${page.firstPaintScript}</script>\n    <meta name="viewport"`,
          )
          .replace(root, `<div id="root" ${PRERENDERED_ATTRIBUTE}>${page.html}</div>`);
      },
    },
  };
}

/** Loads src/prerender.tsx with Vite's SSR module loading, in this build's mode, and renders. */
async function renderInVite(config: ResolvedConfig): Promise<PrerenderedStartPage> {
  const server = await createServer({
    configFile: config.configFile,
    root: config.root,
    mode: config.mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/prerender.tsx')) as {
      renderStartPage: () => Promise<PrerenderedStartPage>;
    };
    return await entry.renderStartPage();
  } finally {
    await server.close();
  }
}

/**
 * Moves the app's module script and its preloads out of <head> into a small inline script at the
 * end of <body>, which adds them once the prerendered page has painted (at once when it is not to
 * be shown). The first paint then waits for nothing but the HTML, on any connection, and the
 * scripts never compete with it; they start one frame later than from <head>.
 */
export function startScriptsAfterPaint(html: string): string {
  const main = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!main) throw new Error('index.html has no module script');
  const preloads: string[] = [];
  const rest = html
    .replace(main[0], '')
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
      preloads.push(href);
      return '';
    });
  const loader = [
    '(function(){var d=document,done=false;function add(tag,props){var e=d.createElement(tag);',
    "e.crossOrigin='';for(var k in props)e[k]=props[k];d.head.appendChild(e)}",
    'function start(){if(done)return;done=true;',
    `${JSON.stringify(preloads)}.forEach(function(href){add('link',{rel:'modulepreload',href:href})});`,
    `add('script',{type:'module',src:${JSON.stringify(main[1])}})}`,
    "if(d.documentElement.getAttribute('data-prerender')==='off')start();",
    'else{requestAnimationFrame(function(){setTimeout(start,0)});setTimeout(start,200)}})()',
  ].join('');
  return rest.replace('</body>', `  <script>${loader}</script>\n  </body>`);
}

type Bundle = Parameters<Extract<Plugin['generateBundle'], (...a: never[]) => unknown>>[1];

/**
 * Replaces each <link rel="stylesheet"> of the bundle with the stylesheet itself: the first
 * paint then waits for the HTML alone, not for a second round trip (31 KB, 6.6 KB gzip).
 */
function inlineStylesheets(html: string, bundle: Bundle | undefined): string {
  if (!bundle) return html;
  return html.replace(
    /\s*<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g,
    (tag, file) => {
      const asset = bundle[file as string];
      if (asset?.type !== 'asset') return tag;
      const css = String(asset.source).trim();
      if (css.includes('</style')) throw new Error(`${file} cannot be inlined`);
      return `\n    <style>${css}</style>`;
    },
  );
}
