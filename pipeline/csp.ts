/**
 * Adds the Content-Security-Policy to the built index.html (not in dev, where
 * Vite's client needs inline scripts). No inline script, no eval, and no
 * request to any origin but the page's own. Servers should also send it as a
 * header, with frame-ancestors, which a meta tag cannot set (docs/deployment.md).
 */
import type { Plugin } from 'vite';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'mutkollen-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      );
    },
  };
}
