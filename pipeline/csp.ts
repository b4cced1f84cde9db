/**
 * Adds the Content-Security-Policy to the built index.html (not in dev, where
 * Vite's client needs inline scripts). No eval, and no request to any origin
 * but the page's own. No inline script or style either, except the blocks the
 * build itself wrote into index.html (the first-paint script and the inlined
 * stylesheet, pipeline/prerender.ts): each is pinned by its sha256 hash, so a
 * changed or injected block does not run. Servers should also send
 * frame-ancestors as a header, which a meta tag cannot set (docs/deployment.md).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy, allowing the given inline scripts and styles (their exact text) and no other. */
export function contentSecurityPolicy(inline: { scripts?: string[]; styles?: string[] } = {}) {
  const hashes = (blocks: string[] = []) => blocks.map((text) => ` '${sha256(text)}'`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${hashes(inline.scripts)}`,
    `style-src 'self'${hashes(inline.styles)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function sha256(text: string) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The text of each inline block `<tag>…</tag>` (no src attribute) in the page. */
export function inlineBlocks(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(pattern)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .filter((text) => text.length > 0);
}

export function cspPlugin(): Plugin {
  return {
    name: 'mutkollen-csp',
    apply: 'build',
    // Last of all (vite.config.ts lists it after the prerender plugin), so it sees every block.
    enforce: 'post',
    transformIndexHtml: {
      // After every plugin that writes into the page, so each inline block it leaves is hashed.
      order: 'post',
      handler(html) {
        const policy = contentSecurityPolicy({
          scripts: inlineBlocks(html, 'script'),
          styles: inlineBlocks(html, 'style'),
        });
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
