/**
 * The LMS packages as the deployed site offers them: `npm run build:scorm` copies the two zips
 * into dist/lms/ when dist/ has been built (pipeline/scorm/build-scorm.mjs). The service worker
 * does not precache them (vite.config.ts), so they are asked for from the server.
 */
export const LMS_PACKAGES = [
  { version: '2004', file: 'lms/mutkollen-scorm2004.zip' },
  { version: '12', file: 'lms/mutkollen-scorm12.zip' },
] as const;

export type LmsPackage = (typeof LMS_PACKAGES)[number];

/** The package's address beside the app, whatever path the site is served from. */
export const packageUrl = (pkg: LmsPackage) => new URL(pkg.file, document.baseURI).href;

/** Whether the site has the package: a HEAD request to this origin, answered 200 with a zip. */
export async function packageExists(pkg: LmsPackage): Promise<boolean> {
  try {
    const response = await fetch(packageUrl(pkg), { method: 'HEAD', cache: 'no-store' });
    const type = response.headers.get('content-type') ?? '';
    // A server that answers every path with the app's page is not serving the zip.
    return response.ok && !type.startsWith('text/html');
  } catch {
    return false;
  }
}
